// The working directory as git sees it: the index's files, less those
// deleted, plus untracked files that are not ignored. Files are opened
// beneath the root without following any symlink. The listing reads each
// folder once and never hashes content. A regular file the index records
// as one is taken as recorded, without a stat: its bytes are read as they
// are now, but its blob id is unknown and its mode and size are the
// index's (a `chmod +x` not yet staged is not seen; a size that changed
// is found when the file is read). Other entries (links, untracked files,
// files whose type changed) are stat-ed and compared with the index as git
// status does; where the index holds no nanoseconds, an edit of the same
// size within the second git recorded keeps the old blob id.
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <dirent.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <string_view>
#include <utility>

#include "tree/git_trees.h"
#include "tree/index_file.h"
#include "tree/link_error.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr int kMaxUntrackedDepth = 64;  // folders below an untracked folder

FileKind kind_of_mode(unsigned mode) {
  if ((mode & 0170000) == 0120000) return FileKind::symlink;
  if ((mode & 0170000) == 0160000) return FileKind::submodule;
  if (mode & 0111) return FileKind::executable;
  return FileKind::regular;
}

// Opens `rel` under the directory `root_fd`, refusing symlinks anywhere on
// the way; `last` adds flags for the final component (O_DIRECTORY for a
// folder). Uses openat2(RESOLVE_NO_SYMLINKS) and falls back to walking the
// path one component at a time on kernels without it.
int open_beneath(int root_fd, const std::string& rel, int last = O_NONBLOCK) {
  struct open_how how {};
  how.flags = static_cast<std::uint64_t>(O_RDONLY | O_CLOEXEC | O_NOFOLLOW | last);
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
    int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | (slash == std::string::npos ? last : O_DIRECTORY);
    int next = openat(dir, part.c_str(), flags);
    close(dir);
    if (slash == std::string::npos) return next;
    dir = next;
    start = slash + 1;
  }
  return -1;
}

// One folder of the index, listed: which of its files are still there (and
// as what), what is new in it, and which subfolders the index does not know.
struct DirListing {
  std::vector<std::pair<std::size_t, struct stat>> tracked;  // index entry, its lstat
  std::vector<std::size_t> as_indexed;  // regular files taken as the index records them
  std::vector<std::pair<std::string, struct stat>> untracked_files;
  std::vector<std::string> untracked_dirs;
};

// Opens the folder `rel` (the root when empty) the same way.
int open_dir_beneath(int root_fd, const std::string& rel) {
  return rel.empty() ? dup(root_fd) : open_beneath(root_fd, rel, O_DIRECTORY);
}

bool is_file_or_link(const struct stat& st) { return S_ISREG(st.st_mode) || S_ISLNK(st.st_mode); }

// Reads one folder's entries. `on_entry(path, d_type, stat_of)` gets each
// entry's type as the folder gives it (DT_UNKNOWN on file systems that do
// not say) and a function that stats it relative to the folder, for when
// the type is not enough.
template <typename OnEntry>
void each_entry(int root_fd, const std::string& rel, OnEntry&& on_entry) {
  int fd = open_dir_beneath(root_fd, rel);
  if (fd < 0) return;  // gone, or a symlink now: its files count as deleted
  DIR* dir = fdopendir(fd);
  if (!dir) {
    close(fd);
    return;
  }
  while (dirent* e = readdir(dir)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    auto stat_of = [&](struct stat& st) {
      return fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0;
    };
    on_entry(rel.empty() ? std::string(name) : rel + "/" + std::string(name), e->d_type, stat_of);
  }
  closedir(dir);
}

