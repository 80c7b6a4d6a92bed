#include "tree/git.h"

#include <climits>
#include <cstdlib>

namespace practrack {
namespace {

// libgit2 keeps global state; initialise it once for the process.
struct GitLibrary {
  GitLibrary() {
    git_libgit2_init();
    // Re-hashing every blob read doubles the cost of a --rev or history
    // scan; practrack only reads, and git itself does not verify either.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    // libgit2 would keep up to 256 MiB of parsed objects and map up to
    // 8 GiB of pack files; a history walk touches every tree, so bound
    // both to keep memory flat over thousands of commits.
    git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, static_cast<ssize_t>(32) << 20);
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, static_cast<std::size_t>(256) << 20);
  }
  ~GitLibrary() { git_libgit2_shutdown(); }
};

void ensure_git_library() { static GitLibrary library; }

std::string strip_slash(const char* p) {
  std::string s = p ? p : "";
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

std::string git_error_text() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

std::string oid_hex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

Result<std::shared_ptr<GitRepo>> GitRepo::open(const std::string& path) {
  ensure_git_library();
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, path.c_str(), 0, nullptr) != 0)
    return Error{path + ": not a git repository (" + git_error_text() + ")"};
  auto repo = std::make_shared<GitRepo>();
  repo->repo_.reset(raw);
  repo->workdir_ = strip_slash(git_repository_workdir(raw));
  repo->gitdir_ = strip_slash(git_repository_path(raw));
  // A bare repository whose `config` file is missing (as mirrors are laid
  // out) looks to libgit2 like a work tree rooted at its parent folder:
  // when the path given is the git directory itself, there is no work tree.
  char* real = realpath(path.c_str(), nullptr);
  if (real) {
    if (strip_slash(real) == repo->gitdir_) repo->workdir_.clear();
    std::free(real);
  }
  return repo;
}

Result<git_oid> GitRepo::resolve_commit(const std::string& rev) const {
  git_object* raw = nullptr;
  if (git_revparse_single(&raw, repo_.get(), rev.c_str()) != 0) {
    std::string why = git_error_text();
    // A repository before its first commit: HEAD names a branch not made yet.
    if (rev == "HEAD" && git_repository_head_unborn(repo_.get()) == 1)
      return Error{"the repository has no commits yet"};
    return Error{"unknown revision '" + rev + "' (" + why + ")"};
  }
  GitPtr<git_object> obj(raw);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) != 0)
    return Error{"revision '" + rev + "' does not name a commit"};
  GitPtr<git_object> commit(peeled);
  return *git_object_id(commit.get());
}

Result<git_oid> GitRepo::head() const {
  git_oid oid;
  if (git_reference_name_to_id(&oid, repo_.get(), "HEAD") != 0)
    return Error{"the repository has no commits yet"};
  return oid;
}

const std::vector<GitRepo::Remote>& GitRepo::remotes() const {
  std::call_once(remotes_once_, [this] {
    git_strarray names{};
    if (git_remote_list(&names, repo_.get()) != 0) return;
    for (std::size_t i = 0; i < names.count && i < 50; ++i) {
      git_remote* raw = nullptr;
      if (git_remote_lookup(&raw, repo_.get(), names.strings[i]) != 0) continue;
      GitPtr<git_remote> remote(raw);
      if (const char* url = git_remote_url(remote.get())) remotes_.push_back({names.strings[i], url});
    }
    git_strarray_dispose(&names);
  });
  return remotes_;
}

}  // namespace practrack
