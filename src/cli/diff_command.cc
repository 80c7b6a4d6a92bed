// practrack diff A [B] [PATH]: practices gained, lost and changed between
// two commits (B omitted: the working tree). Stored snapshots are reused.
#include <algorithm>
#include <filesystem>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/open_error.h"
#include "history/change_render.h"
#include "history/compare.h"
#include "history/history_scan.h"
#include "scan/scanner.h"

namespace practrack::cli {
namespace {

struct DiffFlags {
  std::vector<std::string> args;  // A [B] [PATH]
  std::string path = ".";
  std::string format = "table";
  std::string output;
  std::string db;
  std::string config;
  bool no_config = false;
  bool fresh = false;  // never read the store
  bool fail_on_regression = false;
};

struct Side {
  Report report;
  std::string label;
};

// The report of `rev` (nullopt: the working tree): from the store when a
// snapshot of that commit is there, else a fresh scan.
std::optional<Side> side_of(Env& env, const DiffFlags& flags, Store* store,
                            const std::optional<std::string>& rev, int& code) {
  auto target = open_target(flags.path, rev);
  if (!target) {
    env.printer.error(open_error(flags.path, target.error()));
    code = kInputError;
    return std::nullopt;
  }
  std::string hex = target->commit ? oid_hex(*target->commit) : "";
  // A bare repository has no working tree: B omitted is its HEAD.
  std::string label = rev                  ? *rev + " (" + hex.substr(0, 7) + ")"
                      : target->work_tree ? "working tree"
                                          : "HEAD (" + hex.substr(0, 7) + ")";
  if (rev && store) {
    auto id = store->find(store_path_of(*target->repo), hex);
    if (id && *id)
      if (auto stored = store->load(**id)) return Side{std::move(*stored), label};
  }
  ScanRequest request;
  request.path = flags.path;
  request.rev = rev;
  request.config_path = flags.config;
  request.no_config = flags.no_config;
  std::vector<ConfigIssue> issues;
  auto config = load_config(*target, request, issues);
  if (!config) {
    // A config the user named must be right; the repository's own is input
    // like any other file: said with its file and line, then ignored, as
    // scan does (trial 17: diff stopped, naming no file).
    if (!flags.config.empty()) {
      if (issues.empty()) env.printer.error(config.error());
      for (const auto& i : issues) env.printer.error(config_issue_text(flags.config, i));
      code = kUsage;
      return std::nullopt;
    }
    for (const auto& d : ignored_config(".practrack.yml", std::move(issues), config.error()))
      env.printer.warning(config_issue_text(d.path, {d.line, d.message}));
    config = std::optional<ProjectConfig>();
  }
  return Side{scan_target(*target, request, *config ? &**config : nullptr), label};
}

int run_diff(Env& env, DiffFlags& flags) {
  if (flags.args.empty() || flags.args.size() > 3) {
    env.printer.error("diff takes A [B] [PATH]");
    return kUsage;
  }
  std::optional<std::string> a = flags.args[0], b;
  if (flags.args.size() >= 2) b = flags.args[1];
  // "diff A PATH": a folder as second argument is the repository, not B.
  if (flags.args.size() == 2 && std::filesystem::is_directory(*b)) flags.path = *b, b.reset();
  if (flags.args.size() == 3) flags.path = flags.args[2];
  std::unique_ptr<Store> store;
  if (!flags.fresh)
    if (auto s = open_existing_store(flags.db)) store = std::move(*s);
  int code = kOk;
  auto from = side_of(env, flags, store.get(), a, code);
  if (!from) return code;
  auto to = side_of(env, flags, store.get(), b, code);
  if (!to) return code;
  auto changes = compare_reports(from->report, to->report);
  DiffHeader h{from->label, to->label};
  if (!env.printer.verbose)
    h.count_only_hidden = static_cast<int>(std::erase_if(changes, count_only));
  std::string text = flags.format == "json" ? render_diff_json(h, changes)
                     : flags.format == "md" ? render_diff_md(h, changes)
                                            : render_diff_table(h, changes);
  if (auto err = write_output(flags.output, text); !err.empty()) {
    env.printer.error(err);
    return kInputError;
  }
  bool regressed = std::any_of(changes.begin(), changes.end(), is_regression);
  return flags.fail_on_regression && regressed ? kPolicyFailed : kOk;
}

}  // namespace

Runner add_diff_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("diff", "practices gained, lost and changed between two commits");
  cmd->footer(
      "B omitted: the working tree. Snapshots already in the store are reused.\n\n"
      "Examples:\n"
      "  practrack diff v1.0 v2.0\n"
      "  practrack diff origin/main            (against the working tree)\n"
      "  practrack diff HEAD~10 HEAD ~/src/app --format md\n"
      "  practrack diff origin/main HEAD --fail-on-regression");
  auto flags = std::make_shared<DiffFlags>();
  cmd->add_option("revs", flags->args, "A [B] [PATH]")->required()->expected(1, 3);
  cmd->add_option("--format,-f", flags->format, "table (default), md, json")
      ->transform(CLI::IsMember({"table", "md", "json"}, CLI::ignore_case));
  cmd->add_option("-o,--output", flags->output, "write to FILE instead of stdout");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--config,-c", flags->config, "project config file for fresh scans");
  cmd->add_flag("--no-config", flags->no_config, "ignore the project config: detection only");
  cmd->add_flag("--fresh", flags->fresh, "scan both sides even when the store has them");
  cmd->add_flag("--fail-on-regression", flags->fail_on_regression,
                "exit 1 when any practice goes down (adopted > partial > not started)");
  return [flags](Env& env) { return run_diff(env, *flags); };
}

}  // namespace practrack::cli
