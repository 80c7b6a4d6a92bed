// Regression (new-user trial 6): a CI file that fails to parse was
// reported as "No CI configuration found". The file is named with its
// parse error and line.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::scan_memory;

TEST(UnparsedCi, BrokenWorkflowIsNamedNotMissing) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [\n");
  Report r = scan_memory(t);
  const Assessment* a = r.find("ci-on-push");
  EXPECT_EQ(a->status, Status::not_started);
  EXPECT_EQ(a->note.find("No CI configuration found"), std::string::npos) << a->note;
  EXPECT_NE(a->note.find("CI configuration `.github/workflows/ci.yml` exists but could not be "
                         "parsed: malformed YAML: line "),
            std::string::npos)
      << a->note;
  ASSERT_EQ(a->evidence.size(), 1u);
  EXPECT_EQ(a->evidence[0].path, ".github/workflows/ci.yml");
  EXPECT_GT(a->evidence[0].line, 0);
  // Every CI practice says so, not only ci-on-push.
  EXPECT_NE(r.find("ci-artifacts")->note.find("could not be parsed"), std::string::npos);
  EXPECT_NE(r.find("parallel-tests")->note.find("could not be parsed"), std::string::npos);
}

TEST(UnparsedCi, OneBrokenBesideAReadableOneIsMentioned) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: make test\n");
  t.add(".github/workflows/lint.yml", "on: [push]\njobs: {lint: [\n");
  auto a = assess(t, "ci-on-push");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_NE(a.note.find("not read, could not be parsed: `.github/workflows/lint.yml` (line "),
            std::string::npos)
      << a.note;
}

TEST(UnparsedCi, SelfReferencingAliasInCiIsADiagnosticWithTheLine) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "stages: [test]\ntest:\n  script: &s [*s]\n");
  Report r = scan_memory(t);
  bool named = false;
  for (const auto& d : r.diagnostics)
    named = named || (d.path == ".gitlab-ci.yml" && d.line == 3 &&
                      d.message.find("self-referencing alias") != std::string::npos);
  EXPECT_TRUE(named);
  EXPECT_NE(r.find("ci-on-push")->note.find("`.gitlab-ci.yml` exists but could not be parsed"),
            std::string::npos);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// A tool config found by name that does not parse is said on stderr too,
// naming the file and line (trial 11: `.swiftlint.yml` was silent and
// --strict passed), besides the note.
TEST(UnparsedToolConfig, IsAWarningNamingTheFile) {
  MemoryTree t;
  t.add("Package.swift", "// swift-tools-version:5.9\nimport PackageDescription\n");
  t.add("Sources/App/main.swift", "print(\"hi\")\n");
  t.add(".swiftlint.yml", "disabled_rules:\n  - todo\nbad: [\n");
  Report r = test_support::scan_memory(t);
  bool warned = false;
  for (const auto& d : r.diagnostics)
    warned = warned || (d.path == ".swiftlint.yml" &&
                        d.message.find("malformed YAML") != std::string::npos);
  EXPECT_TRUE(warned);
  EXPECT_NE(r.find("linting")->note.find("could not be parsed"), std::string::npos)
      << r.find("linting")->note;
}

}  // namespace
}  // namespace practrack
