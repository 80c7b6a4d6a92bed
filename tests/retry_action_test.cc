// A retry action retries what its step runs: only in a job that tests is
// it a retry of flaky tests (laravel retries `composer update` and
// `redis-cli ping`; trial 13).
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

MemoryTree with_job(const std::string& job, const std::string& command) {
  MemoryTree t;
  t.add("composer.json", "{\"name\": \"laravel/framework\"}\n");
  t.add("tests/FooTest.php", "<?php\nclass FooTest {\n  public function testFoo() {}\n}\n");
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  " + job +
            ":\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - uses: nick-fields/retry@v3\n        with:\n          timeout_minutes: 5\n"
            "          max_attempts: 5\n          command: " +
            command + "\n");
  return t;
}

TEST(RetryAction, RetryingAnInstallIsNoFlakyTestHandling) {
  Assessment a = test_support::assess(with_job("install", "composer update --prefer-dist"),
                                      "flaky-tests");
  EXPECT_NE(a.status, Status::adopted) << a.note;
}

TEST(RetryAction, RetryingTheTestJobIs) {
  Assessment a = test_support::assess(with_job("tests", "vendor/bin/phpunit"), "flaky-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "retry action")) << a.note;
}

}  // namespace
}  // namespace practrack
