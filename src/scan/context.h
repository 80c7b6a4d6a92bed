// What a probe sees: the tree, an index of its paths, bounded reading that
// reports problems instead of failing, the git repository when there is
// one, and the per-blob memo.
#pragma once

#include <git2.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <future>

#include "scan/diagnostics.h"
#include "scan/file_pass.h"
#include "scan/memo.h"
#include "tree/git.h"
#include "tree/tree.h"

namespace practrack {

// Size bounds for what is read. Larger files are reported and skipped.
struct ScanLimits {
  std::size_t config_bytes = 2 << 20;  // YAML/TOML/JSON/XML, scripts, docs
  std::size_t source_bytes = 1 << 20;  // source files read by the source scan
};

// A file under one of its names (base name or extension).
using NamedFile = std::pair<std::string_view, const FileEntry*>;

// A set of probes, a bit per row of probe_table().
using ProbeMask = std::array<std::uint64_t, 2>;
inline constexpr int kMaxProbes = 128;

// A test of a path alone. A probe that walks the listing through one
// (ScanContext::own_files(PathFilter)) sees only the paths it passes, so a
// history runs it again only when such a path comes or goes.
using PathFilter = bool (*)(std::string_view path);

// What depends on the tree's paths alone: the own files, the exclusions,
// the name and extension indexes and the glob results. A history keeps it
// for the next commit when that commit's tree is the same object with only
// blob ids changed (tree/git_trees.h advance_commit_tree).
struct PathIndex {
  const std::vector<FileEntry>* files = nullptr;  // the listing it indexes
  std::vector<const FileEntry*> own;
  std::vector<bool> excluded;  // by index in files
  // Own files by base name and by extension, sorted, so a glob whose last
  // part is a literal name or "*.ext" looks at few files (sorted vectors:
  // a tenth of a hash multimap's memory on 100,000 files); results are
  // cached per pattern because many probes ask for the same globs.
  std::vector<NamedFile> by_name;
  std::vector<NamedFile> by_ext;
  std::mutex glob_mu;
  std::unordered_map<std::string, std::vector<const FileEntry*>> glob_cache;
  // Files whose path passes a filter (ScanContext::own_files(PathFilter)),
  // by filter and whether excluded files count.
  struct Filtered {
    PathFilter keep;
    bool all;
    std::vector<const FileEntry*> files;
  };
  std::mutex filter_mu;
  std::vector<std::unique_ptr<Filtered>> filtered;
  // Values computed from the paths alone (ScanContext::from_paths).
  std::mutex derived_mu;
  std::unordered_map<std::string_view, std::shared_ptr<const void>> derived;
};

// What a scan leaves to the next scan of the same listing (a history's
// next commit): the memo's slots of each file by index, null where the
// blob changed, so unchanged files skip the memo's hash lookups and the
// file pass; and the path index, when the tree is the same object.
struct Carryover {
  std::vector<MemoSlots*> slots;
  std::shared_ptr<PathIndex> paths;
};

// One file whose blob changed since the scan a history carried over from:
// its index in files(), and the memo slots of the blob it had before
// (null when unknown, and for a file that is new), where an incremental
// probe finds what the file contributed last time (ProbeRow::update).
// A file that was removed has its old entry in `gone` and no index.
struct FileChange {
  std::size_t index = 0;
  const MemoSlots* before = nullptr;
  const FileEntry* gone = nullptr;
  bool added = false;  // the path is new
};

// What one probe row asked of the listing itself (not of any file's
// content): a history tells from it whether the paths a commit added or
// removed can change that probe's facts (history/incremental_scan.h).
struct ListingUse {
  bool whole = false;  // walked files(), own_files() or by_name(), or from_paths()
  std::vector<std::string> patterns;  // glob patterns asked
  std::vector<std::string> paths;     // exact paths asked (find)
  std::vector<PathFilter> filters;    // walked the files that pass these
  // Whether a file at `path` appearing or vanishing can change what the
  // row got from the listing.
  bool concerns(std::string_view path) const;
  void merge(const ListingUse& other);
};
using ListingUses = std::vector<ListingUse>;  // by probe row

class ScanContext {
 public:
  // `repo` may be null (a MemoryTree in tests); `commit` is the scanned
  // commit, or HEAD for a working tree, or null. `carried` needs a shared
  // memo and a tree with the listing it was made for; its slots are taken.
  ScanContext(const Tree& tree, Diagnostics& diags, std::shared_ptr<GitRepo> repo = nullptr,
              std::optional<git_oid> commit = std::nullopt, FileMemo* memo = nullptr,
              ScanLimits limits = {}, Carryover* carried = nullptr);
  ~ScanContext();
  ScanContext(const ScanContext&) = delete;
  ScanContext& operator=(const ScanContext&) = delete;

