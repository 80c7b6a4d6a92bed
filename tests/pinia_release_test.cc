// Regressions found by trial 9 on vuejs/pinia; each test says what was
// wrong.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(name: test
on:
  push:
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pnpm install --frozen-lockfile
      - run: pnpm run build
      - run: pnpm run test:vitest --coverage
      - uses: codecov/codecov-action@v4
)";

constexpr const char* kReleaseTag = R"(on:
  push:
    tags:
      - 'pinia@*'
name: Create Release
jobs:
  build:
    name: Create Release
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@master
      - name: Create Release for Tag
        uses: yyx990803/release-tag@master
        with:
          tag_name: ${{ github.ref }}
)";

constexpr const char* kPreview = R"(name: Publish Any Commit
on:
  pull_request:
  push:
    branches:
      - '**'
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pnpm install
      - run: pnpm build
      - name: Release
        run: pnpm dlx pkg-pr-new publish --compact --pnpm './packages/*'
)";

MemoryTree pinia_like() {
  MemoryTree t;
  t.add("package.json",
        R"({"name": "@pinia/root", "private": true, "scripts": {"build": "pnpm run -r build"}})");
  t.add("pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n");
  t.add("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
  t.add("rollup.config.mjs", "export default {}\n");
  t.add("codecov.yml",
        "coverage:\n  status:\n    patch: off\n    project:\n      default:\n        threshold: 2%\n");
  t.add("packages/nuxt/package.json", R"({"name": "@pinia/nuxt", "version": "0.5.5"})");
  t.add("packages/pinia/package.json",
        R"({"name": "pinia", "version": "2.2.4", "scripts": )"
        R"({"build": "rimraf dist && rollup -c ../../rollup.config.mjs --environment TARGET:pinia"}})");
  t.add("packages/size-check/package.json",
        R"({"name": "@pinia/size-check", "private": true, "version": "0.0.0", )"
        R"("scripts": {"build:size": "rollup -c rollup.config.mjs"}})");
  t.add(".github/workflows/ci.yml", kCi);
  t.add(".github/workflows/release-tag.yml", kReleaseTag);
  t.add(".github/workflows/pkg.pr.new.yml", kPreview);
  return t;
}

// yyx990803/release-tag makes the GitHub release of each pushed tag.
TEST(PiniaRelease, ReleaseTagActionIsReleaseAutomation) {
  Assessment a = assess(pinia_like(), "release-automation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "create-release")) << a.note;
}

// pkg.pr.new publishes a preview of every commit: weighed, as a preview.
TEST(PiniaRelease, PreviewPublisherAloneIsPartialPublishing) {
  MemoryTree t = pinia_like();
  Assessment a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "pkg.pr.new")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "preview builds only")) << a.note;
  // A real publish beside it adopts.
  t.add(".github/workflows/publish.yml",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: pnpm publish -r\n");
  EXPECT_EQ(assess(t, "package-publishing").status, Status::adopted);
}

// `coverage.status.project.default.threshold` fails a drop in coverage.
TEST(PiniaRelease, CodecovThresholdIsACoverageGate) {
  MemoryTree t = pinia_like();
  Assessment a = assess(t, "coverage-gate");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Codecov status checks")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "job job")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "codecov.yml");
  EXPECT_EQ(a.evidence.front().line, 6);
  // Every status check off: no gate.
  t.add("codecov.yml", "coverage:\n  status:\n    patch: off\n    project: off\n");
  EXPECT_NE(assess(t, "coverage-gate").status, Status::adopted);
}

// `rollup -c rollup.config.mjs` reads a config; it runs no CI script.
TEST(PiniaRelease, RollupConfigIsNoCiScript) {
  Assessment a = assess(pinia_like(), "ci-scripts");
  EXPECT_FALSE(text::contains(a.note, "rollup.config.mjs")) << a.note;
  for (const auto& e : a.evidence) EXPECT_NE(e.path, "rollup.config.mjs");
}

// The note read "pnpm workspaces workspace".
TEST(PiniaRelease, WorkspaceNoteSaysWorkspacesOnce) {
  Assessment a = assess(pinia_like(), "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::starts_with(a.note, "pnpm workspaces (`pnpm-workspace.yaml`)")) << a.note;
}

// semver cited packages/nuxt, first by path, not pinia, which the tags name.
TEST(PiniaRelease, SemverNamesThePackageTheTagsName) {
  RepoFacts f;
  auto manifest = [](std::string path, std::string name, std::string version) {
    Manifest m;
    m.ecosystem = "npm";
    m.path = path;
    m.name = std::move(name);
    m.version = std::move(version);
    m.at = Evidence{std::move(path), 0, ""};
    return m;
  };
  f.manifests.manifests = {manifest("packages/nuxt/package.json", "@pinia/nuxt", "0.5.5"),
                           manifest("packages/pinia/package.json", "pinia", "2.2.4")};
  Tag tag;
  tag.name = "pinia@2.2.4";
  tag.semver = tag.release = true;
  f.git.tags = {tag};
  Assessment a = test_support::decide_rule("semver", f);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::starts_with(a.note, "`2.2.4` in `packages/pinia/package.json`")) << a.note;
  // The newest tag names the other package: that one is cited.
  tag.name = "@pinia/nuxt@0.5.5";
  f.git.tags = {tag};
  a = test_support::decide_rule("semver", f);
  EXPECT_TRUE(text::starts_with(a.note, "`0.5.5` in `packages/nuxt/package.json`")) << a.note;
  // No tag: the remote's name says.
  f.git.tags.clear();
  f.git.remotes = {Remote{"origin", "https://github.com/vuejs/pinia.git", "github.com"}};
  a = test_support::decide_rule("semver", f);
  EXPECT_TRUE(text::contains(a.note, "packages/pinia/package.json")) << a.note;
}

}  // namespace
}  // namespace practrack
