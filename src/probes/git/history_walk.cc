#include "probes/git/history_walk.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>

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
  if (++b->seen > kMaxTagRefs) {  // stop: bounded
    b->index->truncated = true;
    return 1;
  }
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

// The commits walks met, each parsed once per opened repository (its
// time, its parents, and on demand what the sample counts), so a history's
// next commit walks plain arrays instead of parsing thousands of commits
// again. Walks are newest first over all parents, as git's time order;
// equal times go by object id, so the order never depends on load order.
class CommitGraph {
 public:
  explicit CommitGraph(git_repository* repo) : repo_(repo) {}

  HistoryBelow walk(const git_oid& start, const TagIndex& tags) {
    // Bounded memory: a graph this large is started again.
    if (nodes_.size() > kMaxNodes) clear();
    ++epoch_;
    Walk w{*this, tags};
    std::uint32_t first = node_of(start);
    walk_from(first, w);
    last_start_ = first;
    last_order_ = std::move(w.order);
    last_tags_any_ = tags.any;
    for (std::size_t t = 0; tags.any && t < tags.tags.size(); ++t) {
      auto it = index_.find(tags.tags[t].commit);
      if (it != index_.end() && nodes_[it->second].visited == epoch_)
        w.below.visited_tags.push_back(t);
    }
    return std::move(w.below);
  }

 private:
  // One walk's rules: which commits it takes, in the order it takes them,
  // and when it stops.
  struct Walk {
    CommitGraph& graph;
    const TagIndex& tags;
    HistoryBelow below;
    std::vector<std::uint32_t> order;  // the commits taken
    int visited = 0;

    bool sample_full() const { return !tags.any && below.sampled >= kSampleSize; }
    // Takes `n`; false when the walk ends with it.
    bool take(std::uint32_t n) {
      Node& node = graph.nodes_[n];
      node.visited = graph.epoch_;
      order.push_back(n);
      if (++visited >= kReachCap) {
        below.horizon = node.time;
        return false;
      }
      if (below.sampled < kSampleSize && !node.merge) {
        graph.count_sample(n);
        ++below.sampled;
        below.conventional += node.conventional;
        below.signed_commits += node.signed_commit;
      }
      return true;
    }
  };

  // Newest first over all parents, from `first`.
  void walk_from(std::uint32_t first, Walk& w) {
    std::vector<std::uint32_t> queue;
    auto later = [this](std::uint32_t a, std::uint32_t b) {  // heap order: newest on top
      const Node& x = nodes_[a];
      const Node& y = nodes_[b];
      if (x.time != y.time) return x.time < y.time;
      return git_oid_cmp(&x.oid, &y.oid) > 0;
    };
    auto push = [&](std::uint32_t n) {
      if (nodes_[n].pushed == epoch_ || !load(n)) return;
      nodes_[n].pushed = epoch_;
      queue.push_back(n);
      std::push_heap(queue.begin(), queue.end(), later);
    };
    auto push_parents = [&](std::uint32_t n) {
      for (std::uint32_t k = 0; k < nodes_[n].parent_count; ++k)
        push(parents_[nodes_[n].first_parent + k]);
    };
    // A history scans a commit, then its parent. When the commit walked
    // last had just one parent, `first`, its walk took that commit and
    // then exactly what the walk from `first` takes, in the same order:
    // that walk goes on from where the last one stopped (its queue), after
    // the commits it took are taken again, without a heap.
    std::span<const std::uint32_t> replay;
    if (follows_last(first, w.tags)) {
      queue = std::move(last_queue_);
      replay = std::span(last_order_).subspan(1);
      for (std::uint32_t n : queue) nodes_[n].pushed = epoch_;
      for (std::uint32_t n : replay) nodes_[n].pushed = epoch_;
    } else {
      push(first);
    }
    bool going = true;
    for (std::uint32_t n : replay) {
      going = !w.sample_full() && w.take(n);
      if (!going) break;
      // The last walk may have stopped at this commit before queueing its parents.
      push_parents(n);
    }
    while (going && !queue.empty() && !w.sample_full()) {
      std::pop_heap(queue.begin(), queue.end(), later);
      std::uint32_t n = queue.back();
      queue.pop_back();
      if (!w.take(n)) break;
      push_parents(n);
    }
    last_queue_ = std::move(queue);
  }

