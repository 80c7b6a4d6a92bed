// Regression (new-user trial 6): a `.pre-commit-config.yaml` that is a
// symlink was "configured" evidence (git-hooks: "pre-commit is configured
// in `.pre-commit-config.yaml` but no hook is committed") wherever it
// pointed, even out of the tree. practrack reads nothing through a
// symlink: in the tree or out of it, in the working tree or at a commit,
// it is reported the same way and counts for nothing.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "support/cli_run.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::practrack;
using test_support::TempRepo;

constexpr const char* kNote =
    "`.pre-commit-config.yaml` is a symlink: practrack reads no file through a symlink, inside "
    "the tree or out of it, so its hooks are not counted";

TEST(SymlinkedPrecommit, NeverCountsWhereverItPoints) {
  for (const char* target : {"ci/pre-commit.yaml", "../../outside/pre-commit.yaml"}) {
    MemoryTree t;
    t.add("ci/pre-commit.yaml",
          "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n"
          "    hooks:\n      - id: trailing-whitespace\n");
    t.add(".pre-commit-config.yaml", target, FileKind::symlink);
    auto hooks = assess(t, "git-hooks");
    EXPECT_EQ(hooks.status, Status::not_started) << target;
    EXPECT_EQ(hooks.note, kNote) << target;
    ASSERT_EQ(hooks.evidence.size(), 1u);
    EXPECT_EQ(hooks.evidence[0].path, ".pre-commit-config.yaml");
    EXPECT_EQ(assess(t, "whitespace-fixers").status, Status::not_started) << target;
  }
}

// The working tree and the commit say the same, with one warning naming
// the file.
TEST(SymlinkedPrecommit, WorkingTreeAndCommitAgree) {
  TempRepo repo;
  repo.write("ci/pre-commit.yaml",
             "repos:\n  - repo: local\n    hooks:\n      - id: t\n        name: t\n"
             "        entry: pytest\n        language: system\n");
  repo.sh("ln -s ci/pre-commit.yaml .pre-commit-config.yaml");
  repo.commit("symlinked hooks");
  for (const std::string rev : {"", " --rev HEAD"}) {
    auto r = practrack("scan " + repo.path() + rev + " --no-store --format json");
    EXPECT_NE(r.out.find("is a symlink: practrack reads no file through a symlink"),
              std::string::npos)
        << rev << r.out;
    EXPECT_NE(r.out.find(".pre-commit-config.yaml: a symlink: not followed"), std::string::npos)
        << rev << r.out;
    EXPECT_EQ(r.out.find("pre-commit is configured"), std::string::npos) << rev;
  }
}

}  // namespace
}  // namespace practrack
