// Git metadata and bounded history of the scanned commit: remotes, branch,
// commit counts, commit-message and signature sampling, reachable tags.
// Never walks an unbounded history: the first-parent count stops a
// margin past kCountCap and the all-parents walk at kReachCap commits.
#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "probes/git/git_probes.h"
#include "probes/git/git_util.h"
#include "probes/git/history_walk.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

constexpr int kCountCap = 10000;  // first-parent commits counted
// A walk that passes the cap goes on this far, so that the commits a
// history scans next (their parents) know they are past the cap too.
constexpr int kCountMargin = kCountCap / 4;

// First-parent counts already known, per repository: a history scan asks
// for every commit of a chain, and counting each from scratch made a
// 5,000-commit history walk 12 million commits. Counts of walks that
// reached the root are exact; a walk stopped past the cap leaves floors
// ("at least"), kept only where they exceed the cap, so that the next
// commits of a long history (37,000 commits in bitnami/charts) are known
// capped at once instead of walking 10,000 commits each.
class ChainCounts {
 public:
  struct Known {
    int count = 0;
    bool exact = true;
  };
  std::optional<Known> get(const std::string& repo, const git_oid& oid) {
    std::lock_guard lock(mu_);
    auto& known = by_repo_[repo];
    auto it = known.find(oid);
    return it == known.end() ? std::nullopt : std::optional<Known>(it->second);
  }
  // chain[i] has `total - i` commits (exactly or at least); floors at or
  // under the cap tell nothing and are not kept.
  void put(const std::string& repo, const std::vector<git_oid>& chain, int total, bool exact) {
    std::lock_guard lock(mu_);
    auto& known = by_repo_[repo];
    if (known.size() > kMaxKept) known.clear();  // bounded; it only saves time
    for (std::size_t i = 0; i < chain.size(); ++i) {
      int count = total - static_cast<int>(i);
      if (!exact && count <= kCountCap) break;
      known[chain[i]] = {count, exact};
    }
  }

 private:
  static constexpr std::size_t kMaxKept = 1 << 20;
  std::mutex mu_;
  std::map<std::string, std::unordered_map<git_oid, Known, OidHash, OidEq>> by_repo_;
};

ChainCounts& chain_counts() {
  static ChainCounts counts;
  return counts;
}

void count_first_parent(git_repository* repo, const git_commit* start_commit, GitFacts& git) {
  const git_oid& start = *git_commit_id(start_commit);
  const std::string key = git_repository_path(repo);
  auto settle = [&](int total, bool exact) {
    git.total_commits = std::min(total, kCountCap);
    git.history_capped = total > kCountCap;
    chain_counts().put(key, {start}, total, exact);
  };
  // A history scans each commit after its first parent: the parent's
  // count settles this one without starting a walk.
  if (git_commit_parentcount(start_commit) == 0) return settle(1, true);
  if (auto known = chain_counts().get(key, *git_commit_parent_id(start_commit, 0));
      known && (known->exact || known->count + 1 > kCountCap))
    return settle(known->count + 1, known->exact);
  auto walk = new_walk(repo, start, GIT_SORT_NONE);
  if (!walk) return;
  git_revwalk_simplify_first_parent(walk.get());
  std::vector<git_oid> chain;
  int base = 0;  // the known count where the walk stopped
  bool exact = true;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    if (auto known = chain_counts().get(key, oid)) {
      // A floor that puts this start past the cap settles it; a lower one
      // cannot, and the walk goes on.
      if (known->exact || known->count + static_cast<int>(chain.size()) > kCountCap) {
        base = known->count;
        exact = known->exact;
        break;
      }
    }
    if (static_cast<int>(chain.size()) == kCountCap + kCountMargin) {  // one more: a floor
      base = 1;
      exact = false;
      break;
    }
    chain.push_back(oid);
  }
  int total = base + static_cast<int>(chain.size());
  chain_counts().put(key, chain, total, exact);
  git.total_commits = std::min(total, kCountCap);
  git.history_capped = total > kCountCap;
}

