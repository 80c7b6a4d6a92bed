#include <gtest/gtest.h>

#include "ci_test_support.h"
#include "util/text.h"
#include "support/assess.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;
using testing::job;

constexpr const char* kWorkflow = R"yaml(name: CI
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  setup:
    runs-on: ubuntu-latest
    outputs:
      matrix: ${{ steps.m.outputs.matrix }}
    steps:
      - uses: actions/checkout@v4
      - id: m
        run: echo "matrix=$(python ci/matrix.py)" >> "$GITHUB_OUTPUT"
  test:
    needs: setup
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
          cache: pip
      - run: |
          pip install -e .
          pytest --junitxml=out.xml
      - uses: actions/upload-artifact@v4
        with:
          name: results
          path: out.xml
      - uses: codecov/codecov-action@v4
  dyn:
    needs: setup
    runs-on: ubuntu-latest
    strategy:
      matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}
    permissions:
      contents: write
    environment: staging
    steps:
      - run: echo hi
)yaml";

MemoryTree github_tree() {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", kWorkflow);
  t.add("ci/matrix.py", "print('[]')\n");
  return t;
}

TEST(CiGithub, TriggersJobsAndMatrix) {
  CiScan s(github_tree());
  const CiPipeline* p = s.pipeline(".github/workflows/ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "github-actions");
  EXPECT_EQ(p->name, "CI");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_EQ(p->triggers.branches, std::vector<std::string>{"main"});
  EXPECT_EQ(p->triggers.at.line, 2);
  EXPECT_EQ(p->jobs.size(), 3u);
  const CiJob* test = job(p, "test");
  EXPECT_TRUE(test->parallel);
  EXPECT_FALSE(test->dynamic_matrix);
  EXPECT_TRUE(test->cache);
  EXPECT_TRUE(test->artifacts);
  EXPECT_TRUE(test->merge_request);
  const CiJob* dyn = job(p, "dyn");
  EXPECT_TRUE(dyn->dynamic_matrix);
  EXPECT_EQ(dyn->environment, "staging");
  EXPECT_EQ(dyn->permissions, "map-write");
}

TEST(CiGithub, MultiLineRunIsSplitWithLines) {
  CiScan s(github_tree());
  const Command* pip = testing::command(s.facts, "pip install -e .");
  const Command* pytest = testing::command(s.facts, "pytest --junitxml=out.xml");
  ASSERT_NE(pip, nullptr);
  ASSERT_NE(pytest, nullptr);
  EXPECT_EQ(pip->context, "test");
  EXPECT_EQ(pip->system, "github-actions");
  EXPECT_EQ(pip->at.line, text::find_line(kWorkflow, "pip install -e ."));
  EXPECT_EQ(pytest->at.line, pip->at.line + 1);
  EXPECT_EQ(pytest->at.excerpt, "pytest --junitxml=out.xml");
}

// libexpat builds on FreeBSD in a VM: the action takes the script as its
// `run` input, and its lines are the job's commands (trial 15).
TEST(CiGithub, AVmActionsRunInputIsTheJobsScript) {
  MemoryTree t;
  t.add(".github/workflows/freebsd.yml",
        "on: [push]\njobs:\n  freebsd:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: vmactions/freebsd-vm@v1\n        with:\n          prepare: pkg install -y cmake\n"
        "          run: |\n            cmake -S . -B build\n            make check CFLAGS=\"-Werror\"\n");
  CiScan s(t);
  const Command* check = testing::command(s.facts, "make check CFLAGS=\"-Werror\"");
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->context, "freebsd");
  EXPECT_EQ(check->at.line, 11);
  EXPECT_EQ(testing::command(s.facts, "pkg install -y cmake"), nullptr);
}

TEST(CiGithub, EnvValuesAreSubstitutedInRunLines) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", R"yaml(on: push
env:
  CARGO: cargo
  FLAGS: --workspace
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      FLAGS: --all-features
    steps:
      - run: ${{ env.CARGO }} test ${{ env.FLAGS }}
      - run: ${{ env.CARGO }} clippy ${{ env.TARGET }} ${{ matrix.os }}
        env:
          CARGO: cross
)yaml");
  CiScan s(t);
  EXPECT_NE(testing::command(s.facts, "cargo test --all-features"), nullptr);  // job wins
  // The step's own env wins; unknown names and other contexts stay.
  EXPECT_NE(testing::command(s.facts, "cross clippy ${{ env.TARGET }} ${{ matrix.os }}"), nullptr);
}

TEST(CiGithub, UsesBecomeActionRefs) {
  CiScan s(github_tree());
  int checkouts = 0, pinned = 0;
  for (const auto& a : s.facts.actions)
    if (a.name == "actions/checkout") {
      ++checkouts;
      pinned += a.pinned_by_sha ? 1 : 0;
    }
  EXPECT_EQ(checkouts, 2);
  EXPECT_EQ(pinned, 1);
  const ActionRef* cov = testing::action(s.facts, "codecov/codecov-action");
  ASSERT_NE(cov, nullptr);
  EXPECT_EQ(cov->ref, "v4");
  EXPECT_EQ(cov->job, "test");
  EXPECT_EQ(cov->at.line, text::find_line(kWorkflow, "codecov/codecov-action"));
}

