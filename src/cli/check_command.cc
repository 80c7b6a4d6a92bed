// practrack check [PATH]: the gate. Exit 0 when every policy holds, 1 when
// any fails (each failure printed with its evidence and a how-to).
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "gate/gate.h"
#include "scan/scanner.h"
#include "util/text.h"

namespace practrack::cli {
namespace {

struct CheckFlags {
  ScanFlags scan;
  std::string baseline;
  std::vector<std::string> required;
  double min_adoption = -1;
  int max_partial = -1;
  std::string format = "text";
  std::string output;
};

std::string short_id(const std::string& commit) { return commit.substr(0, 7); }

// Scans the baseline revision with the same config as the current scan, so
// that only the repository's change can make a difference.
std::optional<Report> scan_baseline(Env& env, const CheckFlags& flags, int& code) {
  ScanRequest request;
  request.path = flags.scan.path;
  request.rev = flags.baseline;
  request.config_path = flags.scan.config;
  request.no_config = flags.scan.no_config;
  auto target = open_target(request.path, request.rev);
  if (!target) {
    env.printer.error("baseline: " + target.error());
    code = kInputError;
    return std::nullopt;
  }
  // The config of the tree being checked, not the baseline's own.
  auto current = open_target(request.path, flags.scan.rev.empty() ? std::nullopt
                                                                    : std::optional(flags.scan.rev));
  std::vector<ConfigIssue> issues;
  auto config = current ? load_config(*current, request, issues) : Result<std::optional<ProjectConfig>>(
                                                                       Error{current.error()});
  if (!config) {
    code = kUsage;
    return std::nullopt;
  }
  return scan_target(*target, request, *config ? &**config : nullptr);
}

std::string render_text(const std::vector<GateFailure>& failures, const Report& report,
                        const Printer& printer) {
  using term::paint;
  using term::Style;
  std::string out;
  Tally t = report.tally();
  if (failures.empty()) {
    out += paint("PASS", Style::green, printer.color_out) + "  " + report.meta.repository +
           ": every policy holds (" + std::to_string(t.adopted) + "/" + std::to_string(t.applicable()) +
           " adopted)\n";
    return out;
  }
  out += paint("FAIL", Style::red, printer.color_out) + "  " + report.meta.repository + ": " +
         std::to_string(failures.size()) + " condition(s) failed\n\n";
  for (const auto& f : failures) {
    out += "  " + paint("✗ " + f.kind, Style::red, printer.color_out) + "  " + f.message + "\n";
    for (const auto& e : f.evidence) {
      if (e.path.empty()) continue;
      out += "      " + e.path + (e.line ? ":" + std::to_string(e.line) : "") +
             (e.excerpt.empty() ? "" : "  " + e.excerpt) + "\n";
    }
    if (!f.howto.empty()) out += "      how to: " + f.howto + "\n";
  }
  return out;
}

std::string render_json(const std::vector<GateFailure>& failures, const Report& report) {
  nlohmann::ordered_json j;
  j["schema_version"] = 1;
  j["repository"] = report.meta.repository;
  j["commit"] = report.meta.commit;
  j["passed"] = failures.empty();
  j["failures"] = nlohmann::ordered_json::array();
  for (const auto& f : failures) {
    nlohmann::ordered_json jf;
    jf["kind"] = f.kind;
    jf["practice"] = f.practice;
    jf["message"] = text::sanitize_utf8(f.message);
    jf["howto"] = f.howto;
    jf["evidence"] = nlohmann::ordered_json::array();
    for (const auto& e : f.evidence)
      jf["evidence"].push_back({{"path", e.path}, {"line", e.line}, {"excerpt", text::sanitize_utf8(e.excerpt)}});
    j["failures"].push_back(jf);
  }
  return j.dump(2) + "\n";
}

}  // namespace

Runner add_check_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "the CI gate: fail when a required practice is missing, "
                                          "adoption is below the minimum, or a practice was lost");
  cmd->footer(
      "Policies come from .practrack.yml (required, policy.min_adoption,\n"
      "policy.min_category_adoption, policy.max_partial); flags add to them.\n\n"
      "Examples:\n"
      "  practrack check .\n"
      "  practrack check . --baseline origin/main\n"
      "  practrack check . --require ci-on-push,unit-tests --min-adoption 60\n\n"
      "Exit codes: 0 pass, 1 policy failed, 2 usage or config error, 3 input error.");
  auto flags = std::make_shared<CheckFlags>();
  flags->scan.config_must_be_valid = true;
  add_scan_flags(*cmd, flags->scan);
  cmd->add_option("--baseline,-b", flags->baseline, "fail when a practice adopted or partial at REV is lower now");
  cmd->add_option("--require", flags->required, "practices that must be adopted (comma-separated)")->delimiter(',');
  cmd->add_option("--min-adoption", flags->min_adoption, "minimum overall adoption, percent")->check(CLI::Range(0.0, 100.0));
  cmd->add_option("--max-partial", flags->max_partial, "maximum number of partial practices")->check(CLI::NonNegativeNumber);
  cmd->add_option("--format,-f", flags->format, "text or json")->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case));
  cmd->add_option("-o,--output", flags->output, "write the result to FILE instead of stdout");
  return [flags](Env& env) {
    int code = kOk;
    auto report = run_scan(env, flags->scan, code);
    if (!report) return code;
    GateOptions options;
    options.required = report->required;
    for (const auto& id : flags->required)
      if (std::find(options.required.begin(), options.required.end(), id) == options.required.end())
        options.required.push_back(id);
    for (const auto& id : options.required)
      if (!report->find(id)) {
        std::vector<std::string> ids;
        for (const auto& a : report->assessments) ids.push_back(a.id);
        env.printer.error(unknown("practice", id, ids, "in --require"));
        return static_cast<int>(kUsage);
      }
    // Policy from config, overridden by flags.
    options.policy = report->policy;
    if (flags->min_adoption >= 0) options.policy.min_adoption = flags->min_adoption;
    if (flags->max_partial >= 0) options.policy.max_partial = flags->max_partial;
    std::optional<Report> base;
    Baseline baseline;
    if (!flags->baseline.empty()) {
      int base_code = kOk;
      base = scan_baseline(env, *flags, base_code);
      if (!base) return base_code;
      baseline.report = &*base;
      std::string now = report->meta.source == "working tree" ? "the working tree"
                                                              : short_id(report->meta.commit);
      baseline.label = flags->baseline + " (" + short_id(base->meta.commit) + ", compared with " + now + ")";
    }
    auto failures = evaluate_gate(*report, options, baseline);
    std::string text = flags->format == "json" ? render_json(failures, *report)
                                               : render_text(failures, *report, env.printer);
    if (std::string err = write_output(flags->output, text); !err.empty()) {
      env.printer.error(err);
      return static_cast<int>(kInputError);
    }
    return failures.empty() ? code : static_cast<int>(kPolicyFailed);
  };
}

}  // namespace practrack::cli
