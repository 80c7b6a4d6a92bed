// practrack scan [PATH] [--rev REV]: the tracker of a repository.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "util/leave_to_exit.h"

namespace practrack::cli {

Runner add_scan_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("scan", "scan a repository and print its practices tracker");
  cmd->footer(
      "Examples:\n"
      "  practrack scan ~/src/myrepo\n"
      "  practrack scan ~/src/myrepo --rev v1.2.0\n"
      "  practrack scan . --format md -o DEVOPS.md\n"
      "  practrack scan . --format json --no-store");
  auto flags = std::make_shared<ScanFlags>();
  auto options = std::make_shared<ReportOptions>();
  add_scan_flags(*cmd, *flags);
  options->add_to(*cmd);
  return [flags, options](Env& env) {
    int code = kOk;
    if (int rc = check_format(env, *options); rc != kOk) return rc;
    auto report = run_scan(env, *flags, code);
    if (!report) return code;
    if (int rc = emit_report(env, *report, *options); rc != kOk) return rc;
    if (int rc = store_report(env, *report, *options); rc != kOk) return rc;
    leave_to_exit(std::make_unique<Report>(std::move(*report)));  // freed by the exit
    return code;
  };
}

}  // namespace practrack::cli
