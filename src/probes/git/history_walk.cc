#include "probes/git/history_walk.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "probes/git/git_util.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

bool has_header(const git_commit* commit, const char* field) {
  git_buf buf = GIT_BUF_INIT;
  bool found = git_commit_header_field(&buf, commit, field) == 0;
  git_buf_dispose(&buf);
  return found;
}

bool is_signed(const git_commit* commit) {
  return has_header(commit, "gpgsig") || has_header(commit, "gpgsig-sha256");
}

bool any_tag_ref(git_repository* repo) {
  git_reference_iterator* raw = nullptr;
  if (git_reference_iterator_glob_new(&raw, repo, "refs/tags/*") != 0) return true;
  git_reference* ref = nullptr;
  bool any = git_reference_next(&ref, raw) == 0;
  if (any) git_reference_free(ref);
  git_reference_iterator_free(raw);
  return any;
}

bool tag_signed(const git_tag* tag) {
  const char* message = git_tag_message(tag);
  if (!message) return false;
  std::string_view m(message);
  return m.find("-----BEGIN PGP SIGNATURE-----") != m.npos ||
         m.find("-----BEGIN SSH SIGNATURE-----") != m.npos ||
         m.find("-----BEGIN SIGNED MESSAGE-----") != m.npos;
}

// Fills `ref` from the ref's target; false when it does not lead to a commit.
bool describe_tag(git_repository* repo, const git_oid& target, TagRef& ref) {
  git_object* raw = nullptr;
  if (git_object_lookup(&raw, repo, &target, GIT_OBJECT_ANY) != 0) return false;
  GitPtr<git_object> obj(raw);
  if (git_object_type(obj.get()) == GIT_OBJECT_TAG) {
    ref.tag.annotated = true;
    ref.tag.signed_tag = tag_signed(reinterpret_cast<const git_tag*>(obj.get()));
  }
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) != 0) return false;
  GitPtr<git_object> commit(peeled);
  ref.commit = *git_object_id(commit.get());
  ref.tag.commit = oid_hex(ref.commit);
  ref.tag.time = git_commit_time(reinterpret_cast<const git_commit*>(commit.get()));
  return true;
}

struct IndexBuild {
  git_repository* repo;
  TagIndex* index;
  std::size_t seen = 0;
};

int on_tag(const char* name, git_oid* target, void* payload) {
  auto* b = static_cast<IndexBuild*>(payload);
  if (++b->seen > kMaxTagRefs) return 1;  // stop: bounded
  TagRef ref;
  std::string_view full(name);
  if (full.substr(0, 10) == "refs/tags/") full.remove_prefix(10);
  ref.tag.name = text::sanitize_utf8(full);  // names reach notes
  if (!describe_tag(b->repo, *target, ref)) return 0;
  ref.tag.semver = is_semver(ref.tag.name);
  ref.tag.release = ref.tag.semver || is_release_tag(ref.tag.name);
  b->index->tags.push_back(std::move(ref));
  return 0;
}

std::shared_ptr<const TagIndex> build_tag_index(git_repository* repo) {
  auto index = std::make_shared<TagIndex>();
  index->any = any_tag_ref(repo);
  if (!index->any) return index;
  IndexBuild build{repo, index.get()};
  git_tag_foreach(repo, on_tag, &build);
  return index;
}

// The walk from one commit, newest first over all parents, pulled as far
// as asked and kept. Below a commit met on its linear part (every commit
// before it has one parent), the walk is exactly the walk from that
// commit: a time-ordered walk whose queue only ever held one commit.
// Commits are parsed only when something asks for their details, so a
// walk kept for nothing costs what walking once does.
class KeptWalk {
 public:
  static constexpr std::size_t kMaxSteps = 1 << 17;  // bounded memory

  struct Step {
    git_oid oid;
    bool parsed = false;
    bool merge = false;
    bool conventional = false;
    bool signed_commit = false;
    long long time = 0;
  };

  static std::unique_ptr<KeptWalk> start(git_repository* repo, const git_oid& oid) {
    auto walk = new_walk(repo, oid, GIT_SORT_TIME);
    if (!walk) return nullptr;
    auto kept = std::make_unique<KeptWalk>();
    kept->repo_ = repo;
    kept->walk_ = std::move(walk);
    return kept;
  }

  // Where `oid` is on the linear part of the walk, if it is there.
  std::optional<std::size_t> linear_position(const git_oid& oid) {
    auto it = position_.find(oid);
    if (it == position_.end()) return std::nullopt;
    std::size_t i = it->second;
    for (; no_merge_below_ < i; ++no_merge_below_)
      if (parsed(no_merge_below_).merge) return std::nullopt;
    return i;
  }

  // Whether step `i` exists, pulling more of the walk when needed; false
  // past the end of history, and `capped` when the bound stopped it.
  bool has(std::size_t i, bool& capped) {
    while (steps_.size() <= i) {
      if (done_) return false;
      if (steps_.size() >= kMaxSteps) {
        capped = true;
        return false;
      }
      pull();
    }
    return true;
  }
  // Step `i` (has(i) was true), its commit parsed.
  const Step& parsed(std::size_t i) {
    Step& step = steps_[i];
    if (step.parsed) return step;
    step.parsed = true;
    if (auto commit = lookup_commit(repo_, step.oid)) {
      step.time = git_commit_time(commit.get());
      step.merge = git_commit_parentcount(commit.get()) > 1;
      const char* message = git_commit_message(commit.get());
      step.conventional = message && is_conventional(message);
      step.signed_commit = is_signed(commit.get());
    }
    return step;
  }
  std::optional<std::size_t> position(const git_oid& oid) const {
    auto it = position_.find(oid);
    if (it == position_.end()) return std::nullopt;
    return it->second;
  }