  const Tree& tree() const {
    note_whole();
    return tree_;
  }
  // Every file. Use own_files() for evidence of the project's practices.
  const std::vector<FileEntry>& files() const {
    note_whole();
    return tree_.files();
  }
  // Files that belong to the project itself: not under vendored,
  // third-party, dependency or test-data folders.
  const std::vector<const FileEntry*>& own_files() const {
    note_whole();
    return paths_->own;
  }
  // Own files whose path passes `keep`, in path order: for a probe that
  // looks at few of them, so that only those concern it (ListingUse).
  // Filtered once per listing, as by_name() is.
  const std::vector<const FileEntry*>& own_files(PathFilter keep) const;
  // Every file (own or not) whose path passes `keep`, in path order.
  const std::vector<const FileEntry*>& files(PathFilter keep) const;
  static bool is_excluded_path(std::string_view path);
  // is_excluded_path(file.path), computed once per scan for files().
  bool excluded(const FileEntry& file) const;

  // The file at exactly this path (any file, own or not), or null.
  const FileEntry* find(std::string_view path) const;
  // Own files whose full path matches the glob (util/glob.h).
  std::vector<const FileEntry*> glob(std::string_view pattern) const;
  // Own files matching any of the globs, in path order, each once.
  std::vector<const FileEntry*> glob_any(std::span<const std::string_view> patterns) const;
  std::vector<const FileEntry*> glob_any(std::initializer_list<std::string_view> patterns) const {
    return glob_any(std::span<const std::string_view>(patterns.begin(), patterns.size()));
  }
  // Own files sorted by base name (ties in path order).
  const std::vector<NamedFile>& by_name() const {
    note_whole();
    return paths_->by_name;
  }
  // A value computed from the listing's paths and kinds alone (a kind per
  // own file, say), once per path index: the commits of a history that
  // keep their paths compute it once, not each. `key` must be static text.
  template <typename T>
  const T& from_paths(std::string_view key, const std::function<T()>& compute) const {
    note_whole();
    {
      std::lock_guard lock(paths_->derived_mu);
      if (auto it = paths_->derived.find(key); it != paths_->derived.end())
        return *static_cast<const T*>(it->second.get());
    }
    std::shared_ptr<const void> value = std::make_shared<const T>(compute());
    std::lock_guard lock(paths_->derived_mu);
    return *static_cast<const T*>(paths_->derived.emplace(key, std::move(value)).first->second.get());
  }
  // First own file matching any of the globs, in the order given.
  const FileEntry* first(std::initializer_list<std::string_view> patterns) const;

