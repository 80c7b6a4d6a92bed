#include <gtest/gtest.h>

#include "ci_test_support.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;

constexpr const char* kCdIds[] = {"automated-deploy",     "declarative-stack",
                                  "progressive-delivery", "rollback",
                                  "deploy-notifications", "environment-promotion"};
constexpr const char* kCiIds[] = {
    "ci-on-push",          "ci-on-mr",       "ci-multi-system", "dynamic-pipelines",
    "scheduled-pipelines", "ci-artifacts",   "junit-reports",   "dry-run-validation",
    "ci-scripts",          "parallel-tests", "flaky-tests",     "ci-caching"};

TEST(CiRules, EveryIdHasARule) {
  for (const char* id : kCdIds) EXPECT_NE(find_rule(id), nullptr) << id;
  for (const char* id : kCiIds) EXPECT_NE(find_rule(id), nullptr) << id;
  for (const char* id : {"pinned-actions", "workflow-permissions", "dangerous-workflows"})
    EXPECT_NE(find_rule(id), nullptr) << id;
}

TEST(CiRules, NoCiAtAll) {
  RepoFacts f;
  for (const char* id : kCiIds) {
    auto a = decide(f, id);
    EXPECT_EQ(a.status, Status::not_started) << id;
    EXPECT_FALSE(a.note.empty()) << id;
  }
  EXPECT_NE(decide(f, "ci-on-push").note.find("No CI configuration found"), std::string::npos);
  for (const char* id : kCdIds) {
    auto a = decide(f, id);
    EXPECT_EQ(a.status, Status::not_applicable) << id;
    EXPECT_NE(a.note.find("Nothing is deployed"), std::string::npos) << id;
  }
  EXPECT_EQ(decide(f, "pinned-actions").status, Status::not_applicable);
  EXPECT_EQ(decide(f, "workflow-permissions").status, Status::not_applicable);
  EXPECT_EQ(decide(f, "dangerous-workflows").status, Status::not_applicable);
}

TEST(CiRules, LibraryThatPublishesIsNotDeployed) {
  MemoryTree t;
  t.add(".github/workflows/publish.yml", R"(on:
  push:
    tags: ['v*']
jobs:
  publish-pypi:
    environment: pypi
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
)");
  CiScan s(t);
  auto a = decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable);
  EXPECT_EQ(a.note,
            "Nothing is deployed: `publish-pypi` (environment pypi) in "
            "`.github/workflows/publish.yml` publishes a package (see the release practices)");
  EXPECT_EQ(decide(s.facts, "environment-promotion").status, Status::not_applicable);
}

TEST(CiRules, DeployedServiceWithoutDeployJobIsNotStarted) {
  RepoFacts f;
  ComposeService web;
  web.name = "web";
  web.build = true;
  ComposeFile file;
  file.path = "docker-compose.yml";
  file.services = {web};
  f.containers.compose_files.push_back(file);
  EXPECT_EQ(decide(f, "automated-deploy").status, Status::not_started);
  auto stack = decide(f, "declarative-stack");
  EXPECT_EQ(stack.status, Status::not_started);
  EXPECT_EQ(stack.note, "`docker-compose.yml` declares 1 service only");
  EXPECT_EQ(decide(f, "rollback").status, Status::not_started);
  EXPECT_EQ(decide(f, "progressive-delivery").status, Status::not_started);
}

TEST(CiRules, ComposeStackWithSeveralServices) {
  RepoFacts f;
  ComposeFile c;
  c.path = "docker-compose.yml";
  for (const char* n : {"postgres", "redis", "superset", "dashboard"}) {
    ComposeService s;
    s.name = n;
    c.services.push_back(s);
  }
  f.containers.compose_files.push_back(c);
  auto a = decide(f, "declarative-stack");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`docker-compose.yml` — postgres + redis + superset + dashboard");
}

constexpr const char* kDeployPipeline = R"(stages: [build, deploy]
build:
  stage: build
  script: [make]