 private:
  void pull() {
    git_oid oid;
    if (git_revwalk_next(&oid, walk_.get()) != 0) {
      done_ = true;
      return;
    }
    position_.emplace(oid, steps_.size());
    steps_.push_back(Step{oid});
  }

  git_repository* repo_ = nullptr;
  GitPtr<git_revwalk> walk_;
  bool done_ = false;
  std::vector<Step> steps_;
  std::unordered_map<git_oid, std::size_t, OidHash, OidEq> position_;
  std::size_t no_merge_below_ = 0;  // steps before it are known to have one parent
};

// The walk from `start` over the kept steps at `i`; nullopt when the
// bound on kept steps cut it short.
std::optional<HistoryBelow> below_kept(KeptWalk& kept, std::size_t i, const TagIndex& tags) {
  HistoryBelow below;
  std::size_t visited = 0;
  bool capped = false;
  for (std::size_t j = i;; ++j) {
    if (!tags.any && below.sampled >= kSampleSize) break;
    if (!kept.has(j, capped)) {
      if (capped) return std::nullopt;
      break;
    }
    if (++visited >= static_cast<std::size_t>(kReachCap)) {
      below.horizon = kept.parsed(j).time;
      break;
    }
    if (below.sampled >= kSampleSize) continue;
    const KeptWalk::Step& step = kept.parsed(j);
    if (step.merge) continue;
    ++below.sampled;
    below.conventional += step.conventional;
    below.signed_commits += step.signed_commit;
  }
  for (std::size_t t = 0; tags.any && t < tags.tags.size(); ++t) {
    auto at = kept.position(tags.tags[t].commit);
    if (at && *at >= i && *at < i + visited) below.visited_tags.push_back(t);
  }
  return below;
}

// The walk from `start` itself, as git-history always did it.
HistoryBelow below_walking(git_repository* repo, const git_oid& start, const TagIndex& tags) {
  HistoryBelow below;
  auto walk = new_walk(repo, start, GIT_SORT_TIME);
  if (!walk) return below;
  std::unordered_set<git_oid, OidHash, OidEq> visited;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    if (!tags.any && below.sampled >= kSampleSize) break;
    visited.insert(oid);
    if (static_cast<int>(visited.size()) >= kReachCap) {
      auto last = lookup_commit(repo, oid);
      below.horizon = last ? git_commit_time(last.get()) : 0;
      break;
    }
    if (below.sampled >= kSampleSize) continue;
    auto commit = lookup_commit(repo, oid);
    if (!commit || git_commit_parentcount(commit.get()) > 1) continue;
    ++below.sampled;
    const char* message = git_commit_message(commit.get());
    below.conventional += message && is_conventional(message);
    below.signed_commits += is_signed(commit.get());
  }
  for (std::size_t t = 0; tags.any && t < tags.tags.size(); ++t)
    if (visited.count(tags.tags[t].commit)) below.visited_tags.push_back(t);
  return below;
}

// What is kept per repository, for as long as the opened repository lives.
struct RepoWalks {
  std::weak_ptr<GitRepo> owner;
  std::shared_ptr<const TagIndex> tags;
  bool walked = false;  // a first commit was walked: more may follow
  std::unique_ptr<KeptWalk> kept;
};

std::mutex g_mu;
std::map<const GitRepo*, RepoWalks> g_walks;

// The entry of `repo`; what was kept for a closed repository is dropped
// (its address may be reused). Called with g_mu held.
RepoWalks& walks_of(const std::shared_ptr<GitRepo>& repo) {
  std::erase_if(g_walks, [](const auto& kv) { return kv.second.owner.expired(); });
  RepoWalks& w = g_walks[repo.get()];
  if (w.owner.lock() != repo) {
    w = RepoWalks{};
    w.owner = repo;
  }
  return w;
}

}  // namespace

GitPtr<git_commit> lookup_commit(git_repository* repo, const git_oid& oid) {
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repo, &oid) != 0) return nullptr;
  return GitPtr<git_commit>(raw);
}

GitPtr<git_revwalk> new_walk(git_repository* repo, const git_oid& start, unsigned sorting) {
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo) != 0) return nullptr;
  GitPtr<git_revwalk> walk(raw);
  git_revwalk_sorting(walk.get(), sorting);
  if (git_revwalk_push(walk.get(), &start) != 0) return nullptr;
  return walk;
}

std::shared_ptr<const TagIndex> tag_index(const std::shared_ptr<GitRepo>& repo) {
  std::lock_guard lock(g_mu);
  RepoWalks& w = walks_of(repo);
  if (!w.tags) w.tags = build_tag_index(repo->get());
  return w.tags;
}

HistoryBelow walk_below(const std::shared_ptr<GitRepo>& repo, const git_oid& start,
                        const TagIndex& tags) {
  std::lock_guard lock(g_mu);
  RepoWalks& w = walks_of(repo);
  git_repository* raw = repo->get();
  if (w.kept) {
    if (auto i = w.kept->linear_position(start))
      if (auto below = below_kept(*w.kept, *i, tags)) return *below;
  }
  // A single scan walks once and keeps nothing. From the second commit
  // on, the walk is kept for the commits below it, unless it starts at a
  // merge (then it has no linear part to serve them).
  auto commit = lookup_commit(raw, start);
  bool merge = commit && git_commit_parentcount(commit.get()) > 1;
  if (!w.walked || merge) {
    w.walked = true;
    return below_walking(raw, start, tags);
  }
  w.kept = KeptWalk::start(raw, start);
  if (w.kept)
    if (auto below = below_kept(*w.kept, 0, tags)) return *below;
  return below_walking(raw, start, tags);
}

}  // namespace practrack::gitprobe
