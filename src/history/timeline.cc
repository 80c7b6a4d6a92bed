#include "history/timeline.h"

#include <algorithm>
#include <set>

namespace practrack {

namespace {

// Commits of one second (a rebase-merge's, a scripted import's) share a
// commit time: among those, a parent is put before its child, as git log
// --topo-order would. Larger groups keep the store's order: each pair asks
// git whether one descends from the other.
constexpr std::size_t kMaxSameSecond = 64;

void order_by_ancestry(std::vector<SnapshotInfo>::iterator first,
                       std::vector<SnapshotInfo>::iterator last, const GitRepo& repo) {
  const auto n = static_cast<std::size_t>(last - first);
  std::vector<git_oid> oids(n);
  for (std::size_t i = 0; i < n; ++i)
    if (git_oid_fromstr(&oids[i], first[static_cast<std::ptrdiff_t>(i)].commit.c_str()) != 0)
      return;
  // descends[i * n + j]: commit i descends from commit j.
  std::vector<char> descends(n * n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j)
        descends[i * n + j] = git_graph_descendant_of(repo.get(), &oids[i], &oids[j]) == 1;
  // Repeatedly take the first (in store order) whose ancestors are all taken.
  std::vector<SnapshotInfo> ordered;
  std::vector<char> taken(n, 0);
  while (ordered.size() < n) {
    std::size_t pick = n;
    for (std::size_t i = 0; i < n && pick == n; ++i) {
      if (taken[i]) continue;
      bool waits = false;
      for (std::size_t j = 0; j < n && !waits; ++j) waits = !taken[j] && descends[i * n + j];
      if (!waits) pick = i;
    }
    if (pick == n) return;  // a cycle cannot happen in git; keep the store's order
    taken[pick] = 1;
    ordered.push_back(first[static_cast<std::ptrdiff_t>(pick)]);
  }
  std::move(ordered.begin(), ordered.end(), first);
}

}  // namespace

Result<std::vector<CommitSnapshot>> load_commit_snapshots(Store& store, const std::string& path,
                                                          const GitRepo* repo) {
  auto infos = store.list(path, 0);
  if (!infos) return Error{infos.error()};
  std::vector<SnapshotInfo> kept;
  std::set<std::string> seen;
  for (const auto& info : *infos)  // newest scan first: keep the first per commit
    if (info.source == "commit" && seen.insert(info.commit).second) kept.push_back(info);
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.commit_time != b.commit_time ? a.commit_time < b.commit_time : a.id < b.id;
  });
  for (auto begin = kept.begin(); repo && begin != kept.end();) {
    auto end = std::find_if(begin, kept.end(), [&](const SnapshotInfo& s) {
      return s.commit_time != begin->commit_time;
    });
    auto size = static_cast<std::size_t>(end - begin);
    if (size > 1 && size <= kMaxSameSecond) order_by_ancestry(begin, end, *repo);
    begin = end;
  }
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
