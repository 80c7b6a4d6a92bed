// Git metadata and bounded history of the scanned commit: remotes, branch,
// commit counts, commit-message and signature sampling, reachable tags.
// Never walks an unbounded history: the first-parent count stops at
// kCountCap and the all-parents walk at kReachCap commits.
#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "probes/git/git_probes.h"
#include "probes/git/git_util.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

constexpr int kCountCap = 10000;            // first-parent commits counted
constexpr int kReachCap = 10000;            // commits visited to decide tag reachability
constexpr int kSampleSize = 200;            // non-merge commits sampled for messages/signatures
constexpr std::size_t kMaxTagRefs = 20000;  // tag refs examined
constexpr std::size_t kMaxTags = 2000;      // newest reachable tags kept

struct OidHash {
  std::size_t operator()(const git_oid& o) const {
    std::size_t h = 0;
    for (int i = 0; i < 8; ++i) h = (h << 8) | o.id[i];
    return h;
  }
};
struct OidEq {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b); }
};
using OidSet = std::unordered_set<git_oid, OidHash, OidEq>;

GitPtr<git_commit> lookup_commit(git_repository* repo, const git_oid& oid) {
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repo, &oid) != 0) return nullptr;
  return GitPtr<git_commit>(raw);
}

bool has_header(const git_commit* commit, const char* field) {
  git_buf buf = GIT_BUF_INIT;
  bool found = git_commit_header_field(&buf, commit, field) == 0;
  git_buf_dispose(&buf);
  return found;
}

bool is_signed(const git_commit* commit) {
  return has_header(commit, "gpgsig") || has_header(commit, "gpgsig-sha256");
}

GitPtr<git_revwalk> new_walk(git_repository* repo, const git_oid& start, unsigned sorting) {
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo) != 0) return nullptr;
  GitPtr<git_revwalk> walk(raw);
  git_revwalk_sorting(walk.get(), sorting);
  if (git_revwalk_push(walk.get(), &start) != 0) return nullptr;
  return walk;
}

// First-parent counts already known, per repository: a history scan asks
// for every commit of a chain, and counting each from scratch made a
// 5,000-commit history walk 12 million commits. Only exact counts (walks
// that reached the root) are kept.
class ChainCounts {
 public:
  std::optional<int> get(const std::string& repo, const git_oid& oid) {
    std::lock_guard lock(mu_);
    auto& known = by_repo_[repo];
    auto it = known.find(oid);
    return it == known.end() ? std::nullopt : std::optional<int>(it->second);
  }
  void put(const std::string& repo, const std::vector<git_oid>& chain, int base) {
    std::lock_guard lock(mu_);
    auto& known = by_repo_[repo];
    if (known.size() > kMaxKept) known.clear();  // bounded; it only saves time
    int n = static_cast<int>(chain.size());
    for (int i = 0; i < n; ++i) known[chain[static_cast<std::size_t>(i)]] = base + n - i;
  }

 private:
  static constexpr std::size_t kMaxKept = 1 << 20;
  std::mutex mu_;
  std::map<std::string, std::unordered_map<git_oid, int, OidHash, OidEq>> by_repo_;
};

ChainCounts& chain_counts() {
  static ChainCounts counts;
  return counts;
}

void count_first_parent(git_repository* repo, const git_oid& start, GitFacts& git) {
  auto walk = new_walk(repo, start, GIT_SORT_NONE);
  if (!walk) return;
  git_revwalk_simplify_first_parent(walk.get());
  const std::string key = git_repository_path(repo);
  std::vector<git_oid> chain;
  int base = 0;  // the known count where the walk stopped
  bool exact = true;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    if (auto known = chain_counts().get(key, oid)) {
      base = *known;
      break;
    }
    if (static_cast<int>(chain.size()) == kCountCap) {  // one more exists: a floor
      exact = false;
      break;
    }
    chain.push_back(oid);
  }
  int total = base + static_cast<int>(chain.size());
  if (exact) chain_counts().put(key, chain, base);
  git.total_commits = std::min(total, kCountCap);
  git.history_capped = !exact || total > kCountCap;
}

bool has_tags(git_repository* repo) {
  git_reference_iterator* raw = nullptr;
  if (git_reference_iterator_glob_new(&raw, repo, "refs/tags/*") != 0) return true;
  git_reference* ref = nullptr;
  bool any = git_reference_next(&ref, raw) == 0;
  if (any) git_reference_free(ref);
  git_reference_iterator_free(raw);
  return any;
}

