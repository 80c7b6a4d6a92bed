// Regressions from python-poetry/poetry (new-user trial 7): a reusable
// test-matrix workflow called by a restricted workflow, helper scripts no
// CI job calls, and a docs preview deployed for pull requests.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree poetry_like() {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"poetry\"\nversion = \"2.1.0\"\n");
  t.add("src/poetry/__init__.py", "\n");
  t.add(".github/workflows/tests.yaml", R"(name: Tests
on: [push, pull_request]
permissions: {}
jobs:
  tests-matrix:
    uses: ./.github/workflows/.tests-matrix.yaml
    with:
      runner: ubuntu-latest
)");
  t.add(".github/workflows/.tests-matrix.yaml", R"(# Reusable workflow consumed by tests.yaml
on:
  workflow_call:
    inputs:
      runner:
        required: true
        type: string
jobs:
  mypy:
    runs-on: ${{ inputs.runner }}
    steps:
      - uses: actions/checkout@v4
      - run: mypy
)");
  return t;
}

TEST(PoetryWorkflowPermissions, ReusableWorkflowTakesItsCallersToken) {
  auto a = assess(poetry_like(), "workflow-permissions");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_EQ(a.note,
            "The only workflow declares read-only token permissions by default; 1 reusable "
            "workflow takes its callers' token");

  // A caller without `permissions:` still counts against the practice.
  MemoryTree t = poetry_like();
  t.add(".github/workflows/tests.yaml",
        "on: push\njobs:\n  m:\n    uses: ./.github/workflows/.tests-matrix.yaml\n");
  EXPECT_EQ(assess(t, "workflow-permissions").status, Status::not_started);

  // Called and also started by hand: its own permissions matter.
  t = poetry_like();
  t.add(".github/workflows/.tests-matrix.yaml",
        "on:\n  workflow_call:\n  workflow_dispatch:\njobs:\n  a:\n    runs-on: x\n"
        "    steps:\n      - run: mypy\n");
  EXPECT_EQ(assess(t, "workflow-permissions").status, Status::not_started);
}

}  // namespace
}  // namespace practrack
