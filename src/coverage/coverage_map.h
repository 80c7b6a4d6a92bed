// The coverage map: modules tested, test counts and line coverage per
// source area, and the matching of report paths to tree files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coverage/report_parse.h"
#include "facts/coverage_facts.h"

namespace practrack::coverage {

// Report paths rarely match the tree (absolute CI paths, package-relative
// names). Each report path goes to the tree file sharing its longest path
// suffix, at least the base name; ties leave it unmatched.
struct PathMatch {
  std::vector<std::pair<std::string, std::string>> matched;  // report path, tree path
  std::vector<std::string> unmatched;
};
PathMatch match_paths(const std::vector<std::string>& report_paths,
                      const std::vector<std::string>& tree_paths);

// The area of a path. With `globs` (--area), the most specific one that
// matches: a glob ("dashboard/core/**") or a folder ("dashboard/core/");
// files under none go to "other". Without, the first two levels under
// src/ ("src/rfc/"), else the top folder ("scripts/"), else "(root)".
std::string area_of(std::string_view path, const std::vector<std::string>& globs);

// Fills facts.areas and facts.total from modules, test files and lines.
void build_areas(CoverageFacts& facts);

// Adds parsed coverage reports: matches their paths to modules and test
// files, records lines and unmatched paths, then rebuilds the areas.
void apply_reports(CoverageFacts& facts, const std::vector<ParsedReport>& reports);

// "85%" or "—"; one decimal under 10% so small figures stay visible.
std::string percent(long covered, long total);

}  // namespace practrack::coverage
