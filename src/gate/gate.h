// The CI gate: policy conditions over a Report, and regressions against a
// baseline Report. Each failure names the practice, its evidence and how
// to fix it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/project_config.h"
#include "report/report.h"

namespace practrack {

struct GateFailure {
  std::string kind;      // "required", "min-adoption", "min-category-adoption", "max-partial", "lost"
  std::string practice;  // practice id, when one is concerned
  std::string message;
  std::string howto;
  std::vector<Evidence> evidence;
};

struct GateOptions {
  std::vector<std::string> required;
  Policy policy;
};

struct Baseline {
  const Report* report = nullptr;
  std::string label;  // "origin/main (1a2b3c4)"
};

// Every condition that fails, in a stable order (required, adoption,
// categories, partial, lost).
std::vector<GateFailure> evaluate_gate(const Report& report, const GateOptions& options,
                                       const Baseline& baseline = {});

// The rank of a status for regressions: adopted 2, partial 1, not-started 0;
// not-applicable has no rank.
std::optional<int> status_rank(Status s);

}  // namespace practrack
