// A commit's tree read from the object store. Each thread reads blobs
// through its own git_repository handle, because libgit2 handles must not
// be shared between threads.
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <thread>

#include "tree/git_trees.h"

namespace practrack {
namespace {

FileKind kind_of(git_filemode_t mode) {
  switch (mode) {
    case GIT_FILEMODE_BLOB_EXECUTABLE: return FileKind::executable;
    case GIT_FILEMODE_LINK: return FileKind::symlink;
    case GIT_FILEMODE_COMMIT: return FileKind::submodule;
    default: return FileKind::regular;
  }
}

struct OdbFree {
  void operator()(git_odb* p) const { git_odb_free(p); }
  void operator()(git_odb_object* p) const { git_odb_object_free(p); }
};

git_repository* thread_repo(const std::string& gitdir) {
  thread_local std::map<std::string, GitPtr<git_repository>> repos;
  auto it = repos.find(gitdir);
  if (it != repos.end()) return it->second.get();
  git_repository* raw = nullptr;
  if (git_repository_open_bare(&raw, gitdir.c_str()) != 0 &&
      git_repository_open(&raw, gitdir.c_str()) != 0)
    return nullptr;
  return repos.emplace(gitdir, GitPtr<git_repository>(raw)).first->second.get();
}

class CommitTree : public Tree {
 public:
  CommitTree(std::shared_ptr<GitRepo> repo, const git_oid& commit, std::vector<FileEntry> files)
      : repo_(std::move(repo)), commit_(commit), id_(oid_hex(commit)), files_(std::move(files)) {}

  const std::vector<FileEntry>& files() const override { return files_; }
  std::string describe() const override { return "commit " + id_.substr(0, 12); }
  std::optional<std::vector<std::size_t>> advance(const git_oid& to);

  Result<std::string> read(const FileEntry& file, std::size_t limit) const override {
    if (file.kind == FileKind::symlink || file.kind == FileKind::submodule)
      return Error{"is a symlink or submodule; not followed"};
    git_repository* repo = thread_repo(repo_->gitdir());
    if (!repo) return Error{"cannot open repository: " + git_error_text()};
    git_oid oid;
    if (git_oid_fromstr(&oid, file.oid.c_str()) != 0) return Error{"bad blob id"};
    git_odb* raw_odb = nullptr;
    if (git_repository_odb(&raw_odb, repo) != 0) return Error{git_error_text()};
    std::unique_ptr<git_odb, OdbFree> odb(raw_odb);
    // Check the size from the object header before inflating anything.
    std::size_t size = 0;
    git_object_t type{};
    if (git_odb_read_header(&size, &type, odb.get(), &oid) != 0)
      return Error{"cannot read blob: " + git_error_text()};
    if (size > limit)
      return Error{"file is " + std::to_string(size) + " bytes, over the " +
                   std::to_string(limit) + "-byte limit"};
    // Straight from the object database: a blob object would only wrap it.
    git_odb_object* raw = nullptr;
    if (git_odb_read(&raw, odb.get(), &oid) != 0)
      return Error{"cannot read blob: " + git_error_text()};
    std::unique_ptr<git_odb_object, OdbFree> object(raw);
    return std::string(static_cast<const char*>(git_odb_object_data(object.get())),
                       git_odb_object_size(object.get()));
  }

