// The scan pipeline: open the tree, run every probe, decide every
// practice, and return a Report. Commands call this; so do tests.
#pragma once

#include <optional>
#include <string>

#include "report/report.h"
#include "scan/context.h"
#include "util/result.h"

namespace practrack {

struct ScanRequest {
  std::string path = ".";             // any path inside the repository
  std::optional<std::string> rev;     // scan this commit instead of the work tree
  ScanLimits limits;
  FileMemo* memo = nullptr;           // shared across scans of one history
  bool debug = false;                 // record per-probe timings as diagnostics
};

// Fails only when the repository or revision cannot be read at all;
// problems with single files end up in Report::diagnostics.
Result<Report> scan(const ScanRequest& request);

// Runs probes and rules over an already-open tree (tests use MemoryTree).
Report scan_tree(const ScanContext& context);

}  // namespace practrack
