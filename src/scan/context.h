// What a probe sees: the tree, an index of its paths, bounded reading that
// reports problems instead of failing, the git repository when there is
// one, and the per-blob memo.
#pragma once

#include <git2.h>

#include <mutex>
#include <unordered_map>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/diagnostics.h"
#include "scan/memo.h"
#include "tree/git.h"
#include "tree/tree.h"

namespace practrack {

// Size bounds for what is read. Larger files are reported and skipped.
struct ScanLimits {
  std::size_t config_bytes = 2 << 20;  // YAML/TOML/JSON/XML, scripts, docs
  std::size_t source_bytes = 1 << 20;  // source files read by the source scan
};

class ScanContext {
 public:
  // `repo` may be null (a MemoryTree in tests); `commit` is the scanned
  // commit, or HEAD for a working tree, or null.
  ScanContext(const Tree& tree, Diagnostics& diags, std::shared_ptr<GitRepo> repo = nullptr,
              std::optional<git_oid> commit = std::nullopt, FileMemo* memo = nullptr,
              ScanLimits limits = {});

  const Tree& tree() const { return tree_; }
  // Every file. Use own_files() for evidence of the project's practices.
  const std::vector<FileEntry>& files() const { return tree_.files(); }
  // Files that belong to the project itself: not under vendored,
  // third-party, dependency or test-data folders.
  const std::vector<const FileEntry*>& own_files() const { return own_; }
  static bool is_excluded_path(std::string_view path);

  // The file at exactly this path (any file, own or not), or null.
  const FileEntry* find(std::string_view path) const;
  // Own files whose full path matches the glob (util/glob.h).
  std::vector<const FileEntry*> glob(std::string_view pattern) const;
  // First own file matching any of the globs, in the order given.
  const FileEntry* first(std::initializer_list<std::string_view> patterns) const;

  // The file as text, or nullopt after recording one warning that names the
  // file (too large, binary, unreadable, symlink). Invalid UTF-8 is kept.
  std::optional<std::string> read_text(const FileEntry& file) const;
  std::optional<std::string> read_text(const FileEntry& file, std::size_t limit) const;

  Diagnostics& diags() const { return diags_; }
  const ScanLimits& limits() const { return limits_; }
  // The repository, or null for a tree without one.
  GitRepo* repo() const { return repo_.get(); }
  const std::shared_ptr<GitRepo>& repo_ptr() const { return repo_; }
  const git_oid* commit() const { return commit_ ? &*commit_ : nullptr; }

  // Runs `compute(file)` once per (key, blob id, path) across every scan
  // sharing the memo; files without a blob id are always computed.
  template <typename T>
  std::shared_ptr<const T> memo(std::string_view key, const FileEntry& file,
                                const std::function<T(const FileEntry&)>& compute) const {
    if (!memo_ || file.oid.empty())
      return std::make_shared<const T>(compute(file));
    MemoSlots* slots = slots_of(file);
    if (auto hit = slots->get(key)) {
      ++memo_->reused;
      return std::static_pointer_cast<const T>(hit);
    }
    ++memo_->computed;
    memo_->read_blob(file.oid);
    auto value = std::make_shared<const T>(compute(file));
    slots->put(key, value);
    return value;
  }

 private:
  const Tree& tree_;
  Diagnostics& diags_;
  std::shared_ptr<GitRepo> repo_;
  std::optional<git_oid> commit_;
  FileMemo* memo_;
  ScanLimits limits_;
  std::vector<const FileEntry*> own_;
  // The memo's slots of each file of files(), by index, fetched once.
  std::vector<MemoSlots*> slots_;
  MemoSlots* slots_of(const FileEntry& file) const;
  // Own files by base name and by extension, so a glob whose last part is
  // a literal name or "*.ext" looks at few files; results are cached per
  // pattern because many probes ask for the same globs.
  std::unordered_multimap<std::string_view, const FileEntry*> by_name_;
  std::unordered_multimap<std::string_view, const FileEntry*> by_ext_;
  mutable std::mutex glob_mu_;
  mutable std::unordered_map<std::string, std::vector<const FileEntry*>> glob_cache_;
  std::vector<const FileEntry*> glob_uncached(std::string_view pattern) const;
  void glob_one(std::string_view pattern, std::vector<const FileEntry*>& out) const;
};

}  // namespace practrack
