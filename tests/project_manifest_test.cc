// Regressions (click, alertmanager, rustlings): manifests of examples,
// templates and the documentation site are not the project's package, and
// a package.json without a name publishes nothing.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

}  // namespace

// click: examples/aliases/pyproject.toml sorts before the root manifest.
TEST(ProjectManifest, SemverFromTheRootNotFromAnExample) {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"click\"\nversion = \"8.5.0.dev\"\n");
  t.add("examples/aliases/pyproject.toml",
        "[project]\nname = \"click-example-aliases\"\nversion = \"1.0.0\"\n");
  auto a = assess(t, "semver");
  EXPECT_EQ(a.note.find("examples/"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("`8.5.0.dev` in `pyproject.toml`"), std::string::npos) << a.note;
}

// alertmanager: its versioned manifests are an e-mail template's tooling
// and the private packages of its web UIs, none of them released.
TEST(ProjectManifest, TemplateAndPrivateManifestsAreNotTheProjectsVersion) {
  MemoryTree t;
  t.add("go.mod", "module github.com/prometheus/alertmanager\n\ngo 1.22\n");
  t.add("template/package.json", R"({"name": "template", "version": "0.0.1"})");
  t.add("ui/app/package.json", R"({"name": "elm-ui", "version": "0.0.1", "private": true})");
  auto a = assess(t, "semver");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_EQ(a.note, "No version in manifests and no semver tags");
}

// rustlings: website/package.json has dependencies and no name.
TEST(ProjectManifest, NamelessSitePackageIsNotPublishable) {
  MemoryTree t;
  t.add("Cargo.toml", "[package]\nname = \"rustlings\"\nversion = \"6.5.0\"\n");
  t.add("website/package.json", R"({"dependencies": {"@tailwindcss/cli": "^4"}})");
  auto a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_EQ(a.note, "`Cargo.toml` can build a package; nothing publishes it");

  MemoryTree nameless;
  nameless.add("package.json", R"({"devDependencies": {"eslint": "^9"}})");
  EXPECT_EQ(assess(nameless, "package-publishing").status, Status::not_applicable);
}

}  // namespace practrack
