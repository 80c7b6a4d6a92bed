// A repository's practices over its history, from the snapshots stored by
// `practrack history`: the ordered commits, and per practice the commits
// where its status changed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "history/compare.h"
#include "history/history_scan.h"
#include "store/store.h"

namespace practrack {

// One stored commit snapshot, loaded.
struct CommitSnapshot {
  SnapshotInfo info;
  Report report;
};

// The commit snapshots of a repository path, oldest commit first; one per
// commit, the newest scan of it. Commits of the same second are put in
// ancestry order when `repo` is given, else keep the store's order.
Result<std::vector<CommitSnapshot>> load_commit_snapshots(Store& store, const std::string& path,
                                                          const GitRepo* repo = nullptr);

struct TimelineEvent {
  CommitInfo commit;       // hex, author, subject, time
  PracticeChange change;   // before is nullopt for the first snapshot
};

// A practice whose status stayed the same in every snapshot: that status,
// the oldest commit and how many snapshots kept it.
struct SteadyStatus {
  Status status = Status::not_started;
  CommitInfo since;
  int snapshots = 0;
};

// The steady status of practice `id`, or nullopt when its status changed
// or a snapshot lacks it.
std::optional<SteadyStatus> steady_status(const std::vector<CommitSnapshot>& snapshots,
                                          std::string_view id, const GitRepo* repo);

// Status changes between consecutive snapshots, in commit order. The
// first snapshot contributes the practices already adopted or partial, as
// Kind::initial.
std::vector<TimelineEvent> build_timeline(const std::vector<CommitSnapshot>& snapshots,
                                          const GitRepo* repo);

}  // namespace practrack
