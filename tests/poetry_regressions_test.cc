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

namespace practrack {
namespace {

TEST(PoetryDeploy, DocsPreviewOnPullRequestsIsNoProductDeployment) {
  MemoryTree t = poetry_like();
  t.add(".github/workflows/docs.yaml", R"(name: Documentation Preview
on:
  pull_request:
    paths: [".github/workflows/docs.yaml"]
jobs:
  deploy:
    name: Build & Deploy
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx hugo --minify
      - uses: amondnet/vercel-action@v42
        with:
          vercel-token: ${{ secrets.VERCEL_TOKEN }}
)");
  auto a = test_support::assess(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
  EXPECT_TRUE(has(a.note, "docs site")) << a.note;

  // The same Vercel step in a workflow of the product deploys it.
  MemoryTree app = poetry_like();
  app.add(".github/workflows/deploy.yaml",
          "name: Deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n"
          "    runs-on: ubuntu-latest\n    steps:\n      - uses: amondnet/vercel-action@v42\n");
  EXPECT_EQ(test_support::assess(app, "automated-deploy").status, Status::adopted);
}

TEST(PoetryPipelineMonitoring, LinkToTheCurrentRunIsNotReadingPipelineStatus) {
  MemoryTree t = poetry_like();
  t.add(".github/scripts/backport.sh",
        "#!/bin/bash\nset -euo pipefail\n"
        "comment_body+=\"Inspect the run at "
        "${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}\"\n"
        "gh pr comment \"$pr\" --body-file - <<<\"$comment_body\"\n");
  EXPECT_EQ(test_support::assess(t, "pipeline-monitoring").status, Status::not_started);

  // Reading runs through the REST API is.
  t.add(".github/scripts/ci_status.sh",
        "#!/bin/bash\ncurl -s \"https://api.github.com/repos/$REPO/actions/runs?branch=main\"\n");
  EXPECT_EQ(test_support::assess(t, "pipeline-monitoring").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
