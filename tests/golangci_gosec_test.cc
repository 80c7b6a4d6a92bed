// Regression (spf13/cobra): gosec enabled as a golangci-lint linter is
// SAST wherever golangci-lint runs, and a linter commented out in
// `.golangci.yml` (`#- gocyclo`) is never evidence.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kLintWorkflow = R"(on: [push, pull_request]
jobs:
  golangci-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: golangci/golangci-lint-action@v8.0.0
)";

constexpr const char* kCobraConfig = R"(version: "2"
linters:
  default: none
  enable:
    #- gocyclo
    #- gosec
    - errcheck
    - gosec
    - unused
)";

MemoryTree cobra_like() {
  MemoryTree t;
  t.add("go.mod", "module github.com/spf13/cobra\n\ngo 1.15\n");
  t.add(".golangci.yml", kCobraConfig);
  return t;
}

TEST(GolangciGosec, EnabledLinterIsSastWhereGolangciLintRuns) {
  MemoryTree t = cobra_like();
  t.add(".github/workflows/test.yml", kLintWorkflow);
  auto a = assess(t, "sast");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("gosec"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("golangci-lint"), std::string::npos) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  // The `- gosec` item, not the `#- gosec` comment above it.
  EXPECT_EQ(a.evidence.front().path, ".golangci.yml");
  EXPECT_EQ(a.evidence.front().line, 8);
}

TEST(GolangciGosec, EnabledButGolangciLintNeverRunsIsPartial) {
  auto a = assess(cobra_like(), "sast");
  EXPECT_EQ(a.status, Status::partial) << a.note;
}

TEST(GolangciGosec, CommentedOutLinterCountsForNothing) {
  MemoryTree t;
  t.add("go.mod", "module example.com/x\n\ngo 1.22\n");
  t.add(".golangci.yml", "linters:\n  enable:\n    # - gosec\n    #- gocyclo\n    - errcheck\n");
  t.add(".github/workflows/test.yml", kLintWorkflow);
  EXPECT_NE(assess(t, "sast").status, Status::adopted);
  EXPECT_EQ(assess(t, "complexity-limits").status, Status::not_started);
}

// A complexity rule commented out in a linter config that is read line by
// line (not parsed) is not a limit.
TEST(GolangciGosec, CommentedOutEslintComplexityIsNoLimit) {
  MemoryTree t;
  t.add("package.json", R"({"name": "x", "version": "1.0.0", "scripts": {"lint": "eslint ."}})");
  t.add(".eslintrc.js",
        "module.exports = {\n  rules: {\n    // complexity: ['error', 10],\n  },\n};\n");
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: npm run lint\n");
  auto a = assess(t, "complexity-limits");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

}  // namespace
}  // namespace practrack
