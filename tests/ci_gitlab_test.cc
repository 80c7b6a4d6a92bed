#include <gtest/gtest.h>

#include "ci_test_support.h"
#include "util/text.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::decide;
using testing::job;

constexpr const char* kGitlabCi = R"(stages: [lint, build, test, generate, child, report, deploy]
include:
  - local: /ci/templates.yml
  - template: Security/SAST.gitlab-ci.yml
  - project: group/ci-lib
    ref: 0123456789abcdef0123456789abcdef01234567
    file: /lint.yml
  - remote: https://example.com/ci.yml
default:
  image: python:3.12-slim
  cache:
    key: pip
    paths: [.cache/pip]
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH
.mr-rules:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
lint:
  stage: lint
  extends: .python-job
  script:
    - ruff check .
build:
  stage: build
  extends: .mr-rules
  script: make build
  artifacts:
    paths: [dist/]
unit-tests:
  stage: test
  extends: [.python-job, .mr-rules]
  parallel: 4
  retry: 2
  script:
    - |
      pytest -n auto --junitxml=report.xml
      echo done
  artifacts:
    reports:
      junit: report.xml
generate-pipeline:
  stage: generate
  script:
    - python scripts/generate_pipeline.py > child.yml
  artifacts:
    paths: [child.yml]
run-child:
  stage: child
  trigger:
    include:
      - artifact: child.yml
        job: generate-pipeline
    strategy: depend
nightly:
  stage: report
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - bash ci/report.sh
deploy-prod:
  stage: deploy
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - ./ci/deploy.sh
)";

constexpr const char* kTemplates = R"(.python-job:
  image: python:3.12
  before_script:
    - pip install -e .[test]
include:
  - local: ci/more.yml
)";

constexpr const char* kMore = R"(docs:
  stage: build
  script: [mkdocs build]
)";

MemoryTree gitlab_tree(const std::string& main = kGitlabCi) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", main);
  t.add("ci/templates.yml", kTemplates);
  t.add("ci/more.yml", kMore);
  t.add("ci/report.sh", "#!/bin/bash\nset -euo pipefail\necho report\n");
  t.add("ci/deploy.sh", "#!/bin/bash\nset -euo pipefail\necho deploy\n");
  t.add("scripts/generate_pipeline.py", "print('stages: [x]')\n");
  return t;
}

TEST(CiGitlab, StagesJobsAndIncludes) {
  CiScan s(gitlab_tree());
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->system, "gitlab-ci");
  EXPECT_EQ(p->stages.size(), 7u);
  // Hidden jobs are templates; `docs` comes from a nested local include.
  EXPECT_EQ(p->jobs.size(), 8u);
  EXPECT_EQ(job(p, ".python-job"), nullptr);
  ASSERT_NE(job(p, "docs"), nullptr);
  EXPECT_EQ(p->includes, (std::vector<std::string>{"ci/templates.yml", "ci/more.yml"}));
  EXPECT_EQ(s.diags.size(), 0u);
}

TEST(CiGitlab, ExtendsMergesScriptsImagesAndRules) {
  CiScan s(gitlab_tree());
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  const CiJob* lint = job(p, "lint");
  ASSERT_NE(lint, nullptr);
  EXPECT_EQ(lint->script, (std::vector<std::string>{"pip install -e .[test]", "ruff check ."}));
  EXPECT_NE(std::find(lint->uses.begin(), lint->uses.end(), "python"), lint->uses.end());
  const CiJob* unit = job(p, "unit-tests");
  ASSERT_NE(unit, nullptr);
  EXPECT_TRUE(unit->merge_request);  // rules from .mr-rules
  EXPECT_EQ(unit->parallel_count, 4);
  EXPECT_TRUE(unit->retry);
  EXPECT_TRUE(unit->junit_report);
  EXPECT_TRUE(unit->cache);  // from default:
  EXPECT_EQ(unit->script.size(), 3u);
}

TEST(CiGitlab, CommandsCarryTheirLines) {
  CiScan s(gitlab_tree());
  const Command* c = testing::command(s.facts, "pytest -n auto --junitxml=report.xml");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->origin, Origin::ci);
  EXPECT_EQ(c->system, "gitlab-ci");
  EXPECT_EQ(c->context, "unit-tests");
  EXPECT_EQ(c->at.path, ".gitlab-ci.yml");
  EXPECT_EQ(c->at.line, text::find_line(kGitlabCi, "pytest -n auto"));
  const Command* inc = testing::command(s.facts, "mkdocs build");
  ASSERT_NE(inc, nullptr);
  EXPECT_EQ(inc->at.path, "ci/more.yml");
  EXPECT_EQ(inc->at.line, 3);
}

