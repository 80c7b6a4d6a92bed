// The two Tree sources backed by git.
#pragma once

#include <cstddef>
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

// What moving a commit tree to another commit did.
struct TreeStep {
  // The files whose blob changed or that are new, by index in the tree
  // as it is now, in order.
  std::vector<std::size_t> changed;
  // Set when paths were added or removed (or changed kind): for each file
  // now, its index before the step, or -1 for a new one. The entries then
  // moved; otherwise they stayed where they were.
  std::optional<std::vector<std::ptrdiff_t>> before;
  // With `before`: the files that are no more, as they were.
  std::vector<FileEntry> removed;
};

// Moves a tree made by open_commit_tree to the commit `to` (a history's
// next commit), walking only the subtrees that differ. nullopt when a tree
// cannot be read or `tree` is of another kind; the tree is then as it was.
std::optional<TreeStep> advance_commit_tree(Tree& tree, const git_oid& to);

// The working directory: files git tracks (less those deleted) plus
// untracked files that .gitignore does not exclude. Never `.git`, never
// anything reached through a symlink.
Result<std::unique_ptr<Tree>> open_work_tree(std::shared_ptr<GitRepo> repo);

}  // namespace practrack
