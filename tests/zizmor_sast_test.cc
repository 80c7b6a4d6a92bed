// Regression (black, fastapi): zizmor, the static analyser of GitHub
// Actions workflows, run as an action or a pre-commit hook, is SAST.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

}  // namespace

TEST(ZizmorSast, ZizmorActionInCi) {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"black\"\nversion = \"1.0.0\"\n");
  t.add(".github/workflows/zizmor.yml", R"(on:
  push:
    branches: [main]
jobs:
  zizmor:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run zizmor
        uses: zizmorcore/zizmor-action@3dc1ecc9bcb9e94e9b2c709687979e1298497054 # v0.6.2
)");
  auto a = assess(t, "sast");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("zizmor"), std::string::npos) << a.note;
}

TEST(ZizmorSast, ZizmorHookCommandAndComments) {
  MemoryTree hook;
  hook.add(".pre-commit-config.yaml", R"(repos:
  - repo: local
    hooks:
      - id: zizmor
        name: zizmor
        language: system
        entry: uv run zizmor .
)");
  EXPECT_EQ(assess(hook, "sast").status, Status::adopted);

  // A suppression comment names zizmor but runs nothing.
  MemoryTree comment;
  comment.add(".github/workflows/t.yml",
              "on:\n  pull_request_target: # zizmor: ignore[dangerous-triggers]\njobs:\n"
              "  t:\n    steps:\n      - run: echo zizmor-free\n");
  EXPECT_EQ(assess(comment, "sast").status, Status::not_started);
}

}  // namespace practrack
