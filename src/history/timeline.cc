#include "history/timeline.h"

#include <algorithm>
#include <set>

namespace practrack {

Result<std::vector<CommitSnapshot>> load_commit_snapshots(Store& store, const std::string& path) {
  auto infos = store.list(path, 0);
  if (!infos) return Error{infos.error()};
  std::vector<SnapshotInfo> kept;
  std::set<std::string> seen;
  for (const auto& info : *infos)  // newest scan first: keep the first per commit
    if (info.source == "commit" && seen.insert(info.commit).second) kept.push_back(info);
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.commit_time != b.commit_time ? a.commit_time < b.commit_time : a.id < b.id;
  });
  std::vector<CommitSnapshot> out;
  out.reserve(kept.size());
  for (auto& info : kept) {
    auto report = store.load(info.id);
    if (!report) return Error{report.error()};
    out.push_back({std::move(info), std::move(*report)});
  }
  return out;
}

namespace {

// The first snapshot against an empty report: what was already there. Its
// practices were not gained there (nothing earlier was stored): they are
// the initial state.
void add_initial(const CommitSnapshot& first, const CommitInfo& info,
                 std::vector<TimelineEvent>& out) {
  for (auto& change : compare_reports(Report{}, first.report))
    if (change.after == Status::adopted || change.after == Status::partial) {
      change.kind = PracticeChange::Kind::initial;
      out.push_back({info, std::move(change)});
    }
}

CommitInfo info_of(const CommitSnapshot& s, const GitRepo* repo) {
  CommitInfo info = repo ? commit_info(*repo, s.info.commit) : CommitInfo{};
  info.hex = s.info.commit;
  if (!info.time) info.time = s.info.commit_time;
  return info;
}

}  // namespace

std::optional<SteadyStatus> steady_status(const std::vector<CommitSnapshot>& snapshots,
                                          std::string_view id, const GitRepo* repo) {
  std::optional<Status> kept;
  for (const auto& snap : snapshots) {
    const Assessment* a = snap.report.find(id);
    if (!a || (kept && *kept != a->status)) return std::nullopt;
    kept = a->status;
  }
  if (!kept) return std::nullopt;
  return SteadyStatus{*kept, info_of(snapshots.front(), repo), static_cast<int>(snapshots.size())};
}

std::vector<TimelineEvent> build_timeline(const std::vector<CommitSnapshot>& snapshots,
                                          const GitRepo* repo) {
  std::vector<TimelineEvent> out;
  if (snapshots.empty()) return out;
  add_initial(snapshots.front(), info_of(snapshots.front(), repo), out);
  for (std::size_t i = 1; i < snapshots.size(); ++i) {
    auto changes = compare_reports(snapshots[i - 1].report, snapshots[i].report);
    CommitInfo info;
    bool looked_up = false;
    for (auto& change : changes) {
      if (change.before == change.after) continue;  // status changes only
      if (!looked_up) info = info_of(snapshots[i], repo), looked_up = true;
      out.push_back({info, std::move(change)});
    }
  }
  return out;
}

}  // namespace practrack
