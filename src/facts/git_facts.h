// Facts from git metadata and recent history (probes/git_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Remote {
  std::string name;
  std::string url;   // credentials stripped
  std::string host;  // "gitlab.com", "github.com", ...
};

struct Tag {
  std::string name;
  std::string commit;
  long long time = 0;  // unix seconds of the tagged commit
  bool semver = false;
};

struct GitFacts {
  bool is_repository = false;
  std::string head_commit;   // full hex; empty when unborn
  std::string branch;        // current branch, when known
  long long head_time = 0;   // unix seconds of the scanned commit
  std::vector<Remote> remotes;
  std::vector<Tag> tags;     // newest first
  int sampled_commits = 0;   // non-merge commits examined (at most 200)
  int conventional_commits = 0;
  int signed_commits = 0;
  int total_commits = 0;     // in first-parent history, bounded
};

}  // namespace practrack
