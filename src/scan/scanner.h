// The scan pipeline: open the tree, read the project config, run every
// probe, decide every practice, overlay what humans attested, and return
// a Report. Commands call this; so do tests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/project_config.h"
#include "report/report.h"
#include "scan/context.h"
#include "tree/git.h"
#include "util/result.h"

namespace practrack {

struct ScanRequest {
  std::string path = ".";             // any path inside the repository
  std::optional<std::string> rev;     // scan this commit instead of the work tree
  std::string config_path;            // --config FILE; empty: .practrack.yml in the tree
  bool no_config = false;             // ignore any project config
  ScanLimits limits;
  FileMemo* memo = nullptr;           // shared across scans of one history
  std::string today;                  // YYYY-MM-DD for attestation expiry; empty = now
  // The process ends once this scan's report is out: its per-file memory
  // is not freed (util/leave_to_exit.h). Never for a scan of many.
  bool process_ends = false;
};

// What a scan reads: the repository, the tree, and the commit.
struct ScanTarget {
  std::shared_ptr<GitRepo> repo;
  std::unique_ptr<Tree> tree;
  std::optional<git_oid> commit;
  bool work_tree = true;
};

// Fails when the repository or revision cannot be read at all.
Result<ScanTarget> open_target(const std::string& path, const std::optional<std::string>& rev);

// The project config: `request.config_path` from disk, else .practrack.yml
// (or .yaml) in the tree; nullopt when there is none. Every problem goes
// to `issues`; the result fails when there is any.
Result<std::optional<ProjectConfig>> load_config(const ScanTarget& target, const ScanRequest& request,
                                                 std::vector<ConfigIssue>& issues);

// Runs probes, rules and the config overlay over an open target.
Report scan_target(const ScanTarget& target, const ScanRequest& request, const ProjectConfig* config);
// The part of scan_target after scan_tree: the config overlay and the
// report's metadata.
void complete_report(const ScanTarget& target, const ScanRequest& request,
                     const ProjectConfig* config, const ScanContext& context, Report& report);

// All of the above; config problems fail the scan with every issue listed.
Result<Report> scan(const ScanRequest& request);

// A partial scan: the facts of an earlier scan, and the probes to run
// again on them (each after its ProbeRow::reset); the others are skipped.
// Probes with an update (ProbeRow::update) get the changed files instead,
// and fall back to reset and run when they cannot update.
struct Rescan {
  RepoFacts facts;
  ProbeMask probes{};
  std::vector<FileChange> changes;
  // Every probe runs on fresh facts, but those with an update and a keep
  // (ProbeRow::keep): their facts are moved over and updated.
  bool afresh = false;
  // Out: the probes that updated (they read only the changed files, so
  // what they read last time still stands).
  ProbeMask updated{};
};

// Probes and rules over any tree (tests use MemoryTree).
Report scan_tree(const ScanContext& context, Rescan* rescan = nullptr);

// Today's date in UTC, YYYY-MM-DD.
std::string today_utc();

}  // namespace practrack
