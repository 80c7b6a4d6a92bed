// The two Tree sources backed by git.
#pragma once

#include <memory>
#include <string>

#include "tree/git.h"
#include "tree/tree.h"

namespace practrack {

// A commit's tree, read straight from the object store: no checkout.
Result<std::unique_ptr<Tree>> open_commit_tree(std::shared_ptr<GitRepo> repo,
                                               const git_oid& commit);

// The working directory: files git tracks (less those deleted) plus
// untracked files that .gitignore does not exclude. Never `.git`, never
// anything reached through a symlink.
Result<std::unique_ptr<Tree>> open_work_tree(std::shared_ptr<GitRepo> repo);

}  // namespace practrack
