// The coverage map as text: the reference tracker's "Coverage Map" table
// and "Modules Without Tests" list (Markdown), an aligned table for the
// terminal, and a JSON object (docs/json-schema.md, "coverage").
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "facts/coverage_facts.h"

namespace practrack::coverage {

// "~461" when any test of the area was counted approximately.
std::string test_count(const CoverageArea& a);

// "### Coverage Map" table, bold Total row, then "Modules Without Tests"
// and unmatched report paths; "" when there are neither tests nor lines.
std::string coverage_markdown(const CoverageFacts& facts);
// The same map as aligned columns for a terminal.
std::string coverage_text(const CoverageFacts& facts);
// The test inventory per area (files, tests) as aligned columns.
std::string inventory_text(const CoverageFacts& facts);

nlohmann::ordered_json coverage_json(const CoverageFacts& facts);

}  // namespace practrack::coverage
