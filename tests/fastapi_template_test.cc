// Regressions found by trial 9 on fastapi/full-stack-fastapi-template
// (its 2024 layout: deploy.sh, staging and production workflows); each
// test says what was wrong.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kDeploySh = R"(#! /usr/bin/env sh
set -e
DOMAIN=${DOMAIN?Variable not set} \
STACK_NAME=${STACK_NAME?Variable not set} \
docker-compose \
-f docker-compose.yml \
config > docker-stack.yml

docker stack deploy -c docker-stack.yml --with-registry-auth "${STACK_NAME?Variable not set}"
)";

constexpr const char* kTest = R"(name: Test
on:
  push:
    branches: [master]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker compose build
      - run: bash scripts/test.sh
)";

constexpr const char* kIssueManager = R"(name: Issue Manager
on:
  schedule:
    - cron: "21 17 * * *"
  pull_request_target:
    types:
      - labeled
jobs:
  issue-manager:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$GITHUB_CONTEXT"
      - uses: tiangolo/issue-manager@0.8.1
)";

// Runs once a pull request is closed: it writes the release notes.
constexpr const char* kLatestChanges = R"(name: Latest Changes
on:
  pull_request_target:
    branches:
      - master
    types:
      - closed
jobs:
  latest-changes:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$GITHUB_CONTEXT"
      - uses: actions/checkout@v4
      - uses: docker://tiangolo/latest-changes:0.3.0
)";

constexpr const char* kSmokeshow = R"(name: Smokeshow
on:
  workflow_run:
    workflows: [Test]
    types: [completed]
jobs:
  smokeshow:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install smokeshow
      - run: smokeshow upload backend/htmlcov
        env:
          SMOKESHOW_GITHUB_STATUS_DESCRIPTION: Coverage {coverage-percentage}
          SMOKESHOW_GITHUB_COVERAGE_THRESHOLD: 90
          SMOKESHOW_GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
)";

std::string deploy_workflow(const char* name, const char* on, const char* env) {
  return std::string("name: Deploy to ") + name + "\non:\n" + on +
         "jobs:\n  deploy:\n    runs-on:\n      - self-hosted\n    env:\n      ENVIRONMENT: " +
         env + "\n      SECRET_KEY: ${{ secrets.SECRET_KEY }}\n    steps:\n"
         "      - uses: actions/checkout@v4\n"
         "      - run: docker compose -f docker-compose.yml build\n"
         "      - run: docker compose -f docker-compose.yml up -d\n";
}

MemoryTree template_like() {
  MemoryTree t;
  t.add("docker-compose.yml",
        "services:\n  db:\n    image: postgres:12\n  backend:\n    image: backend:latest\n");
  t.add("scripts/deploy.sh", kDeploySh);
  t.add("scripts/test.sh", "#!/usr/bin/env bash\nset -euo pipefail\ndocker compose up -d\n");
  t.add("backend/requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n");
  t.add(".github/workflows/test.yml", kTest);
  t.add(".github/workflows/issue-manager.yml", kIssueManager);
  t.add(".github/workflows/latest-changes.yml", kLatestChanges);
  t.add(".github/workflows/smokeshow.yml", kSmokeshow);
  t.add(".github/workflows/deploy-staging.yml",
        deploy_workflow("Staging", "  push:\n    branches:\n      - master\n", "staging"));
  t.add(".github/workflows/deploy-production.yml",
        deploy_workflow("Production", "  release:\n    types:\n      - published\n",
                        "production"));
  return t;
}

// `docker-compose config > docker-stack.yml` renders the stack to deploy:
// it was taken for dry-run validation.
TEST(FastapiTemplate, RenderedStackFileIsNoDryRun) {
  MemoryTree t = template_like();
  Assessment a = assess(t, "dry-run-validation");
  EXPECT_NE(a.status, Status::adopted) << a.note;
  // `config` alone (or --quiet) validates the compose files.
  t.add("scripts/check.sh", "#!/bin/sh\nset -eu\ndocker compose -f docker-compose.yml config -q\n");
  t.add(".github/workflows/check.yml",
        "on: push\njobs:\n  check:\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: sh scripts/check.sh\n");
  EXPECT_EQ(assess(t, "dry-run-validation").status, Status::adopted);
}

// An issue manager on `pull_request_target: labeled` and a release-notes
// bot on closed pull requests were CI on pull requests.
TEST(FastapiTemplate, PullRequestBotIsNoCiOnPullRequests) {
  MemoryTree t = template_like();
  Assessment a = assess(t, "ci-on-mr");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "test.yml")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "issue-manager.yml")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "latest-changes.yml")) << a.note;
  // Outside pull_request_target an action may check out and build by
  // itself (fmt's CIFuzz): still CI.
  t.add(".github/workflows/fuzz.yml",
        "on: [pull_request]\njobs:\n  fuzz:\n    steps:\n"
        "      - uses: google/oss-fuzz/infra/cifuzz/actions/build_fuzzers@master\n");
  a = assess(t, "ci-on-mr");
  EXPECT_TRUE(text::contains(a.note, "fuzz.yml")) << a.note;
  t.add(".github/workflows/fuzz.yml", "on: [workflow_dispatch]\njobs:\n  fuzz:\n    steps:\n"
                                       "      - run: make fuzz\n");
  // With the bot alone, nothing builds or tests pull requests.
  t.add(".github/workflows/test.yml", "on:\n  push:\njobs:\n  t:\n    steps:\n"
                                      "      - uses: actions/checkout@v4\n      - run: make\n");
  EXPECT_EQ(assess(t, "ci-on-mr").status, Status::not_started) << assess(t, "ci-on-mr").note;
}

// "`requirements.txt` can build a package" (microservices-demo's
// emailservice too): a requirements file lists what pip installs.
TEST(FastapiTemplate, RequirementsFileBuildsNoPackage) {
  MemoryTree t;
  t.add("backend/requirements.txt", "fastapi==0.110.0\n");
  t.add("backend/app/main.py", "import fastapi\n");
  Assessment a = assess(t, "package-publishing");
  EXPECT_FALSE(text::contains(a.note, "requirements.txt")) << a.note;
  EXPECT_NE(a.status, Status::partial) << a.note;
  t.add("backend/pyproject.toml", "[project]\nname = \"app\"\nversion = \"0.1.0\"\n");
  a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "backend/pyproject.toml")) << a.note;
}

// smokeshow fails the commit status below SMOKESHOW_GITHUB_COVERAGE_THRESHOLD.
TEST(FastapiTemplate, SmokeshowThresholdIsACoverageGate) {
  Assessment a = assess(template_like(), "coverage-gate");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "smokeshow")) << a.note;
  EXPECT_EQ(assess(template_like(), "coverage-measurement").status, Status::adopted);
}

// Deploy jobs name their target in `ENVIRONMENT:` (no `environment:`).
TEST(FastapiTemplate, StagingThenProductionIsPromotion) {
  Assessment a = assess(template_like(), "environment-promotion");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "`staging` → `production`")) << a.note;
}

// `docker stack deploy` runs the stack on Docker Swarm.
TEST(FastapiTemplate, DockerStackDeployIsSwarmOrchestration) {
  Assessment a = assess(template_like(), "orchestration");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Docker Swarm")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "scripts/deploy.sh");
}

}  // namespace
}  // namespace practrack
