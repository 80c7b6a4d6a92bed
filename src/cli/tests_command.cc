// practrack tests [PATH]: the test inventory, per framework and per area.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/coverage_io.h"
#include "cli/exit_codes.h"
#include "coverage/coverage_table.h"
#include "util/terminal.h"

namespace practrack::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string count(const TestSuite& t) {
  return (t.approximate || t.parametrized ? "~" : "") + std::to_string(t.tests);
}

// Frameworks, then the programs automake's `make check` runs (test drivers
// whose cases are not counted: "—"), as the unit-tests note counts them.
std::string frameworks_text(const RepoFacts& facts) {
  const SourceFacts& source = facts.source;
  const auto& automake = facts.scripts.automake_tests;
  // Headers over nothing read like a broken table: say it in words.
  if (source.tests.empty() && automake.empty())
    return "No tests found: no test file of a known framework, no test program.\n";
  std::vector<std::vector<std::string>> rows{{"Framework", "Test Files", "Tests", "Parametrized"}};
  for (const auto& t : source.tests)
    rows.push_back({t.framework, std::to_string(t.files), count(t), std::to_string(t.parametrized)});
  for (const auto& a : automake)
    rows.push_back({"automake TESTS (" + a.file + ")", std::to_string(a.programs.size()), "—", "0"});
  return term::aligned(rows, {0, 0, 6, 0});  // "~1234" counts fit under "Tests"
}

Json inventory_json(const Report& report) {
  Json j;
  j["schema_version"] = kReportSchemaVersion;
  Json fws = Json::array();
  for (const auto& t : report.facts.source.tests)
    fws.push_back({{"framework", t.framework},
                   {"files", t.files},
                   {"tests", t.tests},
                   {"parametrized", t.parametrized},
                   {"approximate", t.approximate}});
  j["frameworks"] = std::move(fws);
  Json programs = Json::array();
  for (const auto& a : report.facts.scripts.automake_tests)
    programs.push_back({{"file", a.file}, {"runner", "automake make check"}, {"programs", a.programs}});
  j["test_programs"] = std::move(programs);
  Json cov = coverage::coverage_json(report.facts.coverage);
  j["areas"] = cov["areas"];
  j["total"] = cov["total"];
  return j;
}

}  // namespace

Runner add_tests_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("tests", "list the test inventory per framework and source area");
  cmd->footer(
      "Counts marked ~ are approximate (parametrized or counted by pattern).\n"
      "Examples:\n  practrack tests .\n  practrack tests . --area 'src/*/' --format json");
  auto flags = std::make_shared<ScanFlags>();
  auto areas = std::make_shared<std::vector<std::string>>();
  auto format = std::make_shared<std::string>("table");
  add_scan_flags(*cmd, *flags);
  cmd->add_option("--area", *areas, "a source area: folder or glob (repeatable)");
  cmd->add_option("--format,-f", *format, "table or json")
      ->transform(CLI::IsMember({"table", "json"}, CLI::ignore_case));
  return [flags, areas, format](Env& env) {
    int code = kOk;
    auto report = run_scan(env, *flags, code);
    if (!report) return code;
    if (!areas->empty())
      if (int rc = apply_coverage(env, *report, {}, "auto", *areas); rc != kOk) return rc;
    std::string out =
        *format == "json"
            ? inventory_json(*report).dump(2, ' ', false, Json::error_handler_t::replace) + "\n"
        : report->facts.source.tests.empty() && areas->empty()
            ? frameworks_text(report->facts)
            : frameworks_text(report->facts) + "\n" +
                  coverage::inventory_text(report->facts.coverage);
    if (std::string err = write_output("", out); !err.empty()) {
      env.printer.error(err);
      return static_cast<int>(kInputError);
    }
    return code;
  };
}

}  // namespace practrack::cli
