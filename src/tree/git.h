// Thin RAII over libgit2: opening a repository and resolving revisions.
// Probes that need history (git metadata) use GitRepo directly; file
// content always goes through a Tree.
#pragma once

#include <git2.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "util/result.h"

namespace practrack {

struct GitDeleter {
  void operator()(git_repository* p) const { git_repository_free(p); }
  void operator()(git_commit* p) const { git_commit_free(p); }
  void operator()(git_tree* p) const { git_tree_free(p); }
  void operator()(git_blob* p) const { git_blob_free(p); }
  void operator()(git_object* p) const { git_object_free(p); }
  void operator()(git_revwalk* p) const { git_revwalk_free(p); }
  void operator()(git_reference* p) const { git_reference_free(p); }
  void operator()(git_index* p) const { git_index_free(p); }
  void operator()(git_status_list* p) const { git_status_list_free(p); }
  void operator()(git_remote* p) const { git_remote_free(p); }
  void operator()(git_config* p) const { git_config_free(p); }
  void operator()(git_diff* p) const { git_diff_free(p); }
};
template <typename T>
using GitPtr = std::unique_ptr<T, GitDeleter>;

// The last libgit2 error as text.
std::string git_error_text();
// Hex of an object id.
std::string oid_hex(const git_oid& oid);

class GitRepo {
 public:
  // Opens the repository containing `path` (a work tree or a bare repo).
  static Result<std::shared_ptr<GitRepo>> open(const std::string& path);

  git_repository* get() const { return repo_.get(); }
  // The work tree root with a trailing '/' removed; empty for a bare repo.
  const std::string& workdir() const { return workdir_; }
  const std::string& gitdir() const { return gitdir_; }
  // Resolves "HEAD", a branch, tag, or hex prefix to a commit id.
  Result<git_oid> resolve_commit(const std::string& rev) const;
  // HEAD's commit id, or an error for an empty repository.
  Result<git_oid> head() const;

  struct Remote {
    std::string name;
    std::string url;  // as configured, credentials included
  };
  // The configured remotes (at most 50), read once per GitRepo: they do not
  // change between the commits of a history, and libgit2 leaks a little
  // regex memory each time it lists them (~70 KB a call).
  const std::vector<Remote>& remotes() const;

 private:
  GitPtr<git_repository> repo_;
  std::string workdir_;
  std::string gitdir_;
  mutable std::once_flag remotes_once_;
  mutable std::vector<Remote> remotes_;
};

}  // namespace practrack