// Calls on_entry(path, stat) for each entry that can be stat-ed.
template <typename OnEntry>
void each_entry_stat(int root_fd, const std::string& rel, OnEntry&& on_entry) {
  each_entry(root_fd, rel, [&](std::string path, unsigned char, auto&& stat_of) {
    struct stat st {};
    if (stat_of(st)) on_entry(std::move(path), st);
  });
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
      return Error{not_followed(file.kind)};
    int fd = open_file(file.path);
    if (fd < 0) {
      if (errno == ELOOP || errno == EXDEV) return Error{"reached through a symlink; not followed"};
      return Error{std::string("cannot open: ") + std::strerror(errno)};
    }
    // The listing's size saves an fstat per file: one more byte is asked
    // for, and a read that stops short of it has met the file's end. A file
    // not of that size now (edited since, or no longer a regular file) is
    // checked by fstat and read again.
    bool known = file.size != FileEntry::kUnknownSize && file.size <= limit;
    std::string out;
    if (known) {
      out.resize(static_cast<std::size_t>(file.size) + 1);
      if (!read_upto(fd, out, static_cast<std::size_t>(file.size))) out.clear();
    }
    if (!known || out.size() != file.size) {
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
      out.assign(size, '\0');
      if (lseek(fd, 0, SEEK_SET) != 0 || !read_upto(fd, out, size)) out.clear();
    }
    close(fd);
    return out;
  }

 private:
  // Reads into `out` until it is full, the file ends, or a read stops
  // short once `expected` bytes are in (a regular file's read stops short
  // only at its end); cuts `out` to what was read. False on a read error.
  static bool read_upto(int fd, std::string& out, std::size_t expected) {
    std::size_t got = 0;
    while (got < out.size()) {
      ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
      if (got == expected) break;
    }
    out.resize(got);
    return true;
  }

  // Opens a file of the tree. Files are read in path order, so each thread
  // keeps the folder it opened last: the next file of that folder is one
  // name looked up (without following a symlink), not its whole path.
  int open_file(const std::string& path) const {
    struct DirCache {
      std::uint64_t tree = 0;
      std::string dir;
      int fd = -1;
      ~DirCache() {
        if (fd >= 0) close(fd);
      }
    };
    thread_local DirCache cache;
    std::string_view dir = text::dirname(path);
    if (dir.empty()) return open_beneath(root_fd_, path);
    if (cache.tree != id_ || cache.dir != dir) {
      if (cache.fd >= 0) close(cache.fd);
      cache.fd = open_beneath(root_fd_, std::string(dir), O_DIRECTORY);
      cache.tree = id_;
      cache.dir = dir;
      if (cache.fd < 0) {
        cache.tree = 0;  // retried next time: the error is the file's
        return -1;
      }
    }
    return openat(cache.fd, path.c_str() + dir.size() + 1,
                  O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  }

  std::shared_ptr<GitRepo> repo_;
  int root_fd_;
  std::vector<FileEntry> files_;
  // Tells this tree's cached folders from another's (a freed tree's
  // address may be reused).
  std::uint64_t id_ = next_id_++;
  static inline std::atomic<std::uint64_t> next_id_{1};
};

