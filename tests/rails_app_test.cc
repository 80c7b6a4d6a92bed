// Regression (trial 11, maybe-finance/maybe): a Rails app names neither its
// logger nor Sentry in a require, and drives its system tests through
// Capybara; none of it was seen.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree rails_app() {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\ngem 'sentry-ruby'\n");
  for (int i = 0; i < 4; ++i)
    t.add("app/models/account" + std::to_string(i) + ".rb",
          "class Account" + std::to_string(i) +
              " < ApplicationRecord\n  def sync\n    Rails.logger.info(\"syncing\")\n"
              "    true\n  end\nend\n");
  t.add("config/initializers/sentry.rb",
        "Sentry.init do |config|\n  config.dsn = ENV[\"SENTRY_DSN\"]\n"
        "  config.traces_sample_rate = 0.25\nend\n");
  t.add("test/application_system_test_case.rb",
        "require \"test_helper\"\n\nclass ApplicationSystemTestCase < "
        "ActionDispatch::SystemTestCase\n  driven_by :selenium, using: :headless_chrome\nend\n");
  return t;
}

// Trial 12 (maybe): the OpenAI client a Rails model builds is ML work, and
// the test helper's parallelize(workers:) is parallel testing.
TEST(RailsApp, AnLlmClientAndParallelTestsAreSeen) {
  MemoryTree t = rails_app();
  t.add("app/models/provider/openai.rb",
        "class Provider::Openai\n  def initialize(key)\n"
        "    @client = ::OpenAI::Client.new(access_token: key)\n  end\nend\n");
  t.add("test/test_helper.rb",
        "require \"rails/test_help\"\n\nmodule ActiveSupport\n  class TestCase\n"
        "    parallelize(workers: :number_of_processors)\n  end\nend\n");
  auto discovery = assess(t, "model-discovery");
  EXPECT_NE(discovery.status, Status::not_applicable) << discovery.note;
  auto parallel = assess(t, "parallel-tests");
  EXPECT_EQ(parallel.status, Status::adopted) << parallel.note;
  EXPECT_NE(parallel.note.find("Rails parallelize"), std::string::npos) << parallel.note;
  EXPECT_EQ(assess(rails_app(), "model-discovery").status, Status::not_applicable);
}

// Trial 15 (rubocop): CI runs `bundle exec rake spec`, whose task in
// tasks/spec_runner.rake runs the specs on test-queue's workers.
TEST(RailsApp, ARakeSpecTaskOnTestQueueIsParallel) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rspec'\ngem 'test-queue'\n");
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  spec:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: bundle exec rake spec\n");
  t.add("tasks/spec_runner.rake",
        "require 'test_queue'\nrequire 'test_queue/runner/rspec'\n\n"
        "task :spec do\n  ParallelRunner.new.execute\nend\n" + std::string(200, '#') + "\n");
  t.add("spec/cop_spec.rb", "RSpec.describe Cop do\n  it 'works' do\n  end\nend\n");
  auto parallel = assess(t, "parallel-tests");
  EXPECT_EQ(parallel.status, Status::adopted) << parallel.note;
  EXPECT_NE(parallel.note.find("test-queue"), std::string::npos) << parallel.note;
  EXPECT_NE(parallel.note.find("tasks/spec_runner.rake"), std::string::npos) << parallel.note;
  auto unit = assess(t, "unit-tests");
  EXPECT_NE(unit.note.find("run by rake spec"), std::string::npos) << unit.note;
  // A Gemfile entry alone runs nothing.
  t.add("tasks/spec_runner.rake", "task :spec do\n  sh 'rspec'\nend\n");
  EXPECT_NE(assess(t, "parallel-tests").status, Status::adopted);
}

TEST(RailsApp, LoggerSentryAndSystemTestsAreSeen) {
  MemoryTree t = rails_app();
  auto logging = assess(t, "app-logging");
  EXPECT_NE(logging.status, Status::not_started) << logging.note;
  EXPECT_NE(logging.note.find("Rails.logger"), std::string::npos) << logging.note;
  auto errors = assess(t, "error-tracking");
  EXPECT_EQ(errors.status, Status::adopted) << errors.note;
  auto e2e = assess(t, "e2e-tests");
  EXPECT_NE(e2e.status, Status::not_started) << e2e.note;
  EXPECT_NE(e2e.note.find("Rails system tests"), std::string::npos) << e2e.note;
}

// The words alone in a comment or another language do not count.
TEST(RailsApp, MentionsInCommentsDoNotCount) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\n");
  t.add("app/models/a.rb", "# Rails.logger is configured elsewhere\nclass A\nend\n");
  t.add("app/x.py", "print('Sentry.init')\n");
  EXPECT_EQ(assess(t, "app-logging").status, Status::not_started);
  EXPECT_NE(assess(t, "error-tracking").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