TEST(CiGithub, SecurityFactsOfACleanWorkflow) {
  CiScan s(github_tree());
  ASSERT_EQ(s.facts.ci.workflows.size(), 1u);
  const auto& w = s.facts.ci.workflows[0];
  EXPECT_EQ(w.permissions, "map");
  EXPECT_TRUE(w.privileged_triggers.empty());
  EXPECT_TRUE(w.untrusted_interpolations.empty());
  EXPECT_EQ(decide(s.facts, "workflow-permissions").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "dangerous-workflows").status, Status::adopted);
  auto pin = decide(s.facts, "pinned-actions");
  EXPECT_EQ(pin.status, Status::partial);
  EXPECT_EQ(pin.note,
            "0 of 1 third-party action/image ref pinned by sha/digest, 1 by tag; "
            "4 first-party actions not counted");
}

TEST(CiGithub, OnFormsStringListAndMap) {
  MemoryTree t;
  t.add(".github/workflows/a.yml", "on: push\njobs:\n  j:\n    steps: [{run: make}]\n");
  t.add(".github/workflows/b.yaml", "on: [push, pull_request]\njobs:\n  j:\n    steps: []\n");
  t.add(".github/workflows/c.yml",
        "on:\n  schedule:\n    - cron: '0 * * * *'\n  workflow_dispatch:\njobs:\n  j:\n"
        "    steps: []\n");
  t.add(".github/workflows/d.yml",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    steps: []\n");
  t.add(".github/workflows/notes.md", "on: push\n");
  CiScan s(t);
  EXPECT_EQ(s.facts.ci.pipelines.size(), 4u);
  EXPECT_TRUE(s.pipeline(".github/workflows/a.yml")->triggers.push);
  EXPECT_TRUE(s.pipeline(".github/workflows/a.yml")->triggers.branches.empty());
  EXPECT_TRUE(s.pipeline(".github/workflows/b.yaml")->triggers.merge_request);
  const CiPipeline* c = s.pipeline(".github/workflows/c.yml");
  EXPECT_TRUE(c->triggers.schedule);
  EXPECT_TRUE(c->triggers.manual);
  EXPECT_FALSE(c->triggers.push);
  EXPECT_EQ(c->triggers.crons, std::vector<std::string>{"0 * * * *"});
  const CiPipeline* d = s.pipeline(".github/workflows/d.yml");
  EXPECT_TRUE(d->triggers.tag);
  EXPECT_FALSE(d->triggers.push);
  auto sched = decide(s.facts, "scheduled-pipelines");
  EXPECT_EQ(sched.status, Status::adopted);
  EXPECT_EQ(sched.note, "`.github/workflows/c.yml` — hourly cron `0 * * * *`");
}

TEST(CiGithub, DangerousPatternsUnderPrivilegedTriggers) {
  MemoryTree t;
  t.add(".github/workflows/pr.yml", R"(on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: |
          echo "${{ github.event.pull_request.title }}"
          echo "${{ github.event.pull_request.number }}"
)");
  CiScan s(t);
  ASSERT_EQ(s.facts.ci.workflows.size(), 1u);
  const auto& w = s.facts.ci.workflows[0];
  EXPECT_EQ(w.permissions, "absent");
  EXPECT_EQ(w.privileged_triggers, std::vector<std::string>{"pull_request_target"});
  ASSERT_EQ(w.pr_head_checkouts.size(), 1u);
  EXPECT_EQ(w.pr_head_checkouts[0].line, 8);
  ASSERT_EQ(w.untrusted_interpolations.size(), 1u);
  EXPECT_EQ(w.untrusted_interpolations[0].line, 10);
  auto d = decide(s.facts, "dangerous-workflows");
  EXPECT_EQ(d.status, Status::not_started);
  EXPECT_NE(d.note.find("`.github/workflows/pr.yml`:8 checks out PR code under "
                        "pull_request_target"),
            std::string::npos)
      << d.note;
  EXPECT_NE(d.note.find(":10 interpolates untrusted input"), std::string::npos);
  auto perm = decide(s.facts, "workflow-permissions");
  EXPECT_EQ(perm.status, Status::not_started);
  EXPECT_NE(perm.note.find("no `permissions:`"), std::string::npos);
}

TEST(CiGithub, HeadRefInterpolationWithoutPrivilegeIsStillFlagged) {
  MemoryTree t;
  t.add(".github/workflows/x.yml",
        "on: pull_request\npermissions: read-all\njobs:\n  j:\n    steps:\n"
        "      - run: git checkout ${{ github.head_ref }}\n");
  CiScan s(t);
  EXPECT_EQ(s.facts.ci.workflows[0].untrusted_interpolations.size(), 1u);
  EXPECT_TRUE(s.facts.ci.workflows[0].pr_head_checkouts.empty());
  EXPECT_EQ(decide(s.facts, "workflow-permissions").status, Status::adopted);
}

// Trial 12 (oak): the evidence of a write grant is its own line.
TEST(CiGithub, AWriteGrantIsShownAtItsLine) {
  MemoryTree t;
  t.add(".github/workflows/pages.yml",
        "on: push\npermissions:\n  contents: read\n  pages: write\n  id-token: write\n"
        "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n");
  CiScan s(t);
  auto perm = decide(s.facts, "workflow-permissions");
  EXPECT_EQ(perm.status, Status::not_started) << perm.note;
  ASSERT_FALSE(perm.evidence.empty());
  EXPECT_EQ(perm.evidence[0].line, 4);
  EXPECT_NE(perm.evidence[0].excerpt.find("pages: write"), std::string::npos);
}

TEST(CiGithub, RulesForPushAndPullRequestWorkflow) {
  CiScan s(github_tree());
  auto push = decide(s.facts, "ci-on-push");
  EXPECT_EQ(push.status, Status::adopted);
  EXPECT_EQ(push.note,
            "GitHub Actions `.github/workflows/ci.yml` — 3 jobs (on push to main and on merge "
            "requests)");
  EXPECT_EQ(decide(s.facts, "ci-on-mr").status, Status::adopted);
  auto dyn = decide(s.facts, "dynamic-pipelines");
  EXPECT_EQ(dyn.status, Status::adopted);
  EXPECT_NE(dyn.note.find("`dyn` builds its matrix"), std::string::npos) << dyn.note;
  EXPECT_EQ(decide(s.facts, "ci-caching").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "parallel-tests").status, Status::partial);
  auto scripts = decide(s.facts, "ci-scripts");
  EXPECT_EQ(scripts.status, Status::adopted);
  EXPECT_EQ(scripts.note, "1 script in `ci/` called by CI (`ci/matrix.py`)");
}