TEST(CiGitlab, TriggersChildPipelinesSchedulesAndDeploy) {
  CiScan s(gitlab_tree());
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_TRUE(p->triggers.schedule);
  EXPECT_TRUE(p->child_pipelines);
  EXPECT_TRUE(p->generated_config);
  const CiJob* child = job(p, "run-child");
  EXPECT_TRUE(child->dynamic_child);
  EXPECT_EQ(child->child_artifact, "child.yml");
  EXPECT_EQ(child->child_source_job, "generate-pipeline");
  EXPECT_TRUE(job(p, "nightly")->schedule);
  const CiJob* deploy = job(p, "deploy-prod");
  EXPECT_EQ(deploy->environment, "production");
  EXPECT_TRUE(deploy->default_branch_only);
  EXPECT_FALSE(deploy->manual);
}

TEST(CiGitlab, IncludesAndImagesBecomeActionRefs) {
  CiScan s(gitlab_tree());
  const ActionRef* lib = testing::action(s.facts, "group/ci-lib");
  ASSERT_NE(lib, nullptr);
  EXPECT_TRUE(lib->pinned_by_sha);
  const ActionRef* tpl = testing::action(s.facts, "template:Security/SAST.gitlab-ci.yml");
  ASSERT_NE(tpl, nullptr);
  EXPECT_FALSE(tpl->pinned_by_sha);
  ASSERT_NE(testing::action(s.facts, "https://example.com/ci.yml"), nullptr);
  const ActionRef* img = testing::action(s.facts, "python");
  ASSERT_NE(img, nullptr);
  EXPECT_FALSE(img->ref.empty());
}

TEST(CiGitlab, CalledScriptsAreFound) {
  CiScan s(gitlab_tree());
  std::vector<std::string> paths;
  for (const auto& c : s.facts.ci.called_scripts) paths.push_back(c.path);
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(paths, (std::vector<std::string>{"ci/deploy.sh", "ci/report.sh",
                                             "scripts/generate_pipeline.py"}));
}

TEST(CiGitlab, RulesOnTheRealisticPipeline) {
  CiScan s(gitlab_tree());
  s.facts.scripts.shell_scripts = {{"ci/report.sh", "bash", true, true, true, true, 0, {}}, {"ci/deploy.sh", "bash", true, true, true, true, 0, {}}};
  auto push = decide(s.facts, "ci-on-push");
  EXPECT_EQ(push.status, Status::adopted);
  EXPECT_EQ(push.note, "`.gitlab-ci.yml` — 7 stages, 8 jobs");
  auto mr = decide(s.facts, "ci-on-mr");
  EXPECT_EQ(mr.status, Status::adopted);
  EXPECT_EQ(mr.note,
            "Runs on merge/pull requests: `.gitlab-ci.yml` — stages lint, build, test, generate, "
            "child");
  auto dyn = decide(s.facts, "dynamic-pipelines");
  EXPECT_EQ(dyn.status, Status::adopted);
  EXPECT_NE(dyn.note.find("generated by `generate-pipeline`"), std::string::npos) << dyn.note;
  EXPECT_NE(dyn.note.find("scripts/generate_pipeline.py"), std::string::npos) << dyn.note;
  auto sched = decide(s.facts, "scheduled-pipelines");
  EXPECT_EQ(sched.status, Status::adopted);
  EXPECT_NE(sched.note.find("1 job run on scheduled pipelines"), std::string::npos) << sched.note;
  EXPECT_EQ(decide(s.facts, "ci-artifacts").status, Status::adopted);
  auto junit = decide(s.facts, "junit-reports");
  EXPECT_EQ(junit.status, Status::adopted);
  EXPECT_NE(junit.note.find("unit-tests"), std::string::npos);
  auto scripts = decide(s.facts, "ci-scripts");
  EXPECT_EQ(scripts.status, Status::adopted);
  EXPECT_EQ(scripts.note,
            "3 scripts called by CI — the 2 shell scripts all use `set -euo pipefail`");
  EXPECT_EQ(decide(s.facts, "parallel-tests").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "flaky-tests").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "ci-caching").status, Status::adopted);
  EXPECT_EQ(decide(s.facts, "ci-multi-system").status, Status::not_started);
}

TEST(CiGitlab, AutomatedDeployOnMainAndManualGate) {
  CiScan s(gitlab_tree());
  auto a = decide(s.facts, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note,
            "`deploy-prod` (stage deploy, environment production) in `.gitlab-ci.yml` deploys on "
            "default-branch push");
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, text::find_line(kGitlabCi, "deploy-prod:"));

  std::string manual = kGitlabCi;
  manual += "  when: manual\n";
  CiScan m(gitlab_tree(manual));
  EXPECT_TRUE(job(m.pipeline(".gitlab-ci.yml"), "deploy-prod")->manual);
  auto b = decide(m.facts, "automated-deploy");
  EXPECT_EQ(b.status, Status::partial);
  EXPECT_NE(b.note.find("manual gate"), std::string::npos);
}