 private:
  std::shared_ptr<GitRepo> repo_;
  git_oid commit_;
  std::string id_;
  std::vector<FileEntry> files_;
};

Result<GitPtr<git_tree>> tree_of(git_repository* repo, const git_oid& commit_id) {
  git_commit* raw_commit = nullptr;
  if (git_commit_lookup(&raw_commit, repo, &commit_id) != 0)
    return Error{"cannot read commit: " + git_error_text()};
  GitPtr<git_commit> commit(raw_commit);
  git_tree* raw_tree = nullptr;
  if (git_commit_tree(&raw_tree, commit.get()) != 0)
    return Error{"cannot read commit tree: " + git_error_text()};
  return GitPtr<git_tree>(raw_tree);
}

// Walks two trees side by side, into subtrees only where their ids
// differ: the changed blobs by path, or false when a path was added,
// removed or changed kind. Trees list entries in one order, so equal names
// line up.
bool changed_blobs(git_repository* repo, const git_tree* a, const git_tree* b,
                   const std::string& root, std::vector<std::pair<std::string, git_oid>>& out) {
  std::size_t n = git_tree_entrycount(a);
  if (git_tree_entrycount(b) != n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    const git_tree_entry* x = git_tree_entry_byindex(a, i);
    const git_tree_entry* y = git_tree_entry_byindex(b, i);
    if (std::strcmp(git_tree_entry_name(x), git_tree_entry_name(y)) != 0) return false;
    bool x_tree = git_tree_entry_type(x) == GIT_OBJECT_TREE;
    if (x_tree != (git_tree_entry_type(y) == GIT_OBJECT_TREE)) return false;
    if (!x_tree && kind_of(git_tree_entry_filemode(x)) != kind_of(git_tree_entry_filemode(y)))
      return false;
    if (git_oid_equal(git_tree_entry_id(x), git_tree_entry_id(y))) continue;
    std::string path = root + git_tree_entry_name(x);
    if (!x_tree) {
      out.emplace_back(std::move(path), *git_tree_entry_id(y));
      continue;
    }
    git_tree* raw_a = nullptr;
    git_tree* raw_b = nullptr;
    if (git_tree_lookup(&raw_a, repo, git_tree_entry_id(x)) != 0) return false;
    GitPtr<git_tree> sub_a(raw_a);
    if (git_tree_lookup(&raw_b, repo, git_tree_entry_id(y)) != 0) return false;
    GitPtr<git_tree> sub_b(raw_b);
    if (!changed_blobs(repo, sub_a.get(), sub_b.get(), path + "/", out)) return false;
  }
  return true;
}

std::optional<std::vector<std::size_t>> CommitTree::advance(const git_oid& to) {
  auto from_tree = tree_of(repo_->get(), commit_);
  auto to_tree = tree_of(repo_->get(), to);
  if (!from_tree || !to_tree) return std::nullopt;
  std::vector<std::pair<std::string, git_oid>> changes;
  if (!changed_blobs(repo_->get(), from_tree->get(), to_tree->get(), "", changes))
    return std::nullopt;
  std::vector<std::size_t> changed;
  for (const auto& [path, oid] : changes) {
    auto it = std::lower_bound(files_.begin(), files_.end(), path,
                               [](const FileEntry& f, const std::string& p) { return f.path < p; });
    if (it == files_.end() || it->path != path) return std::nullopt;
    changed.push_back(static_cast<std::size_t>(it - files_.begin()));
  }
  for (std::size_t k = 0; k < changed.size(); ++k)
    files_[changed[k]].oid = oid_hex(changes[k].second);
  std::sort(changed.begin(), changed.end());
  commit_ = to;
  id_ = oid_hex(to);
  return changed;
}

int collect(const char* root, const git_tree_entry* entry, void* payload) {
  auto* files = static_cast<std::vector<FileEntry>*>(payload);
  git_object_t type = git_tree_entry_type(entry);
  if (type == GIT_OBJECT_TREE) return 0;
  FileEntry f;
  f.path = std::string(root) + git_tree_entry_name(entry);
  f.oid = oid_hex(*git_tree_entry_id(entry));
  f.kind = kind_of(git_tree_entry_filemode(entry));
  files->push_back(std::move(f));
  return 0;
}

}  // namespace

Result<std::unique_ptr<Tree>> open_commit_tree(std::shared_ptr<GitRepo> repo,
                                               const git_oid& commit_id) {
  auto tree = tree_of(repo->get(), commit_id);
  if (!tree) return Error{tree.error()};
  std::vector<FileEntry> files;
  if (git_tree_walk(tree->get(), GIT_TREEWALK_PRE, collect, &files) != 0)
    return Error{"cannot walk commit tree: " + git_error_text()};
  std::sort(files.begin(), files.end(),
            [](const FileEntry& a, const FileEntry& b) { return a.path < b.path; });
  return std::unique_ptr<Tree>(
      std::make_unique<CommitTree>(std::move(repo), commit_id, std::move(files)));
}

std::optional<std::vector<std::size_t>> advance_commit_tree(Tree& tree, const git_oid& to) {
  auto* commit_tree = dynamic_cast<CommitTree*>(&tree);
  if (!commit_tree) return std::nullopt;
  return commit_tree->advance(to);
}

}  // namespace practrack