  // The file as text, or nullopt after recording one warning that names the
  // file (too large, binary, unreadable, symlink). Invalid UTF-8 is kept.
  std::optional<std::string> read_text(const FileEntry& file) const;
  std::optional<std::string> read_text(const FileEntry& file, std::size_t limit) const;
  // The same, from `bytes` when the file pass already read them (null: read).
  std::optional<std::string> read_text(const FileEntry& file, std::size_t limit,
                                       const std::string* bytes) const;
  // The bytes, with no diagnostic on failure (for files that are optional
  // evidence); reading through here keeps the reader log right.
  Result<std::string> read_quiet(const FileEntry& file, std::size_t limit) const;
  // Keeps a small file's bytes for the probes that read it next (a compose
  // file is read by four: compose, manifests, deploy configs, the content
  // sniff); the file pass keeps the config files it reads. Bounded: files
  // up to kShelfFileBytes, kShelfBytes in all; first bytes kept win.
  static constexpr std::size_t kShelfFileBytes = 64 << 10;
  static constexpr std::size_t kShelfBytes = 16 << 20;
  void shelve(const FileEntry& file, const std::string& bytes) const;
  // Whether the file pass keeps this file's bytes: files probes parse as
  // configuration (YAML, JSON, TOML, scripts, Dockerfiles ...).
  static bool config_like(std::string_view path);
  // Whether the file is larger than `limit`, by its size in the listing or
  // the tree (size_of). Deciding not to read a file by its size is reading
  // it, for the reader log.
  bool larger_than(const FileEntry& file, std::size_t limit) const;
  // The file's size: the listing's, one the file pass noted, or the tree's.
  std::uint64_t size_of(const FileEntry& file) const;
  // The file pass read this many bytes of the whole file.
  void note_size(const FileEntry& file, std::uint64_t size) const;

  // The reader log, kept when asked for: which probes (util/parallel.h's
  // task tag, set to the probe's row) read each file of files(), by index.
  // A history scan re-runs only the probes that read a changed file. It
  // starts from `start` when that has a mask per file (what the probes not
  // run again read last time), else empty.
  void log_readers(std::vector<ProbeMask> start = {}) const;
  // The log, taken out once the scan is done; and the rows that set a bit
  // in it during this scan (bits given in `start` not counted).
  std::vector<ProbeMask> take_readers() const { return std::move(readers_); }
  // What each row asked of the listing while the reader log was kept (by
  // row; empty when it was not).
  ListingUses take_listing_uses() const { return std::move(listing_uses_); }
  ProbeMask rows_that_read() const { return rows_read_; }
  // What the next scan of this listing can carry over (see Carryover),
  // taken out once the scan is done (after the file pass ends).
  Carryover take_carryover() const;
  // The files whose memo slots were not carried over (their blob changed,
  // or it is new), by index; null when nothing was carried: all of them.
  const std::vector<std::size_t>* not_carried() const {
    return carried_ ? &not_carried_ : nullptr;
  }

  Diagnostics& diags() const { return diags_; }
  const ScanLimits& limits() const { return limits_; }
  // The repository, or null for a tree without one.
  GitRepo* repo() const { return repo_.get(); }
  const std::shared_ptr<GitRepo>& repo_ptr() const { return repo_; }
  const git_oid* commit() const { return commit_ ? &*commit_ : nullptr; }

  // Runs `compute(file)` once per (key, blob id, path) across every scan
  // sharing the memo; a file without a blob id is computed each time.
  // Without a shared memo only the file pass's results are kept, until the
  // scan ends. `key` must be static text (a literal).
  template <typename T>
  std::shared_ptr<const T> memo(std::string_view key, const FileEntry& file,
                                const std::function<T(const FileEntry&)>& compute) const {
    return memo_shared<T>(key, file, [&](const FileEntry& f) {
      return std::make_shared<const T>(compute(f));
    });
  }
  // The same, for a compute that may hand out one shared value for the
  // common empty results instead of a copy per file.
  template <typename T>
  std::shared_ptr<const T> memo_shared(
      std::string_view key, const FileEntry& file,
      const std::function<std::shared_ptr<const T>(const FileEntry&)>& compute) const {
    note_reader(file);
    return cached<T>(key, file, compute);
  }
  // memo() of a computation from the file's path alone, which is no read
  // of the file for the reader log.
  template <typename T>
  std::shared_ptr<const T> memo_path(std::string_view key, const FileEntry& file,
                                     const std::function<T(const FileEntry&)>& compute) const {
    return cached<T>(key, file, [&](const FileEntry& f) {
      return std::make_shared<const T>(compute(f));
    });
  }
  // Whether memo(key, file) would be a hit.
  bool memoized(std::string_view key, const FileEntry& file) const {
    note_reader(file);
    MemoSlots* slots = slots_of(file);
    return slots && slots->get(key) != nullptr;
  }

