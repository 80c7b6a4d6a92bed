// Each command registers its options on the app and runs with them.
// Shared conventions live in ReportOptions: --format, -o, --db, --no-store.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"
#include "config/project_config.h"
#include "history/timeline.h"
#include "report/report.h"
#include "util/result.h"

namespace practrack::cli {

// --db's help, the same for every command that reads or writes the store.
inline constexpr const char* kDbHelp =
    "the store (default: $PRACTRACK_DB, else $XDG_DATA_HOME/practrack/practrack.db, else "
    "~/.local/share/practrack/practrack.db)";

struct GlobalOptions {
  std::string color = "auto";  // auto|always|never
  bool quiet = false;
  bool verbose = false;
};

// The options of every command that prints a report.
struct ReportOptions {
  std::string format = "table";
  std::string output;  // -o FILE
  std::string db;      // --db PATH; empty = default
  bool no_store = false;
  void add_to(CLI::App& app, bool with_store = true);
};

// What a command needs at run time.
struct Env {
  const GlobalOptions& global;
  Printer printer;
};

using Runner = std::function<int(Env&)>;

// Each returns the runner for its subcommand after adding it to `app`.
Runner add_scan_command(CLI::App& app);
Runner add_catalog_command(CLI::App& app);
Runner add_explain_command(CLI::App& app);
Runner add_check_command(CLI::App& app);
Runner add_badge_command(CLI::App& app);
Runner add_import_command(CLI::App& app);
Runner add_lint_command(CLI::App& app);
Runner add_init_command(CLI::App& app);
Runner add_sync_command(CLI::App& app);
Runner add_history_command(CLI::App& app);
Runner add_timeline_command(CLI::App& app);
Runner add_diff_command(CLI::App& app);
Runner add_trend_command(CLI::App& app);
Runner add_tests_command(CLI::App& app);
Runner add_coverage_command(CLI::App& app);

// Scans as `scan` does, printing diagnostics; on failure prints the error
// and sets `exit_code`.
struct ScanFlags {
  std::string path = ".";
  std::string rev;
  std::string config;  // --config FILE
  bool no_config = false;
  bool strict = false;
  std::vector<std::string> coverage_reports;  // --coverage-report FILE (repeatable)
  // A broken in-tree .practrack.yml stops the command (exit 2) instead of
  // being ignored with a warning: `check` must not pass without its policy.
  bool config_must_be_valid = false;
  // Checked once the project config is loaded, before the scan: a usage
  // error it returns (non-empty) stops the command with exit 2 and no scan.
  std::function<std::string(const ProjectConfig* config)> before_scan;
};
void add_scan_flags(CLI::App& cmd, ScanFlags& flags);
std::optional<Report> run_scan(Env& env, const ScanFlags& flags, int& exit_code);

// A project config that did not load (`error`, and the `issues` found in
// it), as diagnostics of its `file`: for the repository's own config, which
// is input like any other file, so the command goes on with detection only.
// Every problem is listed; the last says the config is ignored.
std::vector<Diagnostic> ignored_config(const std::string& file, std::vector<ConfigIssue> issues,
                                       const std::string& error);
// "FILE:LINE: message": one problem of a config the user named, which
// stops the command.
std::string config_issue_text(const std::string& file, const ConfigIssue& issue);

// Renders in the chosen format and writes to -o or stdout; returns an exit code.
// Usage error (printed) when --format names no format; checked before a
// scan so that a typo does not wait for the whole scan.
int check_format(Env& env, const ReportOptions& options);
int emit_report(Env& env, const Report& report, const ReportOptions& options);
// Saves to the store unless --no-store; returns an exit code.
int store_report(Env& env, const Report& report, const ReportOptions& options);

// Prints `message` as an error and returns `code`.
int fail(const Env& env, const std::string& message, int code);
// "unknown practice 'x' WHERE; did you mean 'y'?" (no hint when none is close).
std::string unknown(const std::string& what, const std::string& value,
                    const std::vector<std::string>& known, const std::string& where = "");

// The repository and its commit snapshots in the store, for the commands
// that read what `practrack history` stored; nullopt (with the error
// printed and `exit_code` set) when either cannot be opened or nothing of
// the repository is stored yet.
struct StoredHistory {
  std::shared_ptr<GitRepo> repo;
  std::string key;  // the repository's path in the store
  std::vector<CommitSnapshot> snapshots;
};
// The store at `db` (the default when empty) for commands that only read
// it: one that does not exist is an error, never created.
Result<std::unique_ptr<Store>> open_existing_store(const std::string& db);

std::optional<StoredHistory> load_stored_history(const Env& env, const std::string& path,
                                                 const std::string& db, int& exit_code);

}  // namespace practrack::cli
