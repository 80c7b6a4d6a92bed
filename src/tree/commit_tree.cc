// A commit's tree read from the object store. Each thread reads blobs
// through its own git_repository handle, because libgit2 handles must not
// be shared between threads.
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <string_view>
#include <thread>
#include <utility>

#include "tree/git_trees.h"
#include "tree/link_error.h"

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
  std::optional<TreeStep> advance(const git_oid& to);

  std::uint64_t size_of(const FileEntry& file) const override {
    if (file.size != FileEntry::kUnknownSize || file.kind == FileKind::symlink ||
        file.kind == FileKind::submodule)
      return file.size;
    git_repository* repo = thread_repo(repo_->gitdir());
    git_oid oid;
    git_odb* raw_odb = nullptr;
    if (!repo || git_oid_fromstr(&oid, file.oid.c_str()) != 0 ||
        git_repository_odb(&raw_odb, repo) != 0)
      return FileEntry::kUnknownSize;
    std::unique_ptr<git_odb, OdbFree> odb(raw_odb);
    std::size_t size = 0;
    git_object_t type{};
    if (git_odb_read_header(&size, &type, odb.get(), &oid) != 0) return FileEntry::kUnknownSize;
    return size;
  }

  Result<std::string> read(const FileEntry& file, std::size_t limit) const override {
    if (file.kind == FileKind::symlink || file.kind == FileKind::submodule)
      return Error{not_followed(file.kind)};
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

// How a commit's tree differs from the one before, found by walking only
// the subtrees whose ids differ.
struct TreeDelta {
  std::vector<std::pair<std::string, git_oid>> modified;  // same path and kind, new blob
  std::vector<std::string> removed;  // files; a whole folder as "dir/"
  std::vector<FileEntry> added;
};

int collect(const char* root, const git_tree_entry* entry, void* payload);

bool is_tree(const git_tree_entry* e) { return git_tree_entry_type(e) == GIT_OBJECT_TREE; }

// Git's order of the entries of one tree: by name, a folder's name as if
// it ended in '/'.
int git_order(const git_tree_entry* x, const git_tree_entry* y) {
  std::string_view a = git_tree_entry_name(x);
  std::string_view b = git_tree_entry_name(y);
  std::size_t n = std::min(a.size(), b.size());
  if (int c = a.substr(0, n).compare(b.substr(0, n)); c != 0) return c;
  auto next = [n](std::string_view name, const git_tree_entry* e) -> unsigned char {
    return n < name.size() ? static_cast<unsigned char>(name[n]) : is_tree(e) ? '/' : 0;
  };
  unsigned char ca = next(a, x);
  unsigned char cb = next(b, y);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

// A file, or every file below a folder, as added.
bool add_entry(git_repository* repo, const git_tree_entry* e, const std::string& path,
               TreeDelta& out) {
  if (!is_tree(e)) {
    out.added.push_back({path, oid_hex(*git_tree_entry_id(e)), FileEntry::kUnknownSize,
                         kind_of(git_tree_entry_filemode(e))});
    return true;
  }
  git_tree* raw = nullptr;
  if (git_tree_lookup(&raw, repo, git_tree_entry_id(e)) != 0) return false;
  GitPtr<git_tree> sub(raw);
  std::vector<FileEntry> below;
  if (git_tree_walk(sub.get(), GIT_TREEWALK_PRE, collect, &below) != 0) return false;
  for (auto& f : below) {
    f.path = path + "/" + f.path;
    out.added.push_back(std::move(f));
  }
  return true;
}

// Merges the entries of two trees in git's order, into subtrees only where
// their ids differ; false when a tree cannot be read.
bool diff_trees(git_repository* repo, const git_tree* a, const git_tree* b,
                const std::string& root, TreeDelta& out) {
  std::size_t na = git_tree_entrycount(a);
  std::size_t nb = git_tree_entrycount(b);
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < na || j < nb) {
    const git_tree_entry* x = i < na ? git_tree_entry_byindex(a, i) : nullptr;
    const git_tree_entry* y = j < nb ? git_tree_entry_byindex(b, j) : nullptr;
    int order = !x ? 1 : !y ? -1 : git_order(x, y);
    if (order < 0) {
      out.removed.push_back(root + git_tree_entry_name(x) + (is_tree(x) ? "/" : ""));
      ++i;
      continue;
    }
    if (order > 0) {
      if (!add_entry(repo, y, root + git_tree_entry_name(y), out)) return false;
      ++j;
      continue;
    }
    ++i;
    ++j;
    bool same_kind = is_tree(x) || kind_of(git_tree_entry_filemode(x)) ==
                                       kind_of(git_tree_entry_filemode(y));
    if (same_kind && git_oid_equal(git_tree_entry_id(x), git_tree_entry_id(y))) continue;
    std::string path = root + git_tree_entry_name(x);
    if (!same_kind) {  // a kind change: the old file goes, the new one comes
      out.removed.push_back(path);
      if (!add_entry(repo, y, path, out)) return false;
    } else if (!is_tree(x)) {
      out.modified.emplace_back(std::move(path), *git_tree_entry_id(y));
    } else {
      git_tree* raw_a = nullptr;
      git_tree* raw_b = nullptr;
      if (git_tree_lookup(&raw_a, repo, git_tree_entry_id(x)) != 0) return false;
      GitPtr<git_tree> sub_a(raw_a);
      if (git_tree_lookup(&raw_b, repo, git_tree_entry_id(y)) != 0) return false;
      GitPtr<git_tree> sub_b(raw_b);
      if (!diff_trees(repo, sub_a.get(), sub_b.get(), path + "/", out)) return false;
    }
  }
  return true;
}

std::optional<TreeStep> CommitTree::advance(const git_oid& to) {
  auto from_tree = tree_of(repo_->get(), commit_);
  auto to_tree = tree_of(repo_->get(), to);
  if (!from_tree || !to_tree) return std::nullopt;
  TreeDelta delta;
  if (!diff_trees(repo_->get(), from_tree->get(), to_tree->get(), "", delta)) return std::nullopt;
  auto lower = [this](std::string_view path) {
    return std::lower_bound(files_.begin(), files_.end(), path,
                            [](const FileEntry& f, std::string_view p) { return f.path < p; });
  };
  auto index_of = [&](std::string_view path) -> std::optional<std::size_t> {
    auto it = lower(path);
    if (it == files_.end() || it->path != path) return std::nullopt;
    return static_cast<std::size_t>(it - files_.begin());
  };
  // Every index first, so that a listing out of step changes nothing.
  std::vector<std::size_t> modified;
  for (const auto& change : delta.modified) {
    auto i = index_of(change.first);
    if (!i) return std::nullopt;
    modified.push_back(*i);
  }
  std::vector<bool> gone(files_.size(), false);
  for (const std::string& path : delta.removed) {
    if (path.back() != '/') {
      auto i = index_of(path);
      if (!i) return std::nullopt;
      gone[*i] = true;
      continue;
    }
    // A folder: every path that starts with "dir/"; they sort together.
    for (auto it = lower(path); it != files_.end() && it->path.starts_with(path); ++it)
      gone[static_cast<std::size_t>(it - files_.begin())] = true;
  }
  for (std::size_t k = 0; k < modified.size(); ++k)
    files_[modified[k]].oid = oid_hex(delta.modified[k].second);
  commit_ = to;
  id_ = oid_hex(to);
  TreeStep step;
  if (delta.removed.empty() && delta.added.empty()) {
    std::sort(modified.begin(), modified.end());
    step.changed = std::move(modified);
    return step;
  }
  // Paths came or went: a new listing, merged from the kept entries and
  // the added ones, each file with the index it had before (or -1).
  std::vector<bool> blob_changed(files_.size(), false);
  for (std::size_t i : modified) blob_changed[i] = true;
  auto by_path = [](const FileEntry& x, const FileEntry& y) { return x.path < y.path; };
  std::sort(delta.added.begin(), delta.added.end(), by_path);
  std::vector<FileEntry> next;
  std::vector<std::ptrdiff_t> before;
  next.reserve(files_.size() + delta.added.size());
  before.reserve(next.capacity());
  std::size_t k = 0;
  auto take_added = [&] {
    step.changed.push_back(next.size());
    next.push_back(std::move(delta.added[k++]));
    before.push_back(-1);
  };
  for (std::size_t i = 0; i < files_.size(); ++i) {
    if (gone[i]) {
      step.removed.push_back(std::move(files_[i]));
      continue;
    }
    while (k < delta.added.size() && by_path(delta.added[k], files_[i])) take_added();
    if (blob_changed[i]) step.changed.push_back(next.size());
    next.push_back(std::move(files_[i]));
    before.push_back(static_cast<std::ptrdiff_t>(i));
  }
  while (k < delta.added.size()) take_added();
  files_ = std::move(next);
  step.before = std::move(before);
  return step;
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

std::optional<TreeStep> advance_commit_tree(Tree& tree, const git_oid& to) {
  auto* commit_tree = dynamic_cast<CommitTree*>(&tree);
  if (!commit_tree) return std::nullopt;
  return commit_tree->advance(to);
}

}  // namespace practrack