deploy-staging:
  stage: deploy
  environment: staging
  script:
    - helm upgrade --install app charts/app --atomic
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
deploy-production:
  stage: deploy
  environment:
    name: production
  when: manual
  script:
    - helm upgrade --install app charts/app
    - 'curl -X POST -d "{\"text\": \"deployed\"}" "$SLACK_WEBHOOK"'
    - curl -X POST https://hooks.slack.com/services/T000/B000/XXXX
rollback-production:
  stage: deploy
  when: manual
  script: [helm rollback app]
)";

MemoryTree deploy_tree() {
  MemoryTree t;
  t.add(".gitlab-ci.yml", kDeployPipeline);
  t.add("charts/app/Chart.yaml", "apiVersion: v2\nname: app\n");
  t.add("k8s/rollout.yaml",
        "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  strategy:\n    canary:\n"
        "      steps: []\n");
  t.add("docs/runbook.md", "# Runbook\n\n## Rolling back a release\n\nRun helm rollback.\n");
  return t;
}

TEST(CiRules, DeployPipelineWithStagingAndProduction) {
  CiScan s(deploy_tree());
  auto a = decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note,
            "`deploy-staging` (stage deploy, environment staging) in `.gitlab-ci.yml` deploys on "
            "default-branch push");
  auto promo = decide(s.facts, "environment-promotion");
  EXPECT_EQ(promo.status, Status::adopted);
  EXPECT_EQ(promo.note, "Environments `staging` → `production`");
  auto stack = decide(s.facts, "declarative-stack");
  EXPECT_EQ(stack.status, Status::adopted);
  EXPECT_NE(stack.note.find("Helm chart (`charts/app/Chart.yaml`)"), std::string::npos)
      << stack.note;
  EXPECT_NE(stack.note.find("Kubernetes manifest"), std::string::npos);
  auto prog = decide(s.facts, "progressive-delivery");
  EXPECT_EQ(prog.status, Status::adopted);
  EXPECT_EQ(prog.note, "Progressive strategy in `k8s/rollout.yaml` (Rollout)");
  auto rb = decide(s.facts, "rollback");
  EXPECT_EQ(rb.status, Status::adopted);
  EXPECT_EQ(rb.note, "Rollback job `rollback-production` in `.gitlab-ci.yml`");
  auto notify = decide(s.facts, "deploy-notifications");
  EXPECT_EQ(notify.status, Status::adopted);
  EXPECT_NE(notify.note.find("`deploy-production`"), std::string::npos) << notify.note;
}

TEST(CiRules, DocumentedManualRollbackIsPartial) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "deploy:\n  stage: deploy\n  environment: production\n  script: [./deploy.sh]\n");
  t.add("docs/runbook.md", "# Runbook\n\nText\n\n## Rolling back a release\n");
  CiScan s(t);
  auto a = decide(s.facts, "rollback");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "Manual rollback documented in `docs/runbook.md`");
  ASSERT_EQ(a.evidence.size(), 1u);
  EXPECT_EQ(a.evidence[0].line, 5);
  auto e = decide(s.facts, "environment-promotion");
  EXPECT_EQ(e.status, Status::not_started);
  EXPECT_EQ(e.note, "No promotion between environments: `production`");
  EXPECT_EQ(decide(s.facts, "deploy-notifications").status, Status::not_started);
}

TEST(CiRules, DeployScriptCalledOnMainBranchPush) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "superset:\n  stage: publish\n  only: [main]\n  script: [bash ci/deploy.sh]\n");
  t.add("ci/deploy.sh", "#!/bin/bash\nset -euo pipefail\n");
  CiScan s(t);
  auto a = decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_NE(a.note.find("`superset` (stage publish)"), std::string::npos) << a.note;
}

