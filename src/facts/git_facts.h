// Facts from git metadata and recent history (probes/git/), and from the
// files that describe how a repository is kept on its forge: code owners,
// review templates, protection settings, its component layout and how its
// product reports a version. Everything here describes the scanned commit
// (ctx.commit()), so a work-tree scan and a --rev scan of the same commit
// agree; only `branch` and `remotes` come from the repository itself.
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Remote {
  std::string name;
  std::string url;   // credentials stripped
  std::string host;  // "gitlab.com", "github.com", ...; empty for local paths
};

struct Tag {
  std::string name;
  std::string commit;
  long long time = 0;  // unix seconds of the tagged commit
  bool semver = false;
  bool release = false;  // names a release: semver, "v2", "1.4", "release-2024.01"
  bool annotated = false;
  bool signed_tag = false;  // annotated tag carrying a PGP/SSH/X.509 signature
};

// A CODEOWNERS file and how many path rules assign owners.
struct CodeOwnersFile {
  std::string path;
  int rules = 0;  // lines "pattern @owner ..." (sections and comments excluded)
  Evidence at;    // first rule, or the file when it has none
};

// A branch protected by a settings-as-code file (.github/settings.yml,
// Terraform github/gitlab branch protection resources).
struct ProtectionAsCode {
  std::string path;
  std::string branch;  // branch name or pattern, "" when the file does not say
  Evidence at;
};

// A manifest or Dockerfile that makes its directory a component of its own
// (one row per file; a directory may have several). Gathered here because monorepo detection must
// work even when the manifest family found nothing.
struct Component {
  std::string dir;   // "." for the root
  std::string file;  // the manifest or Dockerfile that makes it a component
  Evidence at;
};

// Evidence that the product reports its own version: a --version flag, an
// argparse version action, click's version_option, a `version` make target.
// Gathered here because no other family records it; see the report.
struct VersionReport {
  std::string kind;  // "argparse version action", "--version flag", ...
  Evidence at;
};

struct GitFacts {
  bool is_repository = false;
  std::string head_commit;  // full hex of the scanned commit; empty when unborn
  std::string branch;       // HEAD's branch when HEAD is the scanned commit
  long long head_time = 0;  // unix seconds of the scanned commit
  std::vector<Remote> remotes;
  std::vector<Tag> tags;     // reachable from the scanned commit, newest first
  bool tags_capped = false;  // tags stopped at a bound: counts of them are "at least"
  int signed_tags = 0;
  int sampled_commits = 0;  // non-merge commits examined (at most 200)
  int conventional_commits = 0;
  int signed_commits = 0;
  int total_commits = 0;        // in first-parent history, bounded
  bool history_capped = false;  // total_commits stopped at the bound
  bool shallow = false;         // a shallow clone: history is cut short

  std::vector<CodeOwnersFile> codeowners;
  std::vector<ProtectionAsCode> protection_as_code;
  std::string settings_file;               // .github/settings.yml when present, protecting or not
  std::string settings_extends;            // its `_extends:` (settings inherited from another repo)
  std::vector<Evidence> review_templates;  // PR/MR templates
  std::vector<Component> components;
  std::vector<VersionReport> version_reports;
};

}  // namespace practrack
