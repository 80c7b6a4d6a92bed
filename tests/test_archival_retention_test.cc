// Regression: test results kept for an hour or a day made test-archival
// adopted; results that expire before the next comparison are partial.
#include <gtest/gtest.h>

#include "ci_test_support.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;

MemoryTree gitlab(const std::string& expire) {
  MemoryTree tree;
  tree.add(".gitlab-ci.yml",
           "test:\n  script:\n    - pytest --junitxml=report.xml\n  artifacts:\n"
           "    reports:\n      junit: report.xml\n" +
               (expire.empty() ? std::string() : "    expire_in: " + expire + "\n"));
  return tree;
}

MemoryTree github(const std::string& retention) {
  MemoryTree tree;
  tree.add(
      ".github/workflows/ci.yml",
      "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
      "      - run: pytest\n      - uses: actions/upload-artifact@v4\n        with:\n"
      "          path: results/\n" +
          (retention.empty() ? std::string() : "          retention-days: " + retention + "\n"));
  return tree;
}

TEST(TestArchivalRetention, ShortGitlabExpiryIsPartial) {
  CiScan hour(gitlab("1 hour"));
  Assessment a = decide(hour.facts, "test-archival");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "CI job test keeps JUnit reports for only 1 hour (`.gitlab-ci.yml`)");
  EXPECT_EQ(decide(CiScan(gitlab("30 mins")).facts, "test-archival").status, Status::partial);
  EXPECT_EQ(decide(CiScan(gitlab("1 day")).facts, "test-archival").status, Status::partial);
  EXPECT_EQ(decide(CiScan(gitlab("30 days")).facts, "test-archival").status, Status::adopted);
  EXPECT_EQ(decide(CiScan(gitlab("never")).facts, "test-archival").status, Status::adopted);
  EXPECT_EQ(decide(CiScan(gitlab("")).facts, "test-archival").status, Status::adopted);
}

TEST(TestArchivalRetention, ShortGithubRetentionIsPartial) {
  CiScan day(github("1"));
  Assessment a = decide(day.facts, "test-archival");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "CI job test keeps its results for only 1 day (`.github/workflows/ci.yml`)");
  EXPECT_EQ(decide(CiScan(github("14")).facts, "test-archival").status, Status::adopted);
  EXPECT_EQ(decide(CiScan(github("")).facts, "test-archival").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