TEST(CiRules, ToolUsesFeedJunitParallelFlakyAndDryRun) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  test:\n    steps:\n      - run: pytest --junitxml=r.xml\n");
  CiScan s(t);
  EXPECT_EQ(decide(s.facts, "junit-reports").status, Status::not_started);
  Evidence at{".github/workflows/ci.yml", 5, "pytest --junitxml=r.xml"};
  s.facts.tools.push_back(
      {"junit-reports", "pytest --junitxml", ToolHow::run, Origin::ci, "test", at});
  auto j = decide(s.facts, "junit-reports");
  EXPECT_EQ(j.status, Status::adopted);
  EXPECT_EQ(j.note, "JUnit XML written in CI: pytest --junitxml (CI test)");
  s.facts.tools.back().origin = Origin::make;
  EXPECT_EQ(decide(s.facts, "junit-reports").status, Status::partial);

  s.facts.tools.push_back({"parallel-tests", "pytest-xdist", ToolHow::run, Origin::ci, "test", at});
  EXPECT_EQ(decide(s.facts, "parallel-tests").status, Status::adopted);
  s.facts.tools.push_back(
      {"flaky-tests", "pytest-rerunfailures", ToolHow::dependency, Origin::ci, "", at});
  EXPECT_EQ(decide(s.facts, "flaky-tests").status, Status::not_started);
  s.facts.tools.back().how = ToolHow::run;
  EXPECT_EQ(decide(s.facts, "flaky-tests").status, Status::adopted);
  s.facts.tools.push_back(
      {"dry-run-validation", "robot --dryrun", ToolHow::run, Origin::ci, "test", at});
  EXPECT_EQ(decide(s.facts, "dry-run-validation").status, Status::adopted);
}

TEST(CiRules, PinnedActionsCountsImagesAndActions) {
  MemoryTree t;
  t.add(
      ".gitlab-ci.yml",
      "image: python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
      "test:\n  script: [make]\n");
  CiScan s(t);
  auto a = decide(s.facts, "pinned-actions");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "The only third-party action/image ref is pinned by commit sha or digest");

  MemoryTree u;
  u.add(".gitlab-ci.yml", "image: python\ntest:\n  script: [make]\n");
  CiScan floating(u);
  auto b = decide(floating.facts, "pinned-actions");
  EXPECT_EQ(b.status, Status::not_started);
  EXPECT_NE(b.note.find("1 unversioned (`python`)"), std::string::npos) << b.note;

  // Trial 14 (hyperfine): three unversioned refs of two names read as a
  // list that lost one; the note says the names are distinct ones.
  MemoryTree v;
  v.add(".gitlab-ci.yml",
        "a:\n  image: python\n  script: [make]\nb:\n  image: python\n  script: [make]\n"
        "c:\n  image: node:latest\n  script: [make]\n");
  CiScan repeated(v);
  auto c = decide(repeated.facts, "pinned-actions");
  EXPECT_NE(c.note.find("3 unversioned (2 distinct: `python`, `node:latest`)"), std::string::npos)
      << c.note;
}

TEST(CiRules, GitlabTokenScopeNeedsAttestation) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "test:\n  script: [make]\n");
  CiScan s(t);
  auto a = decide(s.facts, "workflow-permissions");
  EXPECT_TRUE(a.needs_attestation);
  EXPECT_EQ(a.status, Status::not_started);
  EXPECT_NE(a.note.find("GitLab CI"), std::string::npos);
  EXPECT_EQ(decide(s.facts, "dangerous-workflows").status, Status::adopted);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(CiRules, GithubDeployWorkflowWithPromotionAndSlack) {
  MemoryTree t;
  t.add("Dockerfile", "FROM python:3.12\n");
  t.add(".github/workflows/deploy.yml", R"(on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  staging:
    environment: staging
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/staging
  production:
    needs: staging
    environment:
      name: production
      url: https://example.com
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/production
      - uses: slackapi/slack-github-action@v1
)");
  testing::CiScan s(t);
  auto a = decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note.rfind("2 deploy jobs run on default-branch push: `staging`", 0), 0u) << a.note;
  auto e = decide(s.facts, "environment-promotion");
  EXPECT_EQ(e.status, Status::adopted);
  EXPECT_EQ(e.note, "Environments `staging` → `production`");
  auto n = decide(s.facts, "deploy-notifications");
  EXPECT_EQ(n.status, Status::adopted);
  EXPECT_NE(n.note.find("slackapi/slack-github-action"), std::string::npos) << n.note;
  EXPECT_EQ(decide(s.facts, "rollback").status, Status::not_started);
}

}  // namespace
}  // namespace practrack