// Walks newest-first over all parents: samples the last kSampleSize
// non-merge commits and remembers what it visited for tag reachability.
// Returns the commit time below which reachability is assumed (0 when the
// walk saw the whole history).
long long sample_history(git_repository* repo, const git_oid& start, GitFacts& git,
                         OidSet& visited) {
  auto walk = new_walk(repo, start, GIT_SORT_TIME);
  if (!walk) return 0;
  // Without tags, nothing needs reachability: the sample is enough.
  bool tags = has_tags(repo);
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    if (!tags && git.sampled_commits >= kSampleSize) return 0;
    visited.insert(oid);
    if (static_cast<int>(visited.size()) >= kReachCap) {
      auto last = lookup_commit(repo, oid);
      return last ? git_commit_time(last.get()) : 0;
    }
    if (git.sampled_commits >= kSampleSize) continue;
    auto commit = lookup_commit(repo, oid);
    if (!commit || git_commit_parentcount(commit.get()) > 1) continue;
    ++git.sampled_commits;
    const char* message = git_commit_message(commit.get());
    if (message && is_conventional(message)) ++git.conventional_commits;
    if (is_signed(commit.get())) ++git.signed_commits;
  }
  return 0;
}

bool tag_signed(const git_tag* tag) {
  const char* message = git_tag_message(tag);
  if (!message) return false;
  std::string_view m(message);
  return m.find("-----BEGIN PGP SIGNATURE-----") != m.npos ||
         m.find("-----BEGIN SSH SIGNATURE-----") != m.npos ||
         m.find("-----BEGIN SIGNED MESSAGE-----") != m.npos;
}

struct TagWalk {
  git_repository* repo;
  const OidSet* visited;
  long long horizon;  // tags older than this are assumed reachable
  long long scanned_time;
  std::vector<Tag>* out;
  std::size_t seen = 0;
};

// Fills `tag` from the ref's target; false when it does not lead to a commit.
bool describe_tag(git_repository* repo, const git_oid& target, Tag& tag, git_oid& commit_id) {
  git_object* raw = nullptr;
  if (git_object_lookup(&raw, repo, &target, GIT_OBJECT_ANY) != 0) return false;
  GitPtr<git_object> obj(raw);
  if (git_object_type(obj.get()) == GIT_OBJECT_TAG) {
    tag.annotated = true;
    tag.signed_tag = tag_signed(reinterpret_cast<const git_tag*>(obj.get()));
  }
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) != 0) return false;
  GitPtr<git_object> commit(peeled);
  commit_id = *git_object_id(commit.get());
  tag.commit = oid_hex(commit_id);
  tag.time = git_commit_time(reinterpret_cast<const git_commit*>(commit.get()));
  return true;
}

int on_tag(const char* name, git_oid* target, void* payload) {
  auto* w = static_cast<TagWalk*>(payload);
  if (++w->seen > kMaxTagRefs) return 1;  // stop: bounded
  Tag tag;
  std::string_view ref(name);
  if (ref.substr(0, 10) == "refs/tags/") ref.remove_prefix(10);
  tag.name = text::sanitize_utf8(ref);  // names reach notes
  git_oid commit_id;
  if (!describe_tag(w->repo, *target, tag, commit_id)) return 0;
  bool reachable = w->visited->count(commit_id) > 0 ||
                   (w->horizon > 0 && tag.time < w->horizon && tag.time <= w->scanned_time);
  if (!reachable) return 0;
  tag.semver = is_semver(tag.name);
  tag.release = tag.semver || is_release_tag(tag.name);
  w->out->push_back(std::move(tag));
  return 0;
}

void collect_tags(git_repository* repo, const OidSet& visited, long long horizon, GitFacts& git) {
  TagWalk walk{repo, &visited, horizon, git.head_time, &git.tags};
  git_tag_foreach(repo, on_tag, &walk);
  std::sort(git.tags.begin(), git.tags.end(), [](const Tag& a, const Tag& b) {
    return a.time != b.time ? a.time > b.time : a.name > b.name;
  });
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
  count_first_parent(repo->get(), *scanned, git);
  OidSet visited;
  long long horizon = sample_history(repo->get(), *scanned, git, visited);
  collect_tags(repo->get(), visited, horizon, git);
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