  bool follows_last(std::uint32_t first, const TagIndex& tags) const {
    if (last_order_.empty() || last_order_.front() != last_start_ || last_tags_any_ != tags.any)
      return false;
    const Node& last = nodes_[last_start_];
    return last.parent_count == 1 && parents_[last.first_parent] == first;
  }

  static constexpr std::size_t kMaxNodes = 1 << 18;
  struct Node {
    git_oid oid;
    long long time = 0;
    std::uint32_t first_parent = 0;  // into parents_
    std::uint32_t parent_count = 0;
    std::uint32_t pushed = 0;   // the walk (epoch) that queued it
    std::uint32_t visited = 0;  // the walk that took it from the queue
    bool loaded = false;
    bool readable = false;
    bool merge = false;
    bool counted = false;  // conventional and signed_commit are known
    bool conventional = false;
    bool signed_commit = false;
  };

  std::uint32_t node_of(const git_oid& oid) {
    auto [it, added] = index_.emplace(oid, static_cast<std::uint32_t>(nodes_.size()));
    if (added) nodes_.push_back(Node{oid});
    return it->second;
  }
  // Parses the commit's time and parents; false when it cannot be read
  // (a shallow clone's missing parents): the walk goes on without it.
  bool load(std::uint32_t n) {
    if (nodes_[n].loaded) return nodes_[n].readable;
    nodes_[n].loaded = true;
    auto commit = lookup_commit(repo_, nodes_[n].oid);
    if (!commit) return false;
    unsigned count = git_commit_parentcount(commit.get());
    std::uint32_t first = static_cast<std::uint32_t>(parents_.size());
    for (unsigned k = 0; k < count; ++k)
      if (const git_oid* p = git_commit_parent_id(commit.get(), k)) parents_.push_back(node_of(*p));
    Node& node = nodes_[n];  // node_of() may have moved it
    node.readable = true;
    node.time = git_commit_time(commit.get());
    node.merge = count > 1;
    node.first_parent = first;
    node.parent_count = static_cast<std::uint32_t>(parents_.size()) - first;
    return true;
  }
  void count_sample(std::uint32_t n) {
    if (nodes_[n].counted) return;
    nodes_[n].counted = true;
    auto commit = lookup_commit(repo_, nodes_[n].oid);
    if (!commit) return;
    const char* message = git_commit_message(commit.get());
    nodes_[n].conventional = message && is_conventional(message);
    nodes_[n].signed_commit = is_signed(commit.get());
  }
  void clear() {
    last_order_.clear();
    last_queue_.clear();
    nodes_.clear();
    parents_.clear();
    index_.clear();
  }

  git_repository* repo_;
  std::vector<Node> nodes_;
  std::vector<std::uint32_t> parents_;
  std::unordered_map<git_oid, std::uint32_t, OidHash, OidEq> index_;
  std::uint32_t epoch_ = 0;
  // The last walk: where it started, the commits it took in order, and
  // what it left queued (a heap).
  std::uint32_t last_start_ = 0;
  std::vector<std::uint32_t> last_order_;
  std::vector<std::uint32_t> last_queue_;
  bool last_tags_any_ = false;
};

// What is kept per repository, for as long as the opened repository lives.
struct RepoWalks {
  std::weak_ptr<GitRepo> owner;
  std::shared_ptr<const TagIndex> tags;
  std::unique_ptr<CommitGraph> graph;
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
  if (!w.graph) w.graph = std::make_unique<CommitGraph>(repo->get());
  return w.graph->walk(start, tags);
}

}  // namespace practrack::gitprobe
