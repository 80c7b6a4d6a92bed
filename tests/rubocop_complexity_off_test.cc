// Trial 14 (faker-ruby/faker): RuboCop checks complexity by default, but a
// .rubocop.yml that switches the complexity cops off enforces no limit.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree ruby_project(const std::string& rubocop_yml) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rubocop'\n");
  t.add("lib/app.rb", "module App\nend\n");
  t.add(".rubocop.yml", rubocop_yml);
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: bundle exec rubocop\n");
  return t;
}

TEST(RubocopComplexityOff, BothCopsOffIsNoLimit) {
  Assessment a = assess(ruby_project("Metrics/AbcSize:\n  Enabled: false\n"
                                     "Metrics/CyclomaticComplexity:\n  Enabled: false\n"
                                     "Metrics/PerceivedComplexity:\n  Enabled: false\n"),
                        "complexity-limits");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "turns its complexity limits off")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 3);
}

TEST(RubocopComplexityOff, DefaultsOrOneCopLeftOnStillCount) {
  EXPECT_EQ(assess(ruby_project("AllCops:\n  NewCops: enable\n"), "complexity-limits").status,
            Status::adopted);
  EXPECT_EQ(assess(ruby_project("Metrics/CyclomaticComplexity:\n  Enabled: false\n"),
                   "complexity-limits")
                .status,
            Status::adopted);
  EXPECT_EQ(assess(ruby_project("Metrics:\n  Enabled: false\n"), "complexity-limits").status,
            Status::not_started);
}

}  // namespace
}  // namespace practrack
