#include <gtest/gtest.h>

#include "ci_test_support.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;
using testing::job;

TEST(CiJenkins, DeclarativePipeline) {
  MemoryTree t;
  t.add("Jenkinsfile", R"(pipeline {
  agent { docker { image 'python:3.12' } }
  triggers { cron('H 2 * * *') }
  stages {
    stage('Build') {
      steps {
        sh 'make build'
      }
    }
    stage('Test') {
      when { changeRequest() }
      steps {
        sh """
          pytest --junitxml=out.xml
          echo done
        """
        junit 'out.xml'
      }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        sh(script: './ci/deploy.sh')
      }
    }
  }
}
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline("Jenkinsfile");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "jenkins");
  EXPECT_EQ(p->stages, (std::vector<std::string>{"Build", "Test", "Deploy"}));
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.schedule);
  EXPECT_EQ(p->triggers.crons, std::vector<std::string>{"H 2 * * *"});
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_EQ(job(p, "Build")->script, std::vector<std::string>{"make build"});
  EXPECT_EQ(job(p, "Test")->script,
            (std::vector<std::string>{"pytest --junitxml=out.xml", "echo done"}));
  EXPECT_TRUE(job(p, "Test")->junit_report);
  EXPECT_TRUE(job(p, "Deploy")->default_branch_only);
  const Command* c = testing::command(s.facts, "echo done");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->at.line, 15);
  EXPECT_EQ(c->system, "jenkins");
  ASSERT_NE(testing::action(s.facts, "python"), nullptr);
}