// The tags on commits the walk below the scanned commit reached, newest
// first; tags older than its horizon are assumed reachable.
void collect_tags(const TagIndex& index, const HistoryBelow& below, GitFacts& git) {
  std::vector<bool> visited(index.tags.size(), false);
  for (std::size_t t : below.visited_tags) visited[t] = true;
  for (std::size_t t = 0; t < index.tags.size(); ++t) {
    const Tag& tag = index.tags[t].tag;
    bool assumed = below.horizon > 0 && tag.time < below.horizon && tag.time <= git.head_time;
    if (visited[t] || assumed) git.tags.push_back(tag);
  }
  std::sort(git.tags.begin(), git.tags.end(), [](const Tag& a, const Tag& b) {
    return a.time != b.time ? a.time > b.time : a.name > b.name;
  });
  git.tags_capped = index.truncated || git.tags.size() > kMaxTags;
  if (git.tags.size() > kMaxTags) git.tags.resize(kMaxTags);
  for (const Tag& t : git.tags) git.signed_tags += t.signed_tag ? 1 : 0;
}

void collect_remotes(const GitRepo& repo, GitFacts& git) {
  for (const auto& r : repo.remotes())
    git.remotes.push_back({text::sanitize_utf8(r.name), text::sanitize_utf8(strip_credentials(r.url)),
                           url_host(r.url)});
}

// The branch HEAD is on, when HEAD is the scanned commit.
void collect_branch(git_repository* repo, const git_oid& scanned, GitFacts& git) {
  git_reference* raw = nullptr;
  if (git_repository_head(&raw, repo) != 0) return;
  GitPtr<git_reference> head(raw);
  const git_oid* target = git_reference_target(head.get());
  if (!target || !git_oid_equal(target, &scanned) || !git_reference_is_branch(head.get())) return;
  const char* name = nullptr;
  if (git_branch_name(&name, head.get()) == 0 && name) git.branch = text::sanitize_utf8(name);
}

}  // namespace

void reset_git_history(RepoFacts& facts) {
  GitFacts& git = facts.git;
  GitFacts clean;
  // The fields below are this probe's; the forge, component and version
  // probes fill the rest of GitFacts.
  git.is_repository = clean.is_repository;
  git.head_commit = clean.head_commit;
  git.branch = clean.branch;
  git.head_time = clean.head_time;
  git.remotes = clean.remotes;
  git.tags = clean.tags;
  git.tags_capped = clean.tags_capped;
  git.signed_tags = clean.signed_tags;
  git.sampled_commits = clean.sampled_commits;
  git.conventional_commits = clean.conventional_commits;
  git.signed_commits = clean.signed_commits;
  git.total_commits = clean.total_commits;
  git.history_capped = clean.history_capped;
  git.shallow = clean.shallow;
  for (auto key : {"git.commits", "git.tags", "git.conventional_ratio", "git.signed_ratio"})
    facts.metrics.erase(key);
}

void probe_git_history(const ScanContext& ctx, RepoFacts& facts) {
  GitFacts& git = facts.git;
  GitRepo* repo = ctx.repo();
  if (!repo) return;
  git.is_repository = true;
  git.shallow = git_repository_is_shallow(repo->get()) == 1;
  collect_remotes(*repo, git);
  const git_oid* scanned = ctx.commit();
  if (!scanned) return;
  auto commit = lookup_commit(repo->get(), *scanned);
  if (!commit) return;
  git.head_commit = oid_hex(*scanned);
  git.head_time = git_commit_time(commit.get());
  collect_branch(repo->get(), *scanned, git);
  count_first_parent(repo->get(), commit.get(), git);
  auto tags = tag_index(ctx.repo_ptr());
  HistoryBelow below = walk_below(ctx.repo_ptr(), *scanned, *tags);
  git.sampled_commits = below.sampled;
  git.conventional_commits = below.conventional;
  git.signed_commits = below.signed_commits;
  collect_tags(*tags, below, git);
  facts.metrics["git.commits"] = git.total_commits;
  facts.metrics["git.tags"] = static_cast<double>(git.tags.size());
  if (git.sampled_commits > 0) {
    facts.metrics["git.conventional_ratio"] =
        static_cast<double>(git.conventional_commits) / git.sampled_commits;
    facts.metrics["git.signed_ratio"] =
        static_cast<double>(git.signed_commits) / git.sampled_commits;
  }
}

}  // namespace practrack::gitprobe
