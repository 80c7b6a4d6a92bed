// Puts what humans know over what was detected: custom practices, packs,
// not-applicable entries, attestations, weights and owner decisions.
#pragma once

#include <string>

#include "config/project_config.h"
#include "report/report.h"
#include "scan/context.h"

namespace practrack {

// `today` (YYYY-MM-DD) decides which attestations have expired.
void apply_config(const ProjectConfig& config, const ScanContext& context, Report& report,
                  const std::string& today);

// Decides one custom practice against the tree and the facts.
Assessment decide_custom(const CustomPractice& practice, const ScanContext& context,
                         const RepoFacts& facts);

}  // namespace practrack
