// Scanning a repository's history into the store: one snapshot per
// selected commit, each saved in its own transaction, with one FileMemo
// shared by the whole run so every unique blob is analysed at most once.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scan/memo.h"
#include "store/store.h"
#include "tree/git.h"
#include "util/result.h"

namespace practrack {

struct HistoryOptions {
  std::string path = ".";     // any path inside the repository
  std::string rev = "HEAD";   // the walk starts here
  long long since = 0;        // unix seconds; older commits are not selected (0: all)
  int every = 1;              // keep every Nth walked commit (the newest always)
  int max = 0;                // at most this many commits (0: all)
  bool all_parents = false;   // follow every parent, not only the first
  std::string config_path;    // --config FILE; empty: .practrack.yml of each commit
  bool no_config = false;
  bool full_scans = false;    // scan every commit in full, none from the one before
  // Asked between commits: once true, the run stores what it scanned and
  // stops (a signal handler sets it).
  const std::atomic<bool>* stop = nullptr;
};

struct CommitRef {
  git_oid oid{};
  std::string hex;
  long long time = 0;  // committer time, unix seconds
};

// The commits a history run covers, newest first.
Result<std::vector<CommitRef>> select_commits(const GitRepo& repo, const HistoryOptions& options);

// Who wrote a commit and what it says; empty fields when it is not found.
struct CommitInfo {
  std::string hex;
  std::string author;
  std::string subject;
  long long time = 0;
};
CommitInfo commit_info(const GitRepo& repo, const std::string& hex);

// The store's key for a repository: its work tree, or its git folder
// when bare (what scan_target() writes into ReportMeta::path).
std::string store_path_of(const GitRepo& repo);

// "YYYY-MM-DD" (or a full ISO date) as unix seconds at 00:00 UTC.
std::optional<long long> parse_date(const std::string& text);

// One commit done (scanned, already stored, or failed).
struct HistoryStep {
  int done = 0;
  int total = 0;
  const CommitRef* commit = nullptr;
  enum class Kind { scanned, skipped, failed } kind = Kind::scanned;
  int diagnostics = 0;  // warnings of this commit's scan
  std::string error;    // when failed
  std::string how;      // "partial: N probes" or "full: why" (history/incremental_scan.h)
  double seconds = 0;   // listing, scan and store of this commit
};

struct HistoryResult {
  int selected = 0;
  int scanned = 0;
  int skipped = 0;  // already in the store
  int failed = 0;   // config errors or store errors
  bool stopped = false;  // HistoryOptions::stop ended the run early
  int commits_with_diagnostics = 0;
  int diagnostics = 0;
  std::vector<std::string> errors;  // the first few, "abc1234: why"
  // Commits that kept the facts of the commit scanned before them and ran
  // only the probes their changed files affect (history/incremental_scan.h),
  // and how many probes those ran in all.
  int partial = 0;
  long long probes_rerun = 0;
  long long probes_updated = 0;  // of those, probes that updated from the changed files only
  std::map<std::string, int> full_because;  // why the other commits were scanned in full
  // Seconds spent per stage over the run ("tree", "probe source", "rules",
  // "store" ...), so --verbose can say where a slow history goes.
  std::map<std::string, double> seconds_by_stage;
};

// Scans `commits` (newest first) into `store`. Commits already stored for
// this repository are skipped, so a run killed half-way resumes where it
// stopped. Fails only when the store cannot be read at all.
Result<HistoryResult> scan_history(std::shared_ptr<GitRepo> repo,
                                   const std::vector<CommitRef>& commits,
                                   const HistoryOptions& options, Store& store, FileMemo& memo,
                                   const std::function<void(const HistoryStep&)>& on_step = {});

}  // namespace practrack

namespace practrack {

// Opens the SQLite store at `path` (default_store_path() when empty),
// creating its folder first.
Result<std::unique_ptr<Store>> open_store_at(const std::string& path);

}  // namespace practrack
