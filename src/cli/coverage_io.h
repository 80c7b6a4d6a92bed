// Coverage reports given on the command line (--coverage-report, --report)
// joined to a finished scan: the coverage map is rebuilt and the two
// coverage practices are decided again with the measured figure.
#pragma once

#include <string>
#include <vector>

#include "cli/commands.h"
#include "report/report.h"

namespace practrack::cli {

// Reads and parses every report (format "auto" detects each), matches its
// paths to the tree, regroups areas by `areas` when given, and re-decides
// coverage-measurement and coverage-gate. Returns kOk, or kUsage/kInputError
// after printing the error naming the report and line.
int apply_coverage(Env& env, Report& report, const std::vector<std::string>& files,
                   const std::string& format, const std::vector<std::string>& areas);

}  // namespace practrack::cli
