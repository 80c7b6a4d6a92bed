#include "cli/coverage_io.h"

#include "cli/exit_codes.h"
#include "coverage/coverage_map.h"
#include "coverage/report_parse.h"
#include "rules/rule.h"

namespace practrack::cli {
namespace {

// An overlay (attestation, not-applicable) keeps its status; detection
// alone is refreshed. A practice untouched by config takes the new decision.
void redecide(Report& report, std::string_view id) {
  Assessment* a = nullptr;
  for (auto& x : report.assessments)
    if (x.id == id) a = &x;
  if (!a) return;
  const RuleRow* row = find_rule(id);
  if (!row) return;
  Assessment fresh = row->decide(report.facts);
  bool overlaid = a->status != a->detected || a->note != a->detected_note;
  a->detected = fresh.status;
  a->detected_note = fresh.note;
  if (overlaid) return;
  a->status = fresh.status;
  a->note = fresh.note;
  a->evidence = fresh.evidence;
}

}  // namespace

int apply_coverage(Env& env, Report& report, const std::vector<std::string>& files,
                   const std::string& format, const std::vector<std::string>& areas) {
  auto fmt = coverage::parse_format(format);
  if (!fmt) {
    env.printer.error(fmt.error());
    return kUsage;
  }
  std::vector<coverage::ParsedReport> parsed;
  for (const auto& f : files) {
    auto r = coverage::read_report(f, *fmt);
    if (!r) {
      env.printer.error(r.error());
      return kInputError;
    }
    env.printer.debug(f + ": " + std::string(coverage::format_name(r->format)) + ", " +
                      std::to_string(r->files.size()) + " files");
    parsed.push_back(std::move(*r));
  }
  CoverageFacts& cov = report.facts.coverage;
  if (!areas.empty()) cov.area_globs = areas;
  coverage::apply_reports(cov, parsed);
  if (cov.has_line_data())
    report.facts.metrics["coverage.line_percent"] =
        100.0 * static_cast<double>(cov.total.lines_covered) /
        static_cast<double>(cov.total.lines_total);
  redecide(report, "coverage-measurement");
  redecide(report, "coverage-gate");
  return kOk;
}

}  // namespace practrack::cli