  // Starts the file pass (scan/file_pass.h) beside the probes; probes that
  // use its analyses call wait_file_pass() first, then find their results
  // in the memo. Without a pass, waiting returns at once.
  void start_file_pass(std::vector<FileAnalysis> analyses) const;
  void wait_file_pass() const;
  // Drops this scan's results of one pass analysis once its probe is done
  // with them (a shared memo keeps them for the next commit).
  void release(std::string_view key) const;

 private:
  const Tree& tree_;
  Diagnostics& diags_;
  std::shared_ptr<GitRepo> repo_;
  std::optional<git_oid> commit_;
  FileMemo* memo_;
  ScanLimits limits_;
  bool carried_ = false;
  std::vector<std::size_t> not_carried_;
  std::shared_ptr<PathIndex> paths_;
  // The memo's slots of each file of files(), by index, fetched once;
  // without a shared memo, slots of this scan alone.
  mutable std::vector<MemoSlots*> slots_;  // emptied by take_carryover()
  std::unique_ptr<MemoSlots[]> local_slots_;
  // Sizes learnt during the scan, by file index; null when the listing
  // gave every size.
  std::unique_ptr<std::atomic<std::uint64_t>[]> sizes_;
  MemoSlots* slots_of(const FileEntry& file) const;
  std::optional<std::size_t> index_of(const FileEntry& file) const;
  bool in_pass(std::string_view key) const;
  template <typename T>
  std::shared_ptr<const T> cached(
      std::string_view key, const FileEntry& file,
      const std::function<std::shared_ptr<const T>(const FileEntry&)>& compute) const {
    MemoSlots* slots = memo_ || in_pass(key) ? slots_of(file) : nullptr;
    if (!slots) return compute(file);
    if (auto hit = slots->get(key)) {
      if (memo_) ++memo_->reused;
      replay_diagnostics(*slots, key);
      return std::static_pointer_cast<const T>(hit);
    }
    if (memo_) {
      ++memo_->computed;
      memo_->read_blob(file.oid);
    }
    DiagnosticCapture capture;
    auto value = compute(file);
    keep_diagnostics(*slots, key, std::move(capture.items));
    slots->put(key, value);
    return value;
  }
  // The warnings an analysis recorded, kept in the file's slots (only for
  // files that have some) and recorded again when its result is reused.
  void keep_diagnostics(MemoSlots& slots, std::string_view key,
                        std::vector<Diagnostic> found) const;
  void replay_diagnostics(MemoSlots& slots, std::string_view key) const;
  mutable std::vector<ProbeMask> readers_;  // empty unless log_readers()
  mutable ProbeMask rows_read_{};           // rows that set a bit in readers_
  void note_reader(const FileEntry& file) const;
  mutable std::mutex listing_mu_;
  mutable ListingUses listing_uses_;  // empty unless log_readers()
  // The calling probe row's use, when the log is kept; null otherwise.
  ListingUse* listing_use() const;
  void note_whole() const {
    if (!listing_uses_.empty()) note_whole_slow();
  }
  void note_whole_slow() const;
  void note_pattern(std::string_view pattern) const;
  const std::vector<const FileEntry*>& filtered(PathFilter keep, bool all) const;
  // Read through here, the shelf first.
  Result<std::string> read_bytes(const FileEntry& file, std::size_t limit) const;
  mutable std::mutex shelf_mu_;
  mutable std::unordered_map<std::size_t, std::shared_ptr<const std::string>> shelf_;
  mutable std::size_t shelf_bytes_ = 0;
  mutable std::vector<FileAnalysis> pass_analyses_;
  // Last member: destroyed first, so a running pass ends before what it reads.
  mutable std::shared_future<void> pass_;
  std::vector<const FileEntry*> glob_uncached(std::string_view pattern) const;
  void glob_one(std::string_view pattern, std::vector<const FileEntry*>& out) const;
};

}  // namespace practrack
