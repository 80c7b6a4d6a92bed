// Regression (new-user trial 6): a test job that uploads only its coverage
// report kept test-archival adopted. Only test result files (JUnit XML,
// test reports, logs) are archived test results.
#include <gtest/gtest.h>

#include "ci_test_support.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;

MemoryTree github_upload(const std::string& with) {
  MemoryTree tree;
  tree.add(".github/workflows/ci.yml",
           "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - run: npm test -- --coverage\n      - uses: actions/upload-artifact@v4\n"
           "        with:\n" +
               with);
  return tree;
}

TEST(TestArchivalCoverage, CoverageReportUploadIsNotTestResults) {
  CiScan scan(github_upload("          name: coverage-report\n          path: coverage/\n"));
  Assessment a = decide(scan.facts, "test-archival");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_NE(a.note.find("coverage-report"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("not test results"), std::string::npos) << a.note;
}

TEST(TestArchivalCoverage, SeveralCoveragePathsAreNotTestResults) {
  CiScan scan(
      github_upload("          path: |\n            htmlcov/\n            coverage.xml\n"
                    "            !htmlcov/*.tmp\n"));
  EXPECT_EQ(decide(scan.facts, "test-archival").status, Status::not_started);
}

TEST(TestArchivalCoverage, TestResultsBesideCoverageCount) {
  CiScan scan(github_upload("          path: |\n            coverage/\n            junit.xml\n"));
  EXPECT_EQ(decide(scan.facts, "test-archival").status, Status::adopted);
  CiScan named(github_upload("          name: test-results\n          path: out/\n"));
  EXPECT_EQ(decide(named.facts, "test-archival").status, Status::adopted);
}

// Trial 15 (libexpat): a static analyser's job uploads its HTML report;
// "test" only in a comment of its script does not make it a test job.
TEST(TestArchivalCoverage, AnAnalysersReportIsNotTestResults) {
  MemoryTree tree;
  tree.add(".github/workflows/ci.yml",
           "on: push\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - run: |\n          [[ \"$(wc -l <<<\"$c\")\" -ge 103 ]]  # self-test\n"
           "          scan-build -o report make\n"
           "      - uses: actions/upload-artifact@v4\n        with:\n          path: report/\n");
  EXPECT_EQ(decide(CiScan(tree).facts, "test-archival").status, Status::not_started);
  tree.add(".github/workflows/ci.yml",
           "on: push\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - run: make test  # the suite\n"
           "      - uses: actions/upload-artifact@v4\n        with:\n          path: report/\n");
  EXPECT_EQ(decide(CiScan(tree).facts, "test-archival").status, Status::adopted);
}

TEST(TestArchivalCoverage, GitlabCoverageReportIsNotTestResults) {
  MemoryTree tree;
  tree.add(".gitlab-ci.yml",
           "test:\n  script:\n    - pytest --cov\n  artifacts:\n    reports:\n"
           "      coverage_report:\n        coverage_format: cobertura\n"
           "        path: coverage.xml\n");
  EXPECT_EQ(decide(CiScan(tree).facts, "test-archival").status, Status::not_started);
}

TEST(TestArchivalCoverage, CircleciStoredCoverageIsNotTestResults) {
  MemoryTree tree;
  tree.add(".circleci/config.yml",
           "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/node:20.0\n"
           "    steps:\n      - checkout\n      - run: npm test\n"
           "      - store_artifacts:\n          path: coverage\n"
           "workflows:\n  main:\n    jobs:\n      - test\n");
  EXPECT_EQ(decide(CiScan(tree).facts, "test-archival").status, Status::not_started);
  MemoryTree reports;
  reports.add(".circleci/config.yml",
              "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/node:20.0\n"
              "    steps:\n      - checkout\n      - run: npm test\n"
              "      - store_artifacts:\n          path: test-results\n"
              "workflows:\n  main:\n    jobs:\n      - test\n");
  EXPECT_EQ(decide(CiScan(reports).facts, "test-archival").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
