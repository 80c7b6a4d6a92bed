// The store keeps every scan as a snapshot. One interface, so a
// PostgreSQL backend can sit beside SQLite later; the SQL it uses is
// kept to what both engines run.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "report/report.h"
#include "util/result.h"

namespace practrack {

// Bumped with every migration in schema.cc; checked on open.
inline constexpr int kStoreSchemaVersion = 4;

struct SnapshotInfo {
  long long id = 0;
  std::string repository;
  std::string path;
  std::string commit;
  std::string source;
  std::string branch;
  std::string scanned_at;
  long long commit_time = 0;  // unix seconds, 0 when unknown
  Tally tally;                // as counted when the snapshot was saved
};

// One practice in one snapshot, for following a practice over time.
struct PracticeHistoryRow {
  long long snapshot = 0;
  std::string commit;
  std::string scanned_at;
  Status status = Status::not_started;
  std::string note;
};

class Store {
 public:
  virtual ~Store() = default;
  // Saves the report as one snapshot in one transaction; returns its id.
  virtual Result<long long> save(const Report& report) = 0;
  // Snapshots saved between begin_batch() and end_batch() are committed
  // together: a history pays one commit for many snapshots. A save that
  // fails inside a batch is undone alone. A crash before end_batch() loses
  // the batch's snapshots, and the next run scans those commits again.
  virtual Result<Ok> begin_batch() = 0;
  virtual Result<Ok> end_batch() = 0;
  // Snapshots of a repository path (every path when empty), newest
  // first; at most `limit` of them, all when limit <= 0.
  virtual Result<std::vector<SnapshotInfo>> list(const std::string& path, int limit) = 0;
  // A stored snapshot back as a Report (facts are not stored).
  virtual Result<Report> load(long long id) = 0;
  // The status of one practice in the snapshots of a repository path,
  // newest first; at most `limit` rows, all when limit <= 0.
  virtual Result<std::vector<PracticeHistoryRow>> history(const std::string& path,
                                                          const std::string& practice,
                                                          int limit) = 0;
  // The snapshot of this commit for this path, when one is stored. Only a
  // snapshot read from the commit itself counts: a working-tree scan names
  // HEAD but may hold changes no commit has (history and diff must not
  // take it for the commit).
  virtual Result<std::optional<long long>> find(const std::string& path,
                                                const std::string& commit) = 0;
};

// Opens (creating when needed) the SQLite store at `path`.
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path);

// $PRACTRACK_DB, else $XDG_DATA_HOME/practrack/practrack.db, else
// ~/.local/share/practrack/practrack.db.
std::string default_store_path();

}  // namespace practrack
