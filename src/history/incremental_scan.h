// Scans the commits of a history one after another, each from the one
// before it: the facts of the previous commit are kept and just the
// probes that read a changed file run again, with the probes that read
// the commit itself and, when files were added or removed, the probes
// whose use of the listing concerns those paths (ScanContext's
// ListingUse). Those that cannot run alone (no ProbeRow::reset) make the
// commit a full scan, which keeps the memo slots of the files that stayed.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/scanner.h"

namespace practrack {

class IncrementalScanner {
 public:
  struct Counts {
    int full = 0;         // commits scanned in full
    int partial = 0;      // commits that kept the previous facts
    long long rerun = 0;  // probes run again by the partial scans
    long long updated = 0;  // of those, probes that updated from the changed files
    std::map<std::string, int> full_because;  // why each full scan was one
  };

  // `full_only`: every commit gets a full scan (to check the partial ones).
  // Without `facts_in_reports`, reports come back without their facts
  // (a history stores decisions only), which spares a copy of every fact
  // per commit when there is no project config.
  explicit IncrementalScanner(bool full_only = false, bool facts_in_reports = true)
      : full_only_(full_only), facts_in_reports_(facts_in_reports) {}

  // The tree of `commit`: the last scanned commit's tree moved to it in
  // place when only blob ids changed, else listed anew. Pass it to scan().
  Result<std::unique_ptr<Tree>> open_tree(std::shared_ptr<GitRepo> repo, const git_oid& commit);
  // Scans the target's commit like scan_target(), and keeps its tree and
  // facts for the next call.
  Report scan(ScanTarget target, const ScanRequest& request, const ProjectConfig* config);
  const Counts& counts() const { return counts_; }
  // How the last commit was scanned: "partial: 5 probes", "full: why".
  const std::string& last_scan() const { return last_; }
  // The probes the last scan ran, when it was partial (by name).
  std::vector<std::string_view> last_probes() const;

 private:
  struct Previous {
    // Its listing, compared with the next commit's; null once open_tree()
    // moved it to the next commit.
    std::unique_ptr<Tree> tree;
    RepoFacts facts;  // before the config overlay
    std::vector<Diagnostic> diagnostics;
    std::vector<ProbeMask> readers;  // by index in the listing
    ProbeMask rows_read{};           // the rows with a bit in `readers`
    ListingUses listing;             // by row
    Carryover carried;               // of `memo`
    const FileMemo* memo = nullptr;
  };
  bool full_only_;
  bool facts_in_reports_;
  std::optional<Previous> previous_;
  // Set by open_tree() when it moved the previous tree: the tree handed
  // out, and the indices of the files whose blob changed.
  const Tree* advanced_tree_ = nullptr;
  std::vector<std::size_t> advanced_;
  // When paths were added or removed: each file's index before, and the
  // files removed (TreeStep).
  std::optional<std::vector<std::ptrdiff_t>> relisted_;
  std::vector<FileEntry> removed_;
  Counts counts_;
  std::string last_;
  ProbeMask last_rerun_{};
};

}  // namespace practrack
