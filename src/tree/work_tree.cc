// The working directory as git sees it: the index's files, less those
// deleted, plus untracked files that are not ignored. Files are opened
// beneath the root without following any symlink.
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "tree/git_trees.h"

namespace practrack {
namespace {

FileKind kind_of_mode(unsigned mode) {
  if ((mode & 0170000) == 0120000) return FileKind::symlink;
  if ((mode & 0170000) == 0160000) return FileKind::submodule;
  if (mode & 0111) return FileKind::executable;
  return FileKind::regular;
}

// Opens `rel` under the directory `root_fd`, refusing symlinks anywhere on
// the way. Uses openat2(RESOLVE_NO_SYMLINKS) and falls back to walking the
// path one component at a time on kernels without it.
int open_beneath(int root_fd, const std::string& rel) {
  struct open_how how {};
  how.flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
  long fd = syscall(SYS_openat2, root_fd, rel.c_str(), &how, sizeof how);
  if (fd >= 0 || errno != ENOSYS) return static_cast<int>(fd);

  int dir = dup(root_fd);
  std::size_t start = 0;
  while (dir >= 0) {
    std::size_t slash = rel.find('/', start);
    std::string part = rel.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part.empty() || part == "." || part == "..") {
      close(dir);
      errno = EACCES;
      return -1;
    }
    int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
                (slash == std::string::npos ? O_NONBLOCK : O_DIRECTORY);
    int next = openat(dir, part.c_str(), flags);
    close(dir);
    if (slash == std::string::npos) return next;
    dir = next;
    start = slash + 1;
  }
  return -1;
}

class WorkTree : public Tree {
 public:
  WorkTree(std::shared_ptr<GitRepo> repo, int root_fd, std::vector<FileEntry> files)
      : repo_(std::move(repo)), root_fd_(root_fd), files_(std::move(files)) {}
  ~WorkTree() override { close(root_fd_); }
  WorkTree(const WorkTree&) = delete;
  WorkTree& operator=(const WorkTree&) = delete;

  const std::vector<FileEntry>& files() const override { return files_; }
  std::string describe() const override { return "working tree " + repo_->workdir(); }

  Result<std::string> read(const FileEntry& file, std::size_t limit) const override {
    if (file.kind == FileKind::symlink || file.kind == FileKind::submodule)
      return Error{"is a symlink or submodule; not followed"};
    int fd = open_beneath(root_fd_, file.path);
    if (fd < 0) {
      if (errno == ELOOP || errno == EXDEV) return Error{"reached through a symlink; not followed"};
      return Error{std::string("cannot open: ") + std::strerror(errno)};
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      close(fd);
      return Error{"not a regular file"};
    }
    auto size = static_cast<std::size_t>(st.st_size);
    if (size > limit) {
      close(fd);
      return Error{"file is " + std::to_string(size) + " bytes, over the " +
                   std::to_string(limit) + "-byte limit"};
    }
    std::string out(size, '\0');
    std::size_t got = 0;
    while (got < size) {
      ssize_t n = ::read(fd, out.data() + got, size - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    close(fd);
    out.resize(got);
    return out;
  }

 private:
  std::shared_ptr<GitRepo> repo_;
  int root_fd_;
  std::vector<FileEntry> files_;
};

}  // namespace

Result<std::unique_ptr<Tree>> open_work_tree(std::shared_ptr<GitRepo> repo) {
  if (repo->workdir().empty()) return Error{"a bare repository has no working tree; use --rev"};
  int root_fd = open(repo->workdir().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return Error{repo->workdir() + ": " + std::strerror(errno)};

  git_index* raw_index = nullptr;
  if (git_repository_index(&raw_index, repo->get()) != 0) {
    close(root_fd);
    return Error{"cannot read the git index: " + git_error_text()};
  }
  GitPtr<git_index> index(raw_index);
  // The index lists paths in byte order, as std::string compares them, and
  // a conflict's stages side by side: `files` comes out sorted and is
  // searched by bisection, with no map of 100,000 paths to build.
  std::vector<FileEntry> files;
  std::size_t count = git_index_entrycount(index.get());
  files.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const git_index_entry* e = git_index_get_byindex(index.get(), i);
    if (!files.empty() && files.back().path == e->path) continue;  // conflict stages
    files.push_back({e->path, oid_hex(e->id), e->file_size, kind_of_mode(e->mode)});
  }
  std::size_t tracked = files.size();
  auto find_tracked = [&](const std::string& path) -> FileEntry* {
    auto end = files.begin() + static_cast<std::ptrdiff_t>(tracked);
    auto it = std::lower_bound(files.begin(), end, path,
                               [](const FileEntry& f, const std::string& p) { return f.path < p; });
    return it != end && it->path == path ? &*it : nullptr;
  };

  git_status_options opts = GIT_STATUS_OPTIONS_INIT;
  opts.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
  opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
               GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
  git_status_list* raw_status = nullptr;
  if (git_status_list_new(&raw_status, repo->get(), &opts) != 0) {
    close(root_fd);
    return Error{"cannot read the working tree status: " + git_error_text()};
  }
  GitPtr<git_status_list> status(raw_status);
  std::vector<bool> deleted(files.size(), false);
  for (std::size_t i = 0, n = git_status_list_entrycount(status.get()); i < n; ++i) {
    const git_status_entry* s = git_status_byindex(status.get(), i);
    if (!s->index_to_workdir) continue;
    std::string path = s->index_to_workdir->new_file.path;
    FileEntry* entry = find_tracked(path);
    if (s->status & GIT_STATUS_WT_DELETED) {
      if (entry) deleted[static_cast<std::size_t>(entry - files.data())] = true;
    } else if (s->status & GIT_STATUS_WT_NEW) {
      struct stat st {};
      std::string full = repo->workdir() + "/" + path;
      if (lstat(full.c_str(), &st) != 0) continue;
      files.push_back({path, "", static_cast<std::uint64_t>(st.st_size), kind_of_mode(st.st_mode)});
    } else if (entry) {
      // Modified or type-changed: the index's blob id no longer describes it.
      FileEntry& f = *entry;
      f.oid.clear();
      struct stat st {};
      std::string full = repo->workdir() + "/" + path;
      if (lstat(full.c_str(), &st) == 0) {
        f.size = static_cast<std::uint64_t>(st.st_size);
        f.kind = kind_of_mode(st.st_mode);
      }
    }
  }
  std::vector<FileEntry> kept;
  kept.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    if (i >= deleted.size() || !deleted[i]) kept.push_back(std::move(files[i]));
  auto by_path = [](const FileEntry& a, const FileEntry& b) { return a.path < b.path; };
  if (!std::is_sorted(kept.begin(), kept.end(), by_path))  // untracked files were appended
    std::sort(kept.begin(), kept.end(), by_path);
  return std::unique_ptr<Tree>(std::make_unique<WorkTree>(std::move(repo), root_fd, std::move(kept)));
}

}  // namespace practrack
