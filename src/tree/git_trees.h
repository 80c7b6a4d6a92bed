// The two Tree sources backed by git.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tree/git.h"
#include "tree/tree.h"

namespace practrack {

// A commit's tree, read straight from the object store: no checkout.
Result<std::unique_ptr<Tree>> open_commit_tree(std::shared_ptr<GitRepo> repo,
                                               const git_oid& commit);

// Moves a tree made by open_commit_tree to the commit `to` in place, when
// `to`'s tree has the same paths and kinds and only blob ids differ (a
// history's next commit, most often): the indices of the files whose blob
// changed. Otherwise nullopt, and the tree is left as it was. In place, so
// whatever points at its entries stays valid.
std::optional<std::vector<std::size_t>> advance_commit_tree(Tree& tree, const git_oid& to);

// The working directory: files git tracks (less those deleted) plus
// untracked files that .gitignore does not exclude. Never `.git`, never
// anything reached through a symlink.
Result<std::unique_ptr<Tree>> open_work_tree(std::shared_ptr<GitRepo> repo);

}  // namespace practrack
