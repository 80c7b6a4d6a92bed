// Regressions from trpc/trpc (new-user trial 7): a pnpm/lerna monorepo
// that publishes with `pnpm lerna publish` (a canary dist-tag on every
// push), keeps sample apps under examples/, and measures coverage with
// `pnpm test --coverage` (vitest).
#include <gtest/gtest.h>

#include <set>

#include "probes/tool/tool_resolver.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// practice/tool pairs the real table finds in one CI command line.
std::set<std::string> found(const std::string& line) {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  facts.commands.push_back(
      Command{Origin::ci, "github-actions", "job", line, {".github/workflows/x.yml", 1, ""}});
  ScanContext ctx(tree, diags);
  default_tool_matcher().resolve(ctx, facts);
  std::set<std::string> out;
  for (const auto& t : facts.tools) out.insert(t.practice + "/" + t.tool);
  return out;
}

constexpr const char* kRelease = R"(on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      dist_tag:
        type: choice
        options: [latest, canary]
jobs:
  publish:
    if: github.event_name == 'workflow_dispatch' && inputs.dist_tag == 'latest'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pnpm lerna publish ${{ inputs.version_bump }} --force-publish --dist-tag ${{ inputs.dist_tag }} --yes
  publish-canary:
    if: github.event_name == 'push' || inputs.dist_tag == 'canary'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pnpm lerna publish --force-publish --canary --preid canary --dist-tag canary --yes
)";

MemoryTree trpc_like() {
  MemoryTree t;
  t.add("package.json",
        R"({"name": "@trpc/root", "private": true, "scripts": {"test": "vitest"},
 "devDependencies": {"lerna": "^9.0.0", "vitest": "^3.0.0", "@vitest/coverage-v8": "^3.0.0"}})");
  t.add("pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n  - 'examples/*'\n");
  t.add("lerna.json", "{\"version\": \"11.18.0\", \"npmClient\": \"pnpm\"}\n");
  t.add("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
  t.add("packages/client/package.json", R"({"name": "@trpc/client", "version": "11.18.0"})");
  t.add("packages/server/package.json", R"({"name": "@trpc/server", "version": "11.18.0"})");
  t.add(".github/workflows/release-manual.yml", kRelease);
  return t;
}

TEST(TrpcPublish, LernaPublishIsPackagePublishing) {
  auto a = assess(trpc_like(), "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "lerna publish")) << a.note;
  for (const char* line : {"lerna publish from-package --yes", "pnpm publish -r --no-git-checks",
                           "pnpm -r publish --access public", "npx changeset publish"})
    EXPECT_FALSE(found(line).empty()) << line;
  EXPECT_TRUE(found("pnpm -r publish").count("package-publishing/npm publish"));
  EXPECT_TRUE(found("pnpm lerna publish --canary").count("package-publishing/lerna publish"));
}

TEST(TrpcPublish, CanaryDistTagIsNoProgressiveDelivery) {
  auto a = assess(trpc_like(), "progressive-delivery");
  EXPECT_NE(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(has(a.note, "publish-canary")) << a.note;

  // A job that deploys a canary still counts.
  MemoryTree t = trpc_like();
  t.add(".github/workflows/deploy.yml",
        "on:\n  push:\n    branches: [main]\njobs:\n  deploy-canary:\n"
        "    runs-on: ubuntu-latest\n    environment: production\n    steps:\n"
        "      - run: kubectl apply -f k8s/canary.yaml\n");
  EXPECT_EQ(assess(t, "progressive-delivery").status, Status::adopted);

  // `npm publish --tag next` in a job named canary is a dist-tag as well.
  MemoryTree n;
  n.add("package.json", R"({"name": "lib", "version": "1.0.0"})");
  n.add(".github/workflows/canary.yml",
        "on: push\njobs:\n  canary:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: npm publish --tag next\n");
  EXPECT_NE(assess(n, "progressive-delivery").status, Status::adopted);
}

TEST(TrpcMonorepo, WorkspaceConfigIsTheEvidenceNotAPublishCommand) {
  auto a = assess(trpc_like(), "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_TRUE(a.evidence[0].path == "pnpm-workspace.yaml" || a.evidence[0].path == "lerna.json")
      << a.evidence[0].path;
  EXPECT_FALSE(has(a.note, "release-manual.yml")) << a.note;
}

TEST(TrpcExamples, SampleAppsAreNoContainerOrEnvEvidence) {
  MemoryTree t = trpc_like();
  t.add("examples/next-prisma-websockets-starter/docker-compose.yaml",
        "services:\n  postgres:\n    image: postgres:13\n");
  t.add("examples/next-sse-chat/.env.example", "DATABASE_URL=postgres://localhost/db\n");
  t.add("example/app/Dockerfile", "FROM node\nCOPY . .\n");
  t.add("demos/x/compose.yml", "services:\n  db:\n    image: redis\n");
  for (const char* id : {"compose", "image-pinning", "env-file", "container-health-checks",
                         "resource-limits", "multi-stage-builds"}) {
    auto a = assess(t, id);
    EXPECT_NE(a.status, Status::adopted) << id << ": " << a.note;
    for (const auto& e : a.evidence) EXPECT_FALSE(has(e.path, "xample")) << id << ": " << e.path;
    EXPECT_FALSE(has(a.note, "examples/")) << id << ": " << a.note;
  }
  // The project's own compose file still counts.
  t.add("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
  EXPECT_EQ(assess(t, "compose").status, Status::adopted);
}

TEST(TrpcCoverage, TestScriptCoverageIsNotGcov) {
  MemoryTree t = trpc_like();
  t.add(".github/workflows/main.yml",
        "on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: MUTE_REACT_ACT_WARNINGS=1 pnpm test --coverage\n");
  auto a = assess(t, "coverage-measurement");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(has(a.note, "gcov")) << a.note;
  EXPECT_TRUE(has(a.note, "npm test --coverage (CI job test)")) << a.note;
  // gcc's --coverage still is gcov.
  EXPECT_TRUE(found("gcc --coverage -O0 -o t t.c").count("coverage-measurement/gcov/gcovr/lcov"));
  EXPECT_TRUE(
      found("./configure CFLAGS='-O0 --coverage'").count("coverage-measurement/gcov/gcovr/lcov"));
  EXPECT_FALSE(found("pnpm test --coverage").count("coverage-measurement/gcov/gcovr/lcov"));
  // Deno writes lcov's format; it is not lcov (oak, trial 11).
  auto deno = found("deno coverage --lcov --output=cov.lcov ./cov");
  EXPECT_FALSE(deno.count("coverage-measurement/gcov/gcovr/lcov"));
  EXPECT_TRUE(deno.count("coverage-measurement/deno coverage"));
  EXPECT_TRUE(found("lcov --capture -d . -o cov.info").count("coverage-measurement/gcov/gcovr/lcov"));
}

TEST(TrpcPinning, NoteNamesTheFirstUnpinnedDependency) {
  MemoryTree t;
  t.add("requirements.txt", "flask==3.0.0\nrequests>=2\nclick\n");
  auto a = assess(t, "dependency-pinning");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(has(a.note, "first unpinned: `requests >=2` (`requirements.txt:2`)")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 2);
}

}  // namespace
}  // namespace practrack
