#include "coverage/coverage_table.h"

#include <algorithm>
#include <cmath>

#include "coverage/coverage_map.h"
#include "util/terminal.h"
#include "util/text.h"

namespace practrack::coverage {
namespace {

using Json = nlohmann::ordered_json;

// Markdown cells here hold paths and numbers; a '|' in a path is escaped.
std::string md(std::string_view s) {
  std::string out;
  for (char c : text::sanitize_utf8(s)) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string md_row(const CoverageArea& a, bool bold) {
  auto b = [bold](std::string s) { return bold ? "**" + s + "**" : s; };
  return "| " + b(md(a.name)) + " | " + b(std::to_string(a.modules_tested)) + " | " +
         b(std::to_string(a.modules_total)) + " | " + b(percent(a.lines_covered, a.lines_total)) +
         " | " + b(test_count(a)) + " |\n";
}

std::vector<const ModuleInfo*> untested(const CoverageFacts& facts) {
  std::vector<const ModuleInfo*> out;
  for (const auto& m : facts.modules)
    if (m.tested_by.empty()) out.push_back(&m);
  return out;
}

Json area_json(const CoverageArea& a) {
  Json j;
  j["name"] = a.name;
  j["modules_tested"] = a.modules_tested;
  j["modules_total"] = a.modules_total;
  j["test_files"] = a.test_files;
  j["tests"] = a.tests;
  j["tests_approximate"] = a.approximate;
  j["lines_covered"] = a.lines_covered;
  j["lines_total"] = a.lines_total;
  if (a.lines_total > 0)
    j["line_percent"] = std::round(1000.0 * static_cast<double>(a.lines_covered) /
                                   static_cast<double>(a.lines_total)) / 10.0;
  else
    j["line_percent"] = nullptr;
  return j;
}

}  // namespace

std::string test_count(const CoverageArea& a) {
  return (a.approximate ? "~" : "") + std::to_string(a.tests);
}

std::string coverage_markdown(const CoverageFacts& facts) {
  if (!facts.has_tests() && !facts.has_line_data()) return "";
  std::string out = "### Coverage Map\n\n";
  out += "| Source Area | Modules Tested | Total Modules | Coverage % | Test Count |\n";
  out += "|-------------|----------------|---------------|------------|------------|\n";
  for (const auto& a : facts.areas) out += md_row(a, false);
  out += md_row(facts.total, true);
  if (!facts.reports.empty()) {
    std::string names;
    for (const auto& r : facts.reports) names += (names.empty() ? "" : ", ") + ("`" + r + "`");
    out += "\nLine coverage from " + names + ".\n";
  }
  auto missing = untested(facts);
  if (!missing.empty()) {
    out += "\n### Modules Without Tests\n\n";
    for (const ModuleInfo* m : missing) out += "- `" + md(m->path) + "`\n";
  }
  if (!facts.unmatched.empty()) {
    out += "\n### Report Paths Not In The Tree\n\n";
    for (const auto& u : facts.unmatched) out += "- `" + md(u) + "`\n";
  }
  return out + "\n";
}

std::string coverage_text(const CoverageFacts& facts) {
  std::vector<std::vector<std::string>> rows{
      {"Source Area", "Modules Tested", "Total Modules", "Coverage %", "Test Count"}};
  auto add = [&](const CoverageArea& a) {
    rows.push_back({a.name, std::to_string(a.modules_tested), std::to_string(a.modules_total),
                    percent(a.lines_covered, a.lines_total), test_count(a)});
  };
  for (const auto& a : facts.areas) add(a);
  add(facts.total);
  std::string out = term::aligned(rows);
  auto missing = untested(facts);
  if (!missing.empty()) {
    out += "\nModules without tests (" + std::to_string(missing.size()) + "):\n";
    for (const ModuleInfo* m : missing) out += "  " + m->path + "\n";
  }
  if (!facts.unmatched.empty()) {
    out += "\nReport paths not in the tree (" + std::to_string(facts.unmatched.size()) + "):\n";
    for (const auto& u : facts.unmatched) out += "  " + u + "\n";
  }
  return out;
}

std::string inventory_text(const CoverageFacts& facts) {
  std::vector<std::vector<std::string>> rows{{"Area", "Test Files", "Tests"}};
  for (const auto& a : facts.areas)
    if (a.test_files) rows.push_back({a.name, std::to_string(a.test_files), test_count(a)});
  rows.push_back({"Total", std::to_string(facts.total.test_files), test_count(facts.total)});
  return term::aligned(rows);
}

Json coverage_json(const CoverageFacts& facts) {
  Json j;
  Json areas = Json::array();
  for (const auto& a : facts.areas) areas.push_back(area_json(a));
  j["areas"] = std::move(areas);
  j["total"] = area_json(facts.total);
  Json missing = Json::array();
  for (const ModuleInfo* m : untested(facts)) missing.push_back(m->path);
  j["modules_without_tests"] = std::move(missing);
  j["reports"] = facts.reports;
  j["unmatched_report_paths"] = facts.unmatched;
  return j;
}

}  // namespace practrack::coverage
