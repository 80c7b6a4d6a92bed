#include "history/timeline.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace practrack {

namespace {

// Commits of one second (a rebase-merge's, a scripted import's, hundreds
// of them after a large rebase) share a commit time: among those, a parent
// is put before its child, as git log --topo-order would. One topological
// walk from the tied commits gives every one of them its place.
void order_ties_by_ancestry(std::vector<SnapshotInfo>& kept, const GitRepo& repo) {
  std::unordered_map<std::string, std::size_t> place;
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo.get()) != 0) return;
  GitPtr<git_revwalk> walk(raw);
  git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
  for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
    if (kept[i].commit_time != kept[i + 1].commit_time) continue;
    for (std::size_t j : {i, i + 1}) {
      git_oid oid;
      if (!place.emplace(kept[j].commit, 0).second) continue;
      if (git_oid_fromstr(&oid, kept[j].commit.c_str()) != 0 ||
          git_revwalk_push(walk.get(), &oid) != 0)
        return;  // a commit the repository lacks: keep the store's order
    }
  }
  if (place.empty()) return;
  git_oid oid;
  std::size_t seen = 0;
  char hex[GIT_OID_HEXSZ + 1];
  for (std::size_t n = 0; seen < place.size() && git_revwalk_next(&oid, walk.get()) == 0; ++n) {
    git_oid_tostr(hex, sizeof hex, &oid);
    if (auto it = place.find(hex); it != place.end()) it->second = n, ++seen;
  }
  if (seen < place.size()) return;
  std::stable_sort(kept.begin(), kept.end(), [&](const auto& a, const auto& b) {
    if (a.commit_time != b.commit_time) return a.commit_time < b.commit_time;
    auto pa = place.find(a.commit), pb = place.find(b.commit);
    return pa != place.end() && pb != place.end() && pa->second < pb->second;
  });
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
  if (repo) order_ties_by_ancestry(kept, *repo);
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
