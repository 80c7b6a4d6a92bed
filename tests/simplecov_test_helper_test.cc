// Trial 14 (faker-ruby/faker): SimpleCov started from test/test_helper.rb
// runs wherever the tests run; CI running `bundle exec rake test` measures
// coverage, not "configured but never run".
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree gem(const std::string& ci_run) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'minitest'\ngem 'simplecov'\n");
  t.add("Rakefile", "require 'rake/testtask'\nRake::TestTask.new(:test)\n");
  t.add("test/test_helper.rb",
        "# frozen_string_literal: true\n\nrequire 'simplecov'\nSimpleCov.start do\n"
        "  add_filter '/test/'\nend\nrequire 'minitest/autorun'\n");
  t.add("test/test_thing.rb",
        "require_relative 'test_helper'\nclass TestThing < Minitest::Test\n"
        "  def test_one\n    assert true\n  end\nend\n");
  t.add(".github/workflows/ruby.yml",
        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: " + ci_run + "\n");
  return t;
}

TEST(SimplecovTestHelper, RunWhereCiRunsTheTests) {
  Assessment a = assess(gem("bundle exec rake test"), "coverage-measurement");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "started in `test/test_helper.rb`, run where the tests run"))
      << a.note;
  Assessment u = assess(gem("bundle exec rake test"), "unit-tests");
  EXPECT_TRUE(text::contains(u.note, "rake test")) << u.note;
}

TEST(SimplecovTestHelper, NoTestRunInCiStaysPartial) {
  Assessment a = assess(gem("bundle exec rubocop"), "coverage-measurement");
  EXPECT_EQ(a.status, Status::partial) << a.note;
}

}  // namespace
}  // namespace practrack