TEST(CiGitlab, LaxScriptsMakeCiScriptsPartial) {
  CiScan s(gitlab_tree());
  s.facts.scripts.shell_scripts = {{"ci/report.sh", "bash", true, true, true, true, 0, {}}, {"ci/deploy.sh", "bash", false, false, false, false, 0, {}}};
  auto a = decide(s.facts, "ci-scripts");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("1 of 2 shell scripts"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("`ci/deploy.sh`"), std::string::npos);
}

TEST(CiGitlab, ExtensionlessScriptsCountWrappersDoNot) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "build:\n  script:\n    - ./ci/build --fast\n    - ./gradlew assemble\n"
        "    - echo ./ci/notes\n");
  t.add("ci/build", "#!/bin/sh\n", FileKind::executable);
  t.add("ci/notes", "text\n");
  t.add("gradlew", "#!/bin/sh\n", FileKind::executable);
  CiScan s(t);
  ASSERT_EQ(s.facts.ci.called_scripts.size(), 1u);
  EXPECT_EQ(s.facts.ci.called_scripts[0].path, "ci/build");
  EXPECT_EQ(s.facts.ci.called_scripts[0].at.line, 3);
}

// fmt's docs job runs `$GITHUB_WORKSPACE/support/mkdocs deploy dev`.
TEST(CiGitlab, ExtensionlessScriptsFromTheWorkspaceVariableCount) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "docs:\n  script:\n    - $CI_PROJECT_DIR/support/mkdocs deploy dev\n"
        "    - ${CI_PROJECT_DIR}/support/check\n    - $HOME/bin/tool\n");
  t.add("support/mkdocs", "#!/usr/bin/env python3\n", FileKind::executable);
  t.add("support/check", "#!/bin/sh\n", FileKind::executable);
  t.add("bin/tool", "#!/bin/sh\n", FileKind::executable);
  CiScan s(t);
  ASSERT_EQ(s.facts.ci.called_scripts.size(), 2u);
  EXPECT_EQ(s.facts.ci.called_scripts[0].path, "support/mkdocs");
  EXPECT_EQ(s.facts.ci.called_scripts[1].path, "support/check");
}

// ripgrep's `run: ci/test-complete`: a command with a slash runs by path,
// `./` or not (trial 15); a folder/file that is no file of the tree is not.
TEST(CiGitlab, ExtensionlessScriptsByRelativePathCount) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "test:\n  script:\n    - ci/test-complete\n    - zsh ci/other --all\n"
        "    - docs/missing run\n");
  t.add("ci/test-complete", "#!/usr/bin/env zsh\n", FileKind::executable);
  t.add("ci/other", "#!/usr/bin/env zsh\n", FileKind::executable);
  CiScan s(t);
  ASSERT_EQ(s.facts.ci.called_scripts.size(), 2u);
  EXPECT_EQ(s.facts.ci.called_scripts[0].path, "ci/test-complete");
  EXPECT_EQ(s.facts.ci.called_scripts[1].path, "ci/other");
}

TEST(CiGitlab, OnlyExceptAndYamlMergeKeys) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", R"(.base: &base
  script: [make test]
  retry: 1
test:
  <<: *base
  only: [merge_requests]
release:
  stage: deploy
  script: [make release]
  only: [tags]
)");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  const CiJob* test = job(p, "test");
  EXPECT_EQ(test->script, std::vector<std::string>{"make test"});
  EXPECT_TRUE(test->retry);
  EXPECT_TRUE(test->merge_request);
  EXPECT_TRUE(job(p, "release")->tag_only);
  EXPECT_EQ(p->stages, (std::vector<std::string>{"test", "deploy"}));
}

TEST(CiGitlab, IncludeCyclesAndDepthAreBounded) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "include: a.yml\njob0:\n  script: [echo 0]\n");
  t.add("a.yml", "include: b.yml\njob1:\n  script: [echo 1]\n");
  t.add("b.yml", "include: a.yml\njob2:\n  script: [echo 2]\n");
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->jobs.size(), 3u);
}

TEST(CiGitlab, ExtendsCycleIsBounded) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        ".a:\n  extends: .b\n.b:\n  extends: .a\njob:\n  extends: .a\n  script: x\n");
  CiScan s(t);
  ASSERT_NE(s.pipeline(".gitlab-ci.yml"), nullptr);
  EXPECT_EQ(job(s.pipeline(".gitlab-ci.yml"), "job")->script, std::vector<std::string>{"x"});
}

