// Regressions from tokio-rs/axum (new-user trial 7): a Cargo workspace
// released by release-plz, each crate with its own changelog.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree axum_like() {
  MemoryTree t;
  t.add("Cargo.toml", "[workspace]\nmembers = [\"axum\", \"axum-core\"]\n");
  t.add("axum/Cargo.toml", "[package]\nname = \"axum\"\nversion = \"0.8.4\"\n");
  t.add("axum-core/Cargo.toml", "[package]\nname = \"axum-core\"\nversion = \"0.5.2\"\n");
  t.add("axum/src/lib.rs", "pub fn f() {}\n");
  t.add("axum-core/src/lib.rs", "pub fn g() {}\n");
  return t;
}

MemoryTree with_release_plz(std::string_view command) {
  MemoryTree t = axum_like();
  t.add("release-plz.toml", "[workspace]\nchangelog_update = true\n");
  t.add(".github/workflows/release-plz.yml", std::string(R"(name: Release-plz
on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: release-plz/action@v0.5
        with:
          command: )") + std::string(command) + "\n");
  return t;
}

TEST(AxumReleasePlz, ActionIsReleaseAutomationPublishingAndNotes) {
  MemoryTree t = with_release_plz("release");
  for (auto id : {"release-notes", "package-publishing", "release-automation"}) {
    auto a = assess(t, id);
    EXPECT_EQ(a.status, Status::adopted) << id << ": " << a.note;
    EXPECT_TRUE(has(a.note, "release-plz")) << id << ": " << a.note;
  }
}

TEST(AxumReleasePlz, CommandLineAndOtherReleaseTools) {
  MemoryTree t = axum_like();
  t.add(".github/workflows/release.yml",
        "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: release-plz release --git-token x\n");
  EXPECT_EQ(assess(t, "package-publishing").status, Status::adopted);
  EXPECT_EQ(assess(t, "release-automation").status, Status::adopted);

  MemoryTree c = axum_like();
  c.add(".github/workflows/release.yml",
        "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: cargo release --execute --no-confirm\n");
  EXPECT_TRUE(has(assess(c, "package-publishing").note, "cargo-release"))
      << assess(c, "package-publishing").note;
  c.add(".github/workflows/release.yml",
        "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: cargo release --no-publish --execute\n");
  EXPECT_NE(assess(c, "package-publishing").status, Status::adopted);

  MemoryTree js;
  js.add("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}\n");
  js.add(".github/workflows/release.yml",
         "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n"
         "      - uses: changesets/action@v1\n        with:\n          publish: pnpm release\n");
  auto p = assess(js, "package-publishing");
  EXPECT_EQ(p.status, Status::adopted) << p.note;
  EXPECT_TRUE(has(p.note, "changesets")) << p.note;
  EXPECT_EQ(assess(js, "release-automation").status, Status::adopted);
}

// Regression (trial 8, pinia and bitnami/charts): no root changelog at
// all, one per package two folders down; a sample app's is not one.
TEST(PackageChangelogs, WithoutARootChangelogThePackagesOwnCount) {
  MemoryTree t;
  t.add("package.json", "{\"name\": \"root\", \"private\": true}\n");
  t.add("packages/pinia/CHANGELOG.md", "# Changelog\n\n## 3.0.3 (2025-06-01)\n\n- fix\n\n"
                                       "## 3.0.2 (2025-04-01)\n\n- fix\n");
  t.add("packages/testing/CHANGELOG.md", "# Changelog\n\n## 1.0.2 (2025-05-01)\n\n- x\n");
  t.add("examples/app/CHANGELOG.md", "# Changelog\n\n## 9.9.9 (2026-01-01)\n\n- demo\n");
  auto a = test_support::assess(t, "changelog");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "`packages/pinia/CHANGELOG.md` — newest entry 3.0.3")) << a.note;
  EXPECT_TRUE(has(a.note, "none at the root")) << a.note;
  MemoryTree none;
  none.add("package.json", "{\"name\": \"x\"}\n");
  none.add("examples/app/CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2026-01-01)\n\n- demo\n");
  EXPECT_EQ(test_support::assess(none, "changelog").status, Status::not_started);
  // libexpat keeps its project in expat/ and the changelog as `Changes`
  // (trial 15).
  MemoryTree expat;
  expat.add("expat/CMakeLists.txt", "project(expat VERSION 2.8.3)\n");
  expat.add("expat/Changes", "Release 2.8.3 Sun August 10 2026\n  Bug fixes:\n    #1 x\n\n"
                             "Release 2.8.2 Wed June 25 2026\n  Bug fixes:\n    #2 y\n");
  auto e = test_support::assess(expat, "changelog");
  EXPECT_EQ(e.status, Status::adopted) << e.note;
  EXPECT_TRUE(has(e.note, "`expat/Changes` — newest entry 2.8.3")) << e.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(AxumChangelog, RootPointerGivesWayToPerCrateChangelogs) {
  MemoryTree t = axum_like();
  t.add("CHANGELOG.md",
        "axum's changelog has moved and now lives "
        "[here](https://github.com/tokio-rs/axum/blob/main/axum/CHANGELOG.md).\n");
  t.add("axum/CHANGELOG.md", "# Changelog\n\n# Unreleased\n\n- fix\n\n# 0.8.4\n\n- added x\n");
  t.add("axum-core/CHANGELOG.md", "# Changelog\n\n# Unreleased\n\n# 0.5.6\n\n- y\n");
  auto a = test_support::assess(t, "changelog");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "`axum/CHANGELOG.md` — newest entry 0.8.4")) << a.note;
  EXPECT_TRUE(has(a.note, "the root `CHANGELOG.md` has no entries")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "axum/CHANGELOG.md");
}

}  // namespace
}  // namespace practrack
