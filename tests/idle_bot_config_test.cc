// A dependency bot's config that asks for nothing updates nothing
// (trial 12): dependabot.yml with no update entry, renovate.json with
// `"enabled": false`. A key switched off inside packageRules leaves the
// bot running for everything else.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(IdleBotConfig, DependabotWithoutUpdatesIsNotStartedAndSaysWhy) {
  for (const char* body : {"hello: world\n", "version: 2\nupdates: []\n", "version: 2\n"}) {
    MemoryTree t;
    t.add(".github/dependabot.yml", body);
    Assessment a = assess(t, "dependency-updates");
    EXPECT_EQ(a.status, Status::not_started) << body << a.note;
    EXPECT_TRUE(text::contains(a.note, "`.github/dependabot.yml` updates nothing")) << a.note;
  }
}

// Trial 13: a limit of 0 pull requests turns version updates off; the
// ecosystems still count for security updates.
TEST(IdleBotConfig, DependabotLimitedToZeroPullRequestsUpdatesNothing) {
  MemoryTree t;
  t.add(".github/dependabot.yml",
        "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n"
        "    schedule: {interval: weekly}\n    open-pull-requests-limit: 0\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "open-pull-requests-limit: 0")) << a.note;
  MemoryTree one_open;
  one_open.add(".github/dependabot.yml",
               "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n"
               "    schedule: {interval: weekly}\n    open-pull-requests-limit: 0\n"
               "  - package-ecosystem: github-actions\n    directory: /\n"
               "    schedule: {interval: weekly}\n");
  EXPECT_EQ(assess(one_open, "dependency-updates").status, Status::adopted);
}

TEST(IdleBotConfig, RenovateSwitchedOffIsNotStarted) {
  MemoryTree t;
  t.add("renovate.json", "{\n  \"extends\": [\"config:recommended\"],\n  \"enabled\": false\n}\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "\"enabled\": false")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 3);
}

// Trial 13: the JSON5 files were still "Renovate (configured)".
TEST(IdleBotConfig, RenovateJson5SwitchedOffIsNotStarted) {
  MemoryTree t;
  t.add(".github/renovate.json5",
        "{\n  // no updates for now\n  extends: ['config:recommended'],\n  enabled: false,\n"
        "  packageRules: [{matchPackageNames: ['x'], enabled: true}],\n}\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  MemoryTree on;
  on.add("renovate.json5", "{\n  extends: ['config:recommended'],\n  packageRules: [\n"
                           "    {matchPackageNames: ['x'], enabled: false},\n  ],\n}\n");
  EXPECT_EQ(assess(on, "dependency-updates").status, Status::adopted);
}

// Renovate's config may live in package.json; switched off there, the
// package's scripts and dependencies still count for everything else.
TEST(IdleBotConfig, RenovateSwitchedOffInPackageJsonIsNotStarted) {
  MemoryTree t;
  t.add("package.json",
        "{\n  \"name\": \"app\",\n  \"scripts\": {\"test\": \"jest\"},\n"
        "  \"renovate\": {\n    \"enabled\": false\n  }\n}\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "`package.json` updates nothing")) << a.note;
  MemoryTree on;
  on.add("package.json",
         "{\n  \"name\": \"app\",\n  \"renovate\": {\"extends\": [\"config:base\"]}\n}\n");
  EXPECT_EQ(assess(on, "dependency-updates").status, Status::adopted);
}

TEST(IdleBotConfig, RenovateWithOnePackageSwitchedOffStillRuns) {
  MemoryTree t;
  t.add("renovate.json",
        "{\n  \"extends\": [\"config:recommended\"],\n  \"packageRules\": [\n"
        "    {\"matchPackageNames\": [\"left-pad\"], \"enabled\": false}\n  ]\n}\n");
  EXPECT_EQ(assess(t, "dependency-updates").status, Status::adopted);
}

TEST(IdleBotConfig, AnIdleDependabotBesideAWorkingRenovateKeepsRenovate) {
  MemoryTree t;
  t.add(".github/dependabot.yml", "version: 2\nupdates: []\n");
  t.add("renovate.json", "{\"extends\": [\"config:recommended\"]}\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Renovate")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "Dependabot")) << a.note;
}

}  // namespace
}  // namespace practrack
