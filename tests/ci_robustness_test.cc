// Hostile and ill-typed CI configs: every probe survives them, and the
// scan reports at most one diagnostic per file.
#include <gtest/gtest.h>

#include "ci_test_support.h"

namespace practrack {
namespace {

constexpr const char* kPaths[] = {
    ".gitlab-ci.yml",      ".github/workflows/ci.yml", "Jenkinsfile", ".circleci/config.yml",
    "azure-pipelines.yml", "bitbucket-pipelines.yml",  ".travis.yml", ".drone.yml",
    ".woodpecker.yml",     ".buildkite/pipeline.yml",
};

// Right syntax, wrong shapes: sequences where maps belong and the reverse.
constexpr const char* kBodies[] = {
    "jobs: [a, b]\non: [1, 2]\nsteps: {a: 1}\n",
    "jobs:\n  a: [1, 2]\n  b: 3\nworkflows: [x]\norbs: [y]\n",
    "pipelines: [a]\nstages: {a: 1}\nsteps: 7\ninclude: {local: 5}\n",
    "a:\n  script: {x: y}\n  rules: {if: x}\n  extends: [[1]]\n  trigger: [1]\n",
    "on:\n  push: [a]\n  schedule: {cron: 1}\njobs:\n  j:\n    steps: [[1], {run: [a, [b]]}]\n",
    "- a\n- b\n",
    "42\n",
    "",
    "~\n",
    "when: [1, [2]]\nsteps:\n  - [1]\n  - name: x\n    when: 5\n",
    "stages:\n  - stage: x\n    jobs: [1, {steps: 2}]\ntrigger: {branches: 3}\npr: [1]\n",
    "steps:\n  - group: x\n    steps: 3\n  - plugins: [1, {a: 2}]\n",
    "include: [1, {project: [x]}, {remote: {a: b}}]\ndefault: [1]\nworkflow: {rules: 2}\n",
    "x: !reference [a]\ny:\n  script: !reference [.nope, script]\n",
    "<<: [1, 2]\njob:\n  <<: 3\n  script: a\n",
    "jobs:\n  include:\n    - name: x\n      deploy: [1]\n",
};

TEST(CiRobustness, IllTypedConfigsNeverThrow) {
  for (const char* path : kPaths)
    for (const char* body : kBodies) {
      MemoryTree t;
      t.add(path, body);
      EXPECT_NO_THROW({
        testing::CiScan s(t);
        EXPECT_LE(s.diags_for(path), 1u) << path << "\n" << body;
        // The walkers themselves cope; the last-resort guard stays unused.
        for (const auto& d : s.diags.all())
          EXPECT_EQ(d.message.find("unexpected CI config structure"), std::string::npos)
              << path << "\n" << body << "\n" << d.message;
        for (const auto& rule : {"ci-on-push", "automated-deploy", "pinned-actions"})
          (void)testing::decide(s.facts, rule);
      }) << path
         << "\n"
         << body;
    }
}

TEST(CiRobustness, DeepNestingIsRefused) {
  std::string deep(500, '[');
  deep += std::string(500, ']');
  for (const char* path : kPaths) {
    MemoryTree t;
    t.add(path, "a: " + deep + "\n");
    testing::CiScan s(t);
    EXPECT_LE(s.diags_for(path), 1u) << path;
  }
}

TEST(CiRobustness, DeepBlockNestingIsRefusedWithAClearMessage) {
  std::string deep = "on: push\njobs:\n";
  for (int i = 0; i < 300; ++i) deep += std::string(static_cast<std::size_t>(i + 1), ' ') + "k:\n";
  std::string items = "steps:\n";
  for (int i = 0; i < 300; ++i) items += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- \n";
  for (const std::string& text : {deep, items}) {
    MemoryTree t;
    t.add(".github/workflows/ci.yml", text);
    testing::CiScan s(t);
    ASSERT_EQ(s.diags.all().size(), 1u);
    EXPECT_NE(s.diags.all()[0].message.find("nested more than 200 levels"), std::string::npos)
        << s.diags.all()[0].message;
  }
  // Ordinary depth still parses.
  MemoryTree ok;
  ok.add(".github/workflows/ci.yml",
         "on: push\njobs:\n  t:\n    steps:\n      - run: make test\n        env:\n          A: b\n");
  testing::CiScan s(ok);
  EXPECT_TRUE(s.diags.all().empty());
}

// Trial 12: a 20,000-job workflow became "2000 jobs" with no word why.
TEST(CiRobustness, JobsPastTheBoundAreSaidToBeCut) {
  std::string github = "on: push\njobs:\n", gitlab;
  for (int i = 0; i < 2100; ++i) {
    github += "  j" + std::to_string(i) + ":\n    runs-on: x\n    steps:\n      - run: make\n";
    gitlab += "j" + std::to_string(i) + ":\n  script: [make]\n";
  }
  MemoryTree t;
  t.add(".github/workflows/ci.yml", github);
  t.add(".gitlab-ci.yml", gitlab);
  testing::CiScan s(t);
  ASSERT_EQ(s.facts.ci.pipelines.size(), 2u);
  for (const auto& p : s.facts.ci.pipelines) EXPECT_EQ(p.jobs.size(), 2000u) << p.path;
  for (const char* path : {".github/workflows/ci.yml", ".gitlab-ci.yml"}) {
    ASSERT_EQ(s.diags_for(path), 1u) << path;
    bool said = false;
    for (const auto& d : s.diags.all())
      said = said || (d.path == path && d.message == "only the first 2000 of 2100 jobs are read");
    EXPECT_TRUE(said) << path;
  }
}

TEST(CiRobustness, SymlinkedConfigIsNotFollowed) {
  MemoryTree t;
  t.add(".gitlab-ci.yml", "secret/.gitlab-ci.yml", FileKind::symlink);
  testing::CiScan s(t);
  EXPECT_TRUE(s.facts.ci.pipelines.empty());
  EXPECT_EQ(s.diags_for(".gitlab-ci.yml"), 1u);
}

}  // namespace
}  // namespace practrack