TEST(CiGitlab, MalformedYamlGivesOneDiagnosticAndScanGoesOn) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "stages: [build\njob:\n  script: [ : ]: x\n");
  t.add(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    steps:\n      - run: make\n");
  CiScan s(t);
  EXPECT_EQ(s.diags_for(".gitlab-ci.yml"), 1u);
  auto all = s.diags.all();
  ASSERT_FALSE(all.empty());
  EXPECT_NE(all[0].message.find("malformed YAML"), std::string::npos);
  EXPECT_EQ(s.pipeline(".gitlab-ci.yml"), nullptr);
  EXPECT_NE(s.pipeline(".github/workflows/ci.yml"), nullptr);
}

TEST(CiGitlab, FixtureConfigIsNotEvidence) {
  MemoryTree t;
  t.add("tests/fixtures/.gitlab-ci.yml", kGitlabCi);
  t.add("examples/sub/.gitlab-ci.yml", kGitlabCi);
  CiScan s(t);
  EXPECT_TRUE(s.facts.ci.pipelines.empty());
  EXPECT_TRUE(s.facts.commands.empty());
  EXPECT_EQ(decide(s.facts, "ci-on-push").status, Status::not_started);
}

TEST(CiGitlab, AliasFanOutIsBounded) {
  // Each level doubles the script; unbounded flattening would be 2^20 lines.
  std::string y = "a0: &a0 [echo x, echo y]\n";
  for (int i = 1; i <= 20; ++i)
    y += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) +
         ", *a" + std::to_string(i - 1) + "]\n";
  y += "job:\n  script: *a20\n";
  MemoryTree t;
  t.add(".gitlab-ci.yml", y);
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_LE(job(p, "job")->script.size(), 4000u);
}

TEST(CiGitlab, BinaryAndInvalidUtf8AreSurvived) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", std::string("job:\n  script: [\"echo \xff\xfe\"]\n"));
  t.add(".github/workflows/bin.yml", std::string("\0\1\2binary", 9));
  CiScan s(t);
  ASSERT_NE(s.pipeline(".gitlab-ci.yml"), nullptr);
  EXPECT_EQ(s.diags_for(".github/workflows/bin.yml"), 1u);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// libvirt's workflow admits pipeline sources through one regex rule.
TEST(CiGitlab, WorkflowSourceRegexAdmitsPush) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", R"(workflow:
  rules:
    - if: '$CI_PIPELINE_SOURCE == "push" && $CI_OPEN_MERGE_REQUESTS'
      when: never
    - if: '$CI_PIPELINE_SOURCE =~ /^(push|merge_request_event|api|web|schedule)$/'
      when: always
    - when: never
build:
  script: [make]
)");
  testing::CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->triggers.push);
  EXPECT_TRUE(p->triggers.branches.empty());
  EXPECT_TRUE(p->triggers.merge_request);
  EXPECT_TRUE(testing::job(p, "build")->merge_request);  // no rules of its own
  EXPECT_EQ(testing::decide(s.facts, "ci-on-push").status, Status::adopted);
  EXPECT_EQ(testing::decide(s.facts, "ci-on-mr").note,
            "Runs on merge/pull requests: `.gitlab-ci.yml` — stages test");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(CiGitlab, SpecHeaderDocumentIsSkipped) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "spec:\n  inputs:\n    env:\n      default: dev\n---\nstages: [build]\nbuild:\n"
        "  stage: build\n  script: [make]\n");
  testing::CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->jobs.size(), 1u);
  EXPECT_EQ(p->jobs[0].at.line, 7);
  EXPECT_EQ(s.facts.metrics.at("ci.jobs"), 1.0);
}

TEST(CiGitlab, JobsExtendingRemoteTemplatesHaveUnknownStage) {
  MemoryTree t;
  t.add(".gitlab-ci.yml",
        "include:\n  - project: gnome/citemplates\n    file: flatpak.yml\nflatpak:\n"
        "  extends: .flatpak\n");
  testing::CiScan s(t);
  const CiPipeline* p = s.pipeline(".gitlab-ci.yml");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(testing::job(p, "flatpak")->stage, "");
  EXPECT_TRUE(p->stages.empty());
  EXPECT_TRUE(s.facts.ci.unread_includes);
  auto a = testing::decide(s.facts, "ci-on-mr");
  EXPECT_EQ(a.note,
            "No CI job runs on merge/pull request events (remote GitLab includes not read)");
  const ActionRef* inc = testing::action(s.facts, "gnome/citemplates");
  ASSERT_NE(inc, nullptr);
  EXPECT_TRUE(inc->ref.empty());
}

}  // namespace
}  // namespace practrack