// The index's entries: read from the file, or through libgit2 where the
// file is of a kind index_file.h leaves to it.
Result<std::vector<IndexRecord>> index_records(const GitRepo& repo) {
  if (auto direct = read_index_file(repo.gitdir() + "/index")) return std::move(*direct);
  git_index* raw_index = nullptr;
  if (git_repository_index(&raw_index, repo.get()) != 0)
    return Error{"cannot read the git index: " + git_error_text()};
  GitPtr<git_index> index(raw_index);
  std::vector<IndexRecord> out(git_index_entrycount(index.get()));
  for (std::size_t i = 0; i < out.size(); ++i) {
    const git_index_entry* e = git_index_get_byindex(index.get(), i);
    out[i] = {e->path, e->mode, e->file_size, e->mtime.seconds, e->mtime.nanoseconds, e->id};
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Tree>> open_work_tree(std::shared_ptr<GitRepo> repo) {
  if (repo->workdir().empty()) return Error{"a bare repository has no working tree; use --rev"};
  int root_fd = open(repo->workdir().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return Error{repo->workdir() + ": " + std::strerror(errno)};

  auto records = index_records(*repo);
  if (!records) {
    close(root_fd);
    return Error{records.error()};
  }
  // The index lists paths in byte order, as std::string compares them, and
  // a conflict's stages side by side: `files` comes out sorted and is
  // searched by bisection, with no map of 100,000 paths to build.
  std::vector<FileEntry> files;
  std::vector<IndexRecord> entries;
  files.reserve(records->size());
  entries.reserve(records->size());
  for (auto& e : *records) {
    if (!files.empty() && files.back().path == e.path) continue;  // conflict stages
    // Blob ids are written at the end, for the files that keep one.
    files.push_back({std::move(e.path), "", e.size, kind_of_mode(e.mode)});
    entries.push_back(std::move(e));
  }
  records->clear();
  const std::size_t tracked = files.size();
  using Range = std::pair<std::size_t, std::size_t>;
  auto path_before = [](const FileEntry& f, std::string_view p) { return f.path < p; };
  // The index entries below folder `dir` ("" for the root): one range, as
  // the index is sorted, found once per folder; its entries are looked up
  // in it, not in all 100,000.
  auto range_of = [&](std::string_view dir) -> Range {
    if (dir.empty()) return {0, tracked};
    std::string lo = std::string(dir) + "/";
    std::string hi = std::string(dir) + "0";  // '0' follows '/'
    auto end = files.begin() + static_cast<std::ptrdiff_t>(tracked);
    auto a = std::lower_bound(files.begin(), end, lo, path_before);
    auto b = std::lower_bound(a, end, hi, path_before);
    return {static_cast<std::size_t>(a - files.begin()), static_cast<std::size_t>(b - files.begin())};
  };
  auto find_in = [&](Range r, std::string_view path) -> std::ptrdiff_t {
    auto end = files.begin() + static_cast<std::ptrdiff_t>(r.second);
    auto it =
        std::lower_bound(files.begin() + static_cast<std::ptrdiff_t>(r.first), end, path, path_before);
    return it != end && it->path == path ? it - files.begin() : -1;
  };

  // Every folder the index has a file in, and their parents; "" is the
  // root. Each is listed on its own (no recursion), on a few threads: git
  // status walked them one by one and was a fifth of a 100,000-file scan.
  std::vector<std::string_view> dirs{""};
  std::string_view last;
  for (std::size_t i = 0; i < tracked; ++i) {
    std::string_view dir = text::dirname(files[i].path);
    if (dir.empty() || dir == last) continue;
    last = dir;
    for (; !dir.empty(); dir = text::dirname(dir)) dirs.push_back(dir);
  }
  std::sort(dirs.begin(), dirs.end());
  dirs.erase(std::unique(dirs.begin(), dirs.end()), dirs.end());
  auto is_tracked_dir = [&](std::string_view p) {
    return std::binary_search(dirs.begin(), dirs.end(), p);
  };
  std::vector<DirListing> listed(dirs.size());
  parallel_for(dirs.size(), [&](std::size_t d) {
    Range in_dir = range_of(dirs[d]);
    each_entry(root_fd, std::string(dirs[d]), [&](std::string path, unsigned char type, auto&& stat_of) {
      if (text::basename(path) == ".git") return;  // git's own, or a nested repository's
      if (type == DT_DIR && is_tracked_dir(path)) return;  // listed on its own
      auto i = find_in(in_dir, path);
      // A regular file the index records as one: taken as recorded, with
      // no stat (a third of the listing); its bytes are read as they are
      // now, its mode and blob id are the index's.
      if (type == DT_REG && i >= 0 && files[static_cast<std::size_t>(i)].kind != FileKind::symlink &&
          files[static_cast<std::size_t>(i)].kind != FileKind::submodule) {
        listed[d].as_indexed.push_back(static_cast<std::size_t>(i));
        return;
      }
      struct stat st {};
      if (!stat_of(st)) return;
      if (S_ISDIR(st.st_mode)) {
        if (is_tracked_dir(path)) return;
        if (i >= 0 && files[static_cast<std::size_t>(i)].kind == FileKind::submodule) return;
        listed[d].untracked_dirs.push_back(std::move(path));
      } else if (is_file_or_link(st)) {
        if (i >= 0)
          listed[d].tracked.emplace_back(static_cast<std::size_t>(i), st);
        else
          listed[d].untracked_files.emplace_back(std::move(path), st);
      }
    });
  });

  // Edited since the index recorded it: its blob id no longer describes it.
  // A file written after the index itself may be (racily) edited too.
  struct stat index_st {};
  bool have_index_time = stat((repo->gitdir() + "/index").c_str(), &index_st) == 0;
  auto edited = [&](const IndexRecord& e, const struct stat& st, FileKind now) {
    if (static_cast<std::uint32_t>(st.st_size) != e.size || now != kind_of_mode(e.mode))
      return true;
    if (st.st_mtim.tv_sec != e.mtime_seconds) return true;
    if (e.mtime_nanoseconds != 0 &&
        static_cast<std::uint32_t>(st.st_mtim.tv_nsec) != e.mtime_nanoseconds)
      return true;
    return !have_index_time || st.st_mtim.tv_sec > index_st.st_mtim.tv_sec ||
           (st.st_mtim.tv_sec == index_st.st_mtim.tv_sec &&
            st.st_mtim.tv_nsec >= index_st.st_mtim.tv_nsec);
  };
  std::vector<char> present(tracked, 0);
  for (std::size_t i = 0; i < tracked; ++i)
    if (files[i].kind == FileKind::submodule) {  // never looked into, always kept
      present[i] = 1;
      files[i].oid = oid_hex(entries[i].id);
    }
  std::vector<FileEntry> added;
  auto ignored = [&](const std::string& path) {
    int yes = 0;
    return git_ignore_path_is_ignored(&yes, repo->get(), path.c_str()) == 0 && yes;
  };
  auto add_untracked = [&](std::string path, const struct stat& st) {
    if (!ignored(path))
      added.push_back({std::move(path), "", static_cast<std::uint64_t>(st.st_size),
                       kind_of_mode(st.st_mode)});
  };
  std::vector<std::string> untracked_dirs;
  for (auto& l : listed) {
    for (std::size_t i : l.as_indexed) present[i] = 1;  // not checked against the file: no blob id
    for (const auto& [i, st] : l.tracked) {
      present[i] = 1;
      FileKind now = kind_of_mode(st.st_mode);
      if (!edited(entries[i], st, now)) {
        files[i].oid = oid_hex(entries[i].id);
        continue;
      }
      files[i].size = static_cast<std::uint64_t>(st.st_size);
      files[i].kind = now;
    }
    for (auto& [path, st] : l.untracked_files) add_untracked(std::move(path), st);
    for (auto& dir : l.untracked_dirs) untracked_dirs.push_back(std::move(dir));
  }
  // Folders the index does not know: on this thread (libgit2's ignore
  // rules are per repository handle), skipping ignored ones whole and
  // repositories nested in the tree, as git status does.
  std::function<void(const std::string&, int)> walk = [&](const std::string& dir, int depth) {
    if (depth > kMaxUntrackedDepth || ignored(dir + "/")) return;
    std::vector<std::pair<std::string, struct stat>> found;
    bool nested_repository = false;
    each_entry_stat(root_fd, dir, [&](std::string path, const struct stat& st) {
      if (text::basename(path) == ".git") nested_repository = true;
      found.emplace_back(std::move(path), st);
    });
    if (nested_repository) return;
    for (auto& [path, st] : found) {
      if (S_ISDIR(st.st_mode)) walk(path, depth + 1);
      else if (is_file_or_link(st)) add_untracked(std::move(path), st);
    }
  };
  for (const auto& dir : untracked_dirs) walk(dir, 1);

  std::vector<FileEntry> kept;
  kept.reserve(tracked + added.size());
  for (std::size_t i = 0; i < tracked; ++i)
    if (present[i]) kept.push_back(std::move(files[i]));
  auto by_path = [](const FileEntry& a, const FileEntry& b) { return a.path < b.path; };
  if (!added.empty()) {
    std::sort(added.begin(), added.end(), by_path);
    std::vector<FileEntry> merged;
    merged.reserve(kept.size() + added.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
               std::back_inserter(merged), by_path);
    kept = std::move(merged);
  }
  return std::unique_ptr<Tree>(std::make_unique<WorkTree>(std::move(repo), root_fd, std::move(kept)));
}

}  // namespace practrack
