// The documentation site's own tooling (`docs/package.json` with its
// linter and test runner, as in Go and Python projects with a JS docs
// site) does not decide how the project's code is linted or tested.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree go_project_with_docs_site() {
  MemoryTree t;
  t.add("go.mod", "module example.com/tool\n\ngo 1.22\n");
  t.add("main.go", "package main\n\nfunc main() {}\n");
  t.add("docs/package.json", R"({
  "name": "tool-docs",
  "private": true,
  "scripts": {"lint": "eslint .", "format": "prettier --write ."},
  "devDependencies": {"eslint": "^9.0.0", "prettier": "^3.0.0", "c8": "^9.0.0"}
})");
  t.add("docs/.eslintrc.json", R"({"extends": "eslint:recommended"})");
  return t;
}

TEST(DocsSiteTooling, DocsSiteLinterIsNotTheProjectsLinter) {
  auto a = assess(go_project_with_docs_site(), "linting");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_EQ(assess(go_project_with_docs_site(), "coverage-measurement").status,
            Status::not_started);
}

TEST(DocsSiteTooling, RootManifestStillCounts) {
  MemoryTree t = go_project_with_docs_site();
  t.add(".golangci.yml", "linters:\n  enable:\n    - errcheck\n");
  auto a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_NE(a.note.find("golangci-lint"), std::string::npos) << a.note;
  EXPECT_EQ(a.note.find("eslint"), std::string::npos) << a.note;
}

}  // namespace
}  // namespace practrack
