// The conventions shared by every command that prints or stores a report.
#include <chrono>
#include <filesystem>
#include <thread>

#include "cli/commands.h"
#include "cli/coverage_io.h"
#include "cli/exit_codes.h"
#include "cli/open_error.h"
#include "probes/probe.h"
#include "render/render.h"
#include "scan/scanner.h"
#include "store/store.h"
#include "util/terminal.h"

namespace practrack::cli {

void ReportOptions::add_to(CLI::App& app, bool with_store) {
  std::vector<std::string> names;
  std::string help = "output format:";
  for (const auto& f : formats()) {
    names.emplace_back(f.name);
    help += " " + std::string(f.name);
  }
  app.add_option("--format,-f", format, help)->default_val("table");
  app.add_option("-o,--output", output, "write the report to FILE instead of stdout");
  if (with_store) {
    app.add_option("--db", db, kDbHelp);
    app.add_flag("--no-store", no_store, "do not save this scan in the store");
  }
}

void add_scan_flags(CLI::App& cmd, ScanFlags& flags) {
  cmd.add_option("path", flags.path, "a path inside the git repository (default: .)");
  auto not_empty = [](const std::string& s) {
    return s.empty() ? std::string("needs a value") : std::string();
  };
  cmd.add_option("--rev,-r", flags.rev, "scan this commit, branch or tag from git objects, no checkout")
      ->check(not_empty);
  auto* config = cmd.add_option("--config,-c", flags.config,
                                "project config file (default: .practrack.yml in the tree)")
                     ->check(not_empty);
  cmd.add_flag("--no-config", flags.no_config, "ignore the project config: detection only")
      ->excludes(config);
  cmd.add_flag("--strict", flags.strict, "exit 4 when any file could not be read or parsed");
  cmd.add_option("--coverage-report", flags.coverage_reports,
                 "coverage report (Cobertura, LCOV, JaCoCo, coverage.py JSON, Go profile); "
                 "repeatable");
}

namespace {

std::string milliseconds_since(std::chrono::steady_clock::time_point start) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start);
  return std::to_string(ms.count()) + " ms";
}

}  // namespace

std::string config_issue_text(const std::string& file, const ConfigIssue& issue) {
  return file + (issue.line ? ":" + std::to_string(issue.line) : "") + ": " + issue.message;
}

std::vector<Diagnostic> ignored_config(const std::string& file, std::vector<ConfigIssue> issues,
                                       const std::string& error) {
  if (issues.empty()) issues.push_back({0, error});
  std::vector<Diagnostic> out;
  for (const auto& i : issues)
    out.push_back({Severity::warning, file, i.line,
                   &i == &issues.back() ? i.message + " (project config ignored: detection only)"
                                        : i.message});
  return out;
}

std::optional<Report> run_scan(Env& env, const ScanFlags& flags, int& exit_code) {
  ScanRequest request;
  request.path = flags.path;
  if (!flags.rev.empty()) request.rev = flags.rev;
  request.config_path = flags.config;
  request.no_config = flags.no_config;
  request.process_ends = true;  // every command that calls this scans once
  auto opened = std::chrono::steady_clock::now();
  // Joined when the scan is done (or not made).
  std::jthread prepare(prepare_probes);
  auto target = open_target(request.path, request.rev);
  if (!target) {
    // A mistyped argument is said first: without a repository there is no
    // config to add practices to what the catalog names (trial 15).
    if (flags.before_scan && flags.config.empty())
      if (std::string problem = flags.before_scan(nullptr); !problem.empty()) {
        env.printer.error(problem);
        exit_code = kUsage;
        return std::nullopt;
      }
    env.printer.error(open_error(request.path, target.error()));
    exit_code = kInputError;
    return std::nullopt;
  }
  env.printer.debug("listed the files in " + milliseconds_since(opened));
  std::vector<ConfigIssue> issues;
  auto config = load_config(*target, request, issues);
  std::vector<Diagnostic> config_problems;
  if (!config) {
    std::string file = flags.config.empty() ? ".practrack.yml" : flags.config;
    if (!flags.config.empty() || flags.config_must_be_valid) {
      // A config the user named, or one a gate depends on, must be right: stop.
      if (issues.empty()) env.printer.error(config.error());
      for (const auto& i : issues) env.printer.error(config_issue_text(file, i));
      exit_code = issues.empty() ? kInputError : kUsage;
      return std::nullopt;
    }
    config_problems = ignored_config(file, std::move(issues), config.error());
    config = std::optional<ProjectConfig>();
  }
  if (flags.before_scan)
    if (std::string problem = flags.before_scan(*config ? &**config : nullptr); !problem.empty()) {
      env.printer.error(problem);
      exit_code = kUsage;
      return std::nullopt;
    }
  Report report = scan_target(*target, request, *config ? &**config : nullptr);
  report.diagnostics.insert(report.diagnostics.begin(), config_problems.begin(),
                            config_problems.end());
  if (!flags.coverage_reports.empty()) {
    exit_code = apply_coverage(env, report, flags.coverage_reports, "auto", {});
    if (exit_code != kOk) return std::nullopt;
  }
  env.printer.diagnostics(report.diagnostics);
  for (const auto& [name, secs] : report.meta.probe_seconds)
    env.printer.debug("probe " + name + ": " + std::to_string(static_cast<int>(secs * 1000)) + " ms");
  env.printer.debug("scanned " + std::to_string(report.meta.files) + " files in " +
                    std::to_string(static_cast<int>(report.meta.seconds * 1000)) + " ms");
  exit_code = flags.strict && !report.diagnostics.empty() ? kStrictWarnings : kOk;
  return report;
}

int check_format(Env& env, const ReportOptions& options) {
  if (!find_format(options.format)) {
    std::vector<std::string> names;
    for (const auto& f : formats()) names.emplace_back(f.name);
    env.printer.error(unknown("format", options.format, names));
    return kUsage;
  }
  // A report that could not be written is refused before the scan for it
  // runs, not after (trial 14).
  if (std::string problem = output_problem(options.output); !problem.empty()) {
    env.printer.error(problem);
    return kInputError;
  }
  return kOk;
}

int emit_report(Env& env, const Report& report, const ReportOptions& options) {
  if (int rc = check_format(env, options); rc != kOk) return rc;
  const FormatRow* format = find_format(options.format);
  RenderOptions ro;
  bool to_stdout = options.output.empty() || options.output == "-";
  ro.color = to_stdout && env.printer.color_out;
  ro.quiet = env.global.quiet;
  ro.width = to_stdout ? term::width(1) : 100;
  ro.full_notes = !to_stdout || !term::is_tty(1);
  std::string err = write_output(options.output, format->render(report, ro));
  if (!err.empty()) {
    env.printer.error(err);
    return kInputError;
  }
  return kOk;
}

int store_report(Env& env, const Report& report, const ReportOptions& options) {
  if (options.no_store) return kOk;
  std::string path = options.db.empty() ? default_store_path() : options.db;
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto store = open_sqlite_store(path);
  if (!store) {
    env.printer.error(path + ": " + store.error());
    return kStoreError;
  }
  auto id = (*store)->save(report);
  if (!id) {
    env.printer.error(path + ": " + id.error());
    return kStoreError;
  }
  env.printer.debug("stored snapshot " + std::to_string(*id) + " in " + path);
  return kOk;
}

}  // namespace practrack::cli
