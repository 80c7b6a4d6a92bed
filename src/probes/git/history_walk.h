// The walks git-history does below a commit, made cheap for a history
// scan: the repository's tags are described once, and each commit a walk
// meets is parsed once per opened repository (its time and parents), so
// the next commit's walk runs over plain arrays.
#pragma once

#include <git2.h>

#include <memory>
#include <vector>

#include "facts/git_facts.h"
#include "tree/git.h"

namespace practrack::gitprobe {

inline constexpr int kSampleSize = 200;            // non-merge commits sampled
inline constexpr int kReachCap = 10000;            // commits visited for tag reachability
inline constexpr std::size_t kMaxTagRefs = 20000;  // tag refs examined
inline constexpr std::size_t kMaxTags = 2000;      // newest reachable tags kept

GitPtr<git_commit> lookup_commit(git_repository* repo, const git_oid& oid);
// A walk from `start` in the given git_sort_t order.
GitPtr<git_revwalk> new_walk(git_repository* repo, const git_oid& start, unsigned sorting);

// A tag ref, described: what it points at and what kind it is.
struct TagRef {
  Tag tag;
  git_oid commit;
};

// What the walk over all parents, newest first, found below a commit.
struct HistoryBelow {
  int sampled = 0;       // non-merge commits among the first kSampleSize
  int conventional = 0;  // of those, with a conventional message
  int signed_commits = 0;
  // The tags (indices into the TagIndex) on commits among the first
  // kReachCap commits walked.
  std::vector<std::size_t> visited_tags;
  // When the walk stopped at kReachCap: the time of the last commit
  // visited (older tags are assumed reachable); 0 when it saw everything.
  long long horizon = 0;
};

// The tag refs of the repository (at most kMaxTagRefs), described once
// per opened repository. `any` is whether refs/tags/* holds any ref.
struct TagIndex {
  bool any = false;
  bool truncated = false;  // more than kMaxTagRefs refs: the rest are not described
  std::vector<TagRef> tags;
};
std::shared_ptr<const TagIndex> tag_index(const std::shared_ptr<GitRepo>& repo);

// The walk below `start`, newest first over all parents (equal times by
// object id): the sample, and with tags, which of them the first
// kReachCap commits reach.
HistoryBelow walk_below(const std::shared_ptr<GitRepo>& repo, const git_oid& start,
                        const TagIndex& tags);

}  // namespace practrack::gitprobe
