// Facts from documentation files and from configuration practices: env
// files, .gitignore, the config tree, secret stores (probes/doc/).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// One documentation file and what kind of document it is.
struct DocFile {
  // "readme", "license", "agents", "contributing", "feature-tracker",
  // "pipeline", "practices-tracker", "api", "adr", "runbook", "changelog",
  // "security", "code-of-conduct"
  std::string kind;
  std::string path;
  std::string detail;  // e.g. "mkdocs", "openapi", "README section CI"; may be empty
  Evidence at;
};

// What the root README says; each flag holds the heading or command that shows it.
struct ReadmeFacts {
  std::string path;  // empty when there is no README
  bool install = false;
  bool run = false;
  bool test = false;
  Evidence install_at, run_at, test_at;
  std::vector<std::string> headings;  // first headings, bounded
};

struct LicenseFile {
  std::string path;
  std::string spdx;  // "MIT", "Apache-2.0", ... ; "" when not recognised
  Evidence at;
};

// Compares the numeric parts of dotted versions ("1.10.0" > "1.9",
// "2.0" == "2.0.0"); a pre-release suffix is ignored. -1, 0 or 1. Shared
// by the changelog probe and rule, which compare entries with tags.
inline int compare_versions(std::string_view a, std::string_view b) {
  auto parts = [](std::string_view v) {
    std::vector<long> out;
    long cur = -1;
    for (char c : v) {
      if (std::isdigit(static_cast<unsigned char>(c))) {
        cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
        if (cur > 1000000000) cur = 1000000000;
      } else if (c == '.') {
        out.push_back(cur < 0 ? 0 : cur);
        cur = -1;
      } else {
        break;  // pre-release suffix: compare the numbers only
      }
    }
    if (cur >= 0) out.push_back(cur);
    return out;
  };
  auto pa = parts(a), pb = parts(b);
  std::size_t n = std::max(pa.size(), pb.size());
  for (std::size_t i = 0; i < n; ++i) {
    long x = i < pa.size() ? pa[i] : 0, y = i < pb.size() ? pb[i] : 0;
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

struct ChangelogFacts {
  std::string path;            // empty when there is none
  std::string newest_version;  // "1.4.0" from the newest heading with a version
  std::string newest_date;     // "2024-05-01" from that heading, or ""
  long long newest_time = 0;   // that date as unix seconds (UTC midnight), 0 if none
  int entries = 0;             // headings with a version
  Evidence at;                 // the newest entry's heading
  // A root changelog without entries that gave way to the changelogs of
  // the folders below (axum's points to each crate's): its path; `path`
  // is then the member changelog with the newest entry.
  std::string root_pointer;
  // No root changelog at all: `path` is the newest of the packages' own
  // (pinia's packages/*/CHANGELOG.md, a charts repository's per chart).
  bool per_package = false;
};

struct PracticesTrackerFacts {
  std::string path;            // empty when none
  std::string updated_as_of;   // "2026-02-17" from "Updated as of ...", or ""
  long long updated_time = 0;  // that date as unix seconds (UTC midnight), 0 if none
  int rows = 0;                // table rows with a status
  Evidence at;
};

// ---- configuration and secrets ------------------------------------------

struct EnvFile {
  std::string path;
  bool template_file = false;            // .env.example/.sample/.template/.dist, example.env
  bool ignored = false;                  // the .gitignore rules would ignore it (force-added)
  std::vector<std::string> secret_keys;  // names like DB_PASSWORD, API_TOKEN (never values)
  Evidence at;
};

// A reference to a file of the config tree from code, CI or a script.
struct ConfigRef {
  std::string target;     // "config/test_suites.yaml"
  std::string component;  // first folder of the referencing file, "CI", or "(root)"
  Evidence at;
};

// A secret store seen in files no tool row reads (Kubernetes kinds,
// GitLab CI `secrets:`).
struct SecretStoreHint {
  std::string tool;  // "sealed-secrets", "external-secrets", "GitLab CI secrets (vault)"
  Evidence at;
};

struct ConfigFacts {
  std::vector<EnvFile> env_files;
  bool gitignore_found = false;
  bool env_ignored = false;                // a .gitignore line ignores `.env`
  Evidence env_ignore_at;                  // that line
  std::vector<std::string> env_negations;  // "!.env.example"
  std::string config_dir;                  // "config" when a config tree exists
  std::vector<std::string> config_files;   // data files under it (bounded)
  std::vector<ConfigRef> config_refs;      // from own files read by the probe
  std::vector<Evidence> config_schemas;    // JSON Schema files describing config
  std::vector<SecretStoreHint> secret_stores;
  int ci_secret_refs = 0;  // `${{ secrets.X }}` and the like in CI files
  Evidence ci_secret_at;
  // Secrets handed to services through the environment: compose
  // `${DB_PASSWORD}` substitutions, Kubernetes `secretKeyRef`.
  int service_secret_refs = 0;
  Evidence service_secret_at;
};

struct DocFacts {
  std::vector<DocFile> files;
  ReadmeFacts readme;
  std::vector<LicenseFile> licenses;
  ChangelogFacts changelog;
  PracticesTrackerFacts practices_tracker;
  // Configuration practices live here because RepoFacts has no config member.
  ConfigFacts config;

  std::vector<const DocFile*> of_kind(std::string_view kind) const {
    std::vector<const DocFile*> out;
    for (const auto& f : files)
      if (f.kind == kind) out.push_back(&f);
    return out;
  }
};

}  // namespace practrack
