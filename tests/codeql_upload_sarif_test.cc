// Regression (new-user trial 6): a workflow that only uploads SARIF with
// `github/codeql-action/upload-sarif` (another tool's results) is not
// CodeQL. CodeQL runs where a database is created and analysed: the
// action's init and analyze steps, or the codeql CLI.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree go_project(const std::string& workflow) {
  MemoryTree t;
  t.add("go.mod", "module example.com/x\n\ngo 1.22\n");
  t.add("main.go", "package main\n\nfunc main() {}\n");
  t.add(".github/workflows/scan.yml", workflow);
  return t;
}

constexpr const char* kScorecardUpload = R"(on: [push]
jobs:
  analysis:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ossf/scorecard-action@v2.4.0
        with:
          results_file: results.sarif
          results_format: sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: results.sarif
)";

TEST(CodeqlUploadSarif, UploadingAnotherToolsSarifIsNotCodeql) {
  auto a = assess(go_project(kScorecardUpload), "sast");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_EQ(a.note.find("codeql"), std::string::npos) << a.note;
}

TEST(CodeqlUploadSarif, UploadResultsCommandIsNotCodeql) {
  auto a = assess(go_project("on: [push]\njobs:\n  up:\n    runs-on: ubuntu-latest\n"
                             "    steps:\n      - run: codeql github upload-results "
                             "--sarif=other.sarif\n"),
                  "sast");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

TEST(CodeqlUploadSarif, InitAndAnalyzeStepsAreCodeql) {
  auto a = assess(go_project(R"(on: [push]
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
        with:
          languages: go
      - uses: github/codeql-action/analyze@v3
)"),
                  "sast");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("codeql"), std::string::npos) << a.note;
}

TEST(CodeqlUploadSarif, CliDatabaseAnalyzeIsCodeql) {
  auto a = assess(go_project("on: [push]\njobs:\n  cq:\n    runs-on: ubuntu-latest\n"
                             "    steps:\n      - run: codeql database create db --language=go\n"
                             "      - run: codeql database analyze db --format=sarif-latest "
                             "--output=out.sarif\n"),
                  "sast");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

}  // namespace
}  // namespace practrack
