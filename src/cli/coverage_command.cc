// practrack coverage [PATH] --report FILE: the coverage map per source area.
#include "cli/commands.h"
#include "cli/coverage_io.h"
#include "cli/exit_codes.h"
#include "coverage/coverage_table.h"

namespace practrack::cli {
namespace {

// The version of `practrack coverage --format json` (docs/json-schema.md).
constexpr int kCoverageSchemaVersion = 1;

struct CoverageOptions {
  std::vector<std::string> reports;
  std::string report_format = "auto";
  std::vector<std::string> areas;
  std::string format = "table";
  std::string output;
};

std::string render(const Report& report, const std::string& format) {
  const CoverageFacts& cov = report.facts.coverage;
  if (format == "json") {
    // The scan report's `coverage` object, versioned on its own here.
    nlohmann::ordered_json j;
    j["schema_version"] = kCoverageSchemaVersion;
    j.update(coverage::coverage_json(cov));
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  if (format == "md") return coverage::coverage_markdown(cov);
  return coverage::coverage_text(cov);
}

}  // namespace

Runner add_coverage_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("coverage", "print the coverage map: modules tested, line "
                                             "coverage and tests per source area");
  cmd->footer("Examples:\n"
              "  practrack coverage . --report coverage.xml\n"
              "  practrack coverage . --report lcov.info --area src/rfc/ --area dashboard/\n"
              "  practrack coverage . --report cover.out --format json");
  auto flags = std::make_shared<ScanFlags>();
  auto o = std::make_shared<CoverageOptions>();
  add_scan_flags(*cmd, *flags);
  cmd->add_option("--report", o->reports, "coverage report file (repeatable)");
  cmd->add_option("--report-format", o->report_format,
                  "auto, cobertura, lcov, jacoco, coverage-json, go (default: auto)");
  cmd->add_option("--area", o->areas, "a source area: folder or glob (repeatable)");
  cmd->add_option("--format,-f", o->format, "table, md or json")
      ->transform(CLI::IsMember({"table", "md", "json"}, CLI::ignore_case));
  cmd->add_option("-o,--output", o->output, "write to FILE instead of stdout");
  return [flags, o](Env& env) {
    // Reports from either flag are read once, after the scan, in one format.
    std::vector<std::string> reports = o->reports;
    reports.insert(reports.end(), flags->coverage_reports.begin(), flags->coverage_reports.end());
    flags->coverage_reports.clear();
    int code = kOk;
    auto report = run_scan(env, *flags, code);
    if (!report) return code;
    if (int rc = apply_coverage(env, *report, reports, o->report_format, o->areas); rc != kOk)
      return rc;
    if (std::string err = write_output(o->output, render(*report, o->format)); !err.empty()) {
      env.printer.error(err);
      return static_cast<int>(kInputError);
    }
    return code;
  };
}

}  // namespace practrack::cli
