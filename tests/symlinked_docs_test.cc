// Regression (trial 9): `LICENSE -> docs/LICENSE` and a workflow linked to
// another file of the tree were dropped without a word (license: "No
// LICENSE file", no CI). Links are still not followed, in the tree or out
// of it, but each is named in a warning that says why it was not read.
#include <gtest/gtest.h>

#include <string>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

std::string warning_for(const Report& r, std::string_view path) {
  for (const auto& d : r.diagnostics)
    if (d.path == path) return d.message;
  return "";
}

TEST(SymlinkedDocs, LinkedLicenseAndWorkflowAreNamed) {
  MemoryTree t;
  t.add("docs/LICENSE", "MIT License\n\nPermission is hereby granted, free of charge\n");
  t.add("LICENSE", "docs/LICENSE", FileKind::symlink);
  t.add("README.md", "../outside/README.md", FileKind::symlink);
  t.add("ci/ci.yml", "on: push\njobs:\n  t:\n    steps:\n      - run: make test\n");
  t.add(".github/workflows/ci.yml", "../../ci/ci.yml", FileKind::symlink);
  Report r = test_support::scan_memory(t);
  EXPECT_TRUE(text::contains(warning_for(r, "LICENSE"), "not read as the license"))
      << warning_for(r, "LICENSE");
  EXPECT_TRUE(text::contains(warning_for(r, "README.md"), "not read as the readme"));
  EXPECT_TRUE(text::contains(warning_for(r, ".github/workflows/ci.yml"), "its jobs are not read"))
      << warning_for(r, ".github/workflows/ci.yml");
  // Not followed, even inside the tree.
  EXPECT_EQ(r.find("ci-on-push")->status, Status::not_started);
  // The link's target is a file of its own, and not warned about.
  EXPECT_EQ(warning_for(r, "docs/LICENSE"), "");
}

// Trial 10: "not read as the contributing" named no thing.
TEST(SymlinkedDocs, LinkedContributingGuideIsNamedAsAGuide) {
  MemoryTree t;
  t.add("CONTRIBUTING.md", "docs/CONTRIBUTING.md", FileKind::symlink);
  t.add("docs/CONTRIBUTING.md", "# Contributing\n\nOpen a pull request.\n");
  Report r = test_support::scan_memory(t);
  EXPECT_TRUE(text::contains(warning_for(r, "CONTRIBUTING.md"), "not read as the contributing guide;"))
      << warning_for(r, "CONTRIBUTING.md");
}

// Trial 10: "~1 test functions".
TEST(SuiteNote, OneTestIsSingular) {
  MemoryTree t;
  t.add("tests/test_app.py", "def test_one():\n    assert True\n");
  t.add("app.py", "def main():\n    return 1\n");
  Report r = test_support::scan_memory(t);
  const auto* unit = r.find("unit-tests");
  ASSERT_NE(unit, nullptr);
  EXPECT_TRUE(text::contains(unit->note, "1 test function ")) << unit->note;
  EXPECT_FALSE(text::contains(unit->note, "test functions")) << unit->note;
}

}  // namespace
}  // namespace practrack