TEST(CiGithub, PushOnlyToSomeBranchesIsPartial) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml",
        "on:\n  push:\n    branches: [release]\njobs:\n  j:\n    steps: [{run: make}]\n");
  CiScan s(t);
  auto a = decide(s.facts, "ci-on-push");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("push to release only"), std::string::npos) << a.note;
}

TEST(CiGithub, ManualOnlyWorkflowIsPartial) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", "on: workflow_dispatch\njobs:\n  j:\n    steps: []\n");
  CiScan s(t);
  EXPECT_EQ(decide(s.facts, "ci-on-push").status, Status::partial);
  EXPECT_TRUE(job(s.pipeline(".github/workflows/ci.yml"), "j")->manual);
}

TEST(CiGithub, ContainerAndServiceImagesAreRefs) {
  MemoryTree t;
  t.add(".github/workflows/db.yml",
        "on: push\njobs:\n  t:\n    container: python:3.12\n    services:\n      db:\n"
        "        image: postgres:16\n      cache:\n        image: ${{ matrix.redis }}\n"
        "    steps: [{run: pytest}]\n");
  CiScan s(t);
  const ActionRef* py = testing::action(s.facts, "python");
  ASSERT_NE(py, nullptr);
  EXPECT_EQ(py->ref, "3.12");
  const ActionRef* pg = testing::action(s.facts, "postgres");
  ASSERT_NE(pg, nullptr);
  EXPECT_EQ(pg->at.line, 7);
  EXPECT_EQ(s.facts.actions.size(), 2u);
}

TEST(CiGithub, NotAMappingIsOneDiagnostic) {
  MemoryTree t;
  t.add(".github/workflows/list.yml", "- a\n- b\n");
  t.add(".github/workflows/bad.yml", "on: push\njobs: {a: [\n");
  CiScan s(t);
  EXPECT_EQ(s.diags_for(".github/workflows/list.yml"), 1u);
  EXPECT_EQ(s.diags_for(".github/workflows/bad.yml"), 1u);
  EXPECT_TRUE(s.facts.ci.pipelines.empty());
}

// sbt projects cache their dependencies with coursier's action (trial 11);
// Nix ones with cachix.
TEST(CiGithub, CoursierAndCachixActionsCacheDependencies) {
  for (const char* action : {"coursier/cache-action@v6", "cachix/cachix-action@v15"}) {
    MemoryTree t;
    t.add(".github/workflows/ci.yml",
          std::string("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - uses: actions/checkout@v4\n      - uses: ") +
              action + "\n      - run: make test\n");
    auto a = test_support::assess(t, "ci-caching");
    EXPECT_EQ(a.status, Status::adopted) << action << ": " << a.note;
  }
}

}  // namespace
}  // namespace practrack