TEST(CiCircle, WorkflowsOrbsAndSchedules) {
  MemoryTree t;
  t.add(".circleci/config.yml", R"(version: 2.1
orbs:
  python: circleci/python@2.1.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
    parallelism: 4
    steps:
      - checkout
      - restore_cache:
          key: deps
      - run: pip install -r requirements.txt
      - run:
          name: tests
          command: |
            pytest --junitxml=test-results/out.xml
      - store_test_results:
          path: test-results
  deploy:
    docker:
      - image: cimg/base:stable
    steps:
      - run: ./deploy.sh
workflows:
  main:
    jobs:
      - test
      - hold:
          type: approval
      - deploy:
          requires: [hold]
          filters:
            branches:
              only: main
  nightly:
    triggers:
      - schedule:
          cron: "0 0 * * *"
          filters:
            branches:
              only: [main]
    jobs: [test]
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".circleci/config.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "circleci");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.schedule);
  EXPECT_TRUE(p->triggers.manual);
  const CiJob* test = job(p, "test");
  EXPECT_EQ(test->parallel_count, 4);
  EXPECT_TRUE(test->cache);
  EXPECT_TRUE(test->junit_report);
  EXPECT_EQ(test->script.size(), 2u);
  EXPECT_TRUE(job(p, "deploy")->default_branch_only);
  const ActionRef* orb = testing::action(s.facts, "circleci/python");
  ASSERT_NE(orb, nullptr);
  EXPECT_EQ(orb->ref, "2.1.1");
  EXPECT_EQ(decide(s.facts, "parallel-tests").status, Status::adopted);
}

TEST(CiAzure, TriggersPrSchedulesAndSteps) {
  MemoryTree t;
  t.add("azure-pipelines.yml", R"(trigger:
  branches:
    include: [main]
pr:
  - main
schedules:
  - cron: "0 3 * * 0"
    branches:
      include: [main]
stages:
  - stage: Test
    jobs:
      - job: unit
        steps:
          - script: pytest
          - bash: |
              make lint
          - task: PublishTestResults@2
  - stage: Deploy
    jobs:
      - deployment: web
        environment: production
        strategy:
          runOnce:
            deploy:
              steps:
                - script: ./deploy.sh
)");
  t.add(".azure-pipelines/nightly.yml", "trigger: none\npr: none\nsteps:\n  - script: make\n");
  CiScan s(t);
  const CiPipeline* p = s.pipeline("azure-pipelines.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "azure-pipelines");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_EQ(p->triggers.branches, std::vector<std::string>{"main"});
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_TRUE(p->triggers.schedule);
  EXPECT_EQ(p->stages, (std::vector<std::string>{"Test", "Deploy"}));
  EXPECT_EQ(job(p, "unit")->script, (std::vector<std::string>{"pytest", "make lint"}));
  EXPECT_TRUE(job(p, "unit")->junit_report);
  EXPECT_EQ(job(p, "web")->environment, "production");
  EXPECT_EQ(job(p, "web")->script, std::vector<std::string>{"./deploy.sh"});
  const CiPipeline* n = s.pipeline(".azure-pipelines/nightly.yml");
  ASSERT_NE(n, nullptr);
  EXPECT_FALSE(n->triggers.push);
  EXPECT_FALSE(n->triggers.merge_request);
  EXPECT_EQ(n->jobs.size(), 1u);
}

// Regression (trial 8, dotnet/command-line-api): .vsts-ci.yml is Azure
// Pipelines under its old name.
TEST(CiAzure, VstsCiIsAnAzurePipeline) {
  MemoryTree t;
  t.add(".vsts-ci.yml",
        "trigger:\n  branches:\n    include: [main]\npr: ['*']\njobs:\n  - job: build\n"
        "    steps:\n      - script: eng/common/cibuild.cmd\n");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".vsts-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "azure-pipelines");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.merge_request);
}

TEST(CiBitbucket, SectionsBecomeTriggers) {
  MemoryTree t;
  t.add("bitbucket-pipelines.yml", R"(image: python:3.12
pipelines:
  default:
    - step:
        name: test
        caches: [pip]
        script:
          - pytest
  branches:
    main:
      - step:
          name: deploy
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.4.1
            - ./deploy.sh
  pull-requests:
    '**':
      - parallel:
          - step:
              name: lint
              script: [ruff check .]
          - step:
              name: unit
              script: [pytest -x]
  custom:
    nightly:
      - step:
          script: [make nightly]
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline("bitbucket-pipelines.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "bitbucket");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.branches.empty());  // `default` runs on every branch
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_TRUE(p->triggers.manual);
  EXPECT_TRUE(job(p, "test")->cache);
  EXPECT_TRUE(job(p, "deploy")->default_branch_only);
  EXPECT_EQ(job(p, "deploy")->environment, "production");
  EXPECT_TRUE(job(p, "unit")->merge_request);
  EXPECT_TRUE(job(p, "unit")->parallel);
  ASSERT_NE(testing::action(s.facts, "atlassian/ssh-run"), nullptr);
  EXPECT_EQ(decide(s.facts, "automated-deploy").status, Status::adopted);
}

TEST(CiTravis, ScriptsStagesAndDeploy) {
  MemoryTree t;
  t.add(".travis.yml", R"(language: python
cache: pip
install:
  - pip install -e .
script:
  - pytest
jobs:
  include:
    - stage: lint
      name: flake8
      script: flake8
deploy:
  provider: pypi
  on:
    tags: true
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".travis.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "travis");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.merge_request);
  const CiJob* build = job(p, "build");
  EXPECT_EQ(build->script, (std::vector<std::string>{"pip install -e .", "pytest"}));
  EXPECT_TRUE(build->cache);
  EXPECT_TRUE(build->tag_only);
  EXPECT_EQ(job(p, "flake8")->stage, "lint");
}

TEST(CiDrone, MultiDocumentPipelines) {
  MemoryTree t;
  t.add(".drone.yml", R"(kind: pipeline
name: test
trigger:
  event: [push, pull_request]
steps:
  - name: unit
    image: golang:1.22
    commands:
      - go test ./...
---
kind: pipeline
name: nightly
trigger:
  event: [cron]
steps:
  - name: bench
    image: golang@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    commands: [go test -bench .]
---
kind: secret
name: token
)");
  CiScan s(t);
  ASSERT_EQ(s.facts.ci.pipelines.size(), 2u);
  const auto& test = s.facts.ci.pipelines[0];
  EXPECT_EQ(test.system, "drone");
  EXPECT_EQ(test.name, "test");
  EXPECT_TRUE(test.triggers.push);
  EXPECT_TRUE(test.triggers.merge_request);
  const auto& nightly = s.facts.ci.pipelines[1];
  EXPECT_FALSE(nightly.triggers.push);
  EXPECT_TRUE(nightly.triggers.schedule);
  const ActionRef* img = nullptr;
  for (const auto& a : s.facts.actions)
    if (a.name == "golang" && a.pinned_by_sha) img = &a;
  EXPECT_NE(img, nullptr);
}

TEST(CiWoodpecker, StepsMapAndFolder) {
  MemoryTree t;
  t.add(".woodpecker/test.yml", R"(when:
  - event: [push, pull_request]
steps:
  test:
    image: node:20
    commands:
      - npm ci
      - npm test
)");
  t.add(".woodpecker/release.yaml", R"(when:
  event: tag
steps:
  - name: publish
    image: node:20
    commands: [npm publish]
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".woodpecker/test.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "woodpecker");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_EQ(job(p, "test")->script, (std::vector<std::string>{"npm ci", "npm test"}));
  const CiPipeline* r = s.pipeline(".woodpecker/release.yaml");
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->triggers.tag);
  EXPECT_FALSE(r->triggers.push);
}

TEST(CiBuildkite, StepsBlocksAndUploads) {
  MemoryTree t;
  t.add(".buildkite/pipeline.yml", R"(steps:
  - label: ":pytest: tests"
    command: pytest -n 4
    parallelism: 3
    retry:
      automatic: true
    plugins:
      - docker#v5.9.0:
          image: python:3.12
  - wait
  - block: ":rocket: Release?"
  - label: deploy
    commands:
      - ./deploy.sh
  - label: dynamic
    command: buildkite-agent pipeline upload .buildkite/generated.yml
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".buildkite/pipeline.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "buildkite");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->generated_config);
  const CiJob* tests = job(p, ":pytest: tests");
  ASSERT_NE(tests, nullptr);
  EXPECT_EQ(tests->parallel_count, 3);
  EXPECT_TRUE(tests->retry);
  EXPECT_FALSE(tests->manual);
  EXPECT_TRUE(job(p, "deploy")->manual);
  const ActionRef* plugin = testing::action(s.facts, "docker");
  ASSERT_NE(plugin, nullptr);
  EXPECT_EQ(plugin->ref, "v5.9.0");
  EXPECT_EQ(decide(s.facts, "dynamic-pipelines").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "automated-deploy").status, Status::partial);
}

TEST(CiMulti, TwoSystemsAdoptMultiSystem) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "stages: [test]\ntest:\n  script: [make test]\n");
  t.add(".github/workflows/robot-tests.yml",
        "on: [push]\njobs:\n  lint:\n    steps: [{run: make lint}]\n  robot:\n"
        "    steps: [{run: robot tests}]\n");
  CiScan s(t);
  auto a = decide(s.facts, "ci-multi-system");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note,
            "GitLab CI (`.gitlab-ci.yml`); GitHub Actions (`.github/workflows/robot-tests.yml`)");
  auto push = decide(s.facts, "ci-on-push");
  EXPECT_EQ(push.note,
            "`.gitlab-ci.yml` — 1 stage, 1 job; GitHub Actions "
            "`.github/workflows/robot-tests.yml` — 2 jobs");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// woodpecker's own docs pipeline: `when:` is a list; a PR-only preview
// deploy is not a default-branch deploy.
TEST(CiWoodpecker, WhenListsAreUnitedAndPreviewDeployIsNotOnMain) {
  MemoryTree t;
  t.add(".woodpecker/docs.yaml", R"(when:
  - event: tag
  - event: pull_request
  - event: push
    branch:
      - ${CI_REPO_DEFAULT_BRANCH}
steps:
  - name: deploy-preview
    image: surge:1
    when:
      - event: [pull_request, pull_request_closed]
  - name: deploy
    image: alpine:3
    commands: [rsync -a build/ host:/srv]
    when:
      - event: push
        branch: ${CI_REPO_DEFAULT_BRANCH}
)");
  testing::CiScan s(t);
  const CiPipeline* p = s.pipeline(".woodpecker/docs.yaml");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.tag);
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_EQ(p->triggers.branches, std::vector<std::string>{"${CI_REPO_DEFAULT_BRANCH}"});
  EXPECT_TRUE(testing::job(p, "deploy-preview")->no_push);
  EXPECT_TRUE(testing::job(p, "deploy")->default_branch_only);
  auto a = testing::decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`deploy` in `.woodpecker/docs.yaml` deploys on default-branch push");
  auto push = testing::decide(s.facts, "ci-on-push");
  EXPECT_NE(push.note.find("push to the default branch"), std::string::npos) << push.note;
}

TEST(CiGitlabDeploy, MergeRequestOnlyDeployIsNotOnMain) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "review-app:\n  stage: deploy\n  environment: review/$CI_COMMIT_REF_SLUG\n"
        "  script: [./deploy.sh]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "
        "\"merge_request_event\"\n");
  testing::CiScan s(t);
  auto a = testing::decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("not run on the default branch"), std::string::npos) << a.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(CiCircle, SetupWorkflowIsDynamicAndCircleOrbsAreFirstParty) {
  MemoryTree t;
  t.add(".circleci/config.yml", R"(version: 2.1
setup: true
orbs:
  continuation: circleci/continuation@1.0.0
  tool: acme/tool@3.0.0
workflows:
  setup:
    jobs: [generate]
jobs:
  generate:
    docker: [{image: cimg/base:2024.01}]
    steps:
      - run: ./scripts/gen-config.sh > generated.yml
)");
  testing::CiScan s(t);
  EXPECT_EQ(testing::decide(s.facts, "dynamic-pipelines").status, Status::adopted);
  auto pin = testing::decide(s.facts, "pinned-actions");
  EXPECT_EQ(pin.status, Status::partial);
  EXPECT_EQ(pin.note,
            "0 of 2 third-party action/image refs pinned by sha/digest, 2 by tag; "
            "1 first-party action not counted");
}

}  // namespace
}  // namespace practrack
