// practrack timeline [PATH]: per practice, the commits where its status
// changed, from the snapshots `practrack history` stored.
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "history/change_render.h"
#include "history/timeline.h"
#include "util/dates.h"
#include "util/terminal.h"

namespace practrack::cli {
namespace {

struct TimelineFlags {
  std::string path = ".";
  std::string format = "table";
  std::string output;
  std::string db;
  std::string practice;  // only this practice
};

// "`changelog` stayed Partial in all 12 stored commits, since 1a2b3c4
// (2024-05-01)", after the practice's initial line when it has one.
std::string steady_line(const std::string& id, const SteadyStatus& s, const std::string& before) {
  std::string since = s.since.hex.substr(0, 7);
  if (s.since.time) since += " (" + dates::utc_day(s.since.time) + ")";
  std::string in = s.snapshots == 1 ? "the one stored commit"
                                    : "all " + std::to_string(s.snapshots) + " stored commits";
  return before + (before.empty() ? "" : "\n") + id + " stayed " +
         std::string(status_title(s.status)) + " in " + in + ", since " + since + "\n";
}

int run_timeline(Env& env, const TimelineFlags& flags) {
  int code = kOk;
  auto stored = load_stored_history(env, flags.path, flags.db, code);
  if (!stored) return code;
  const auto& snapshots = stored->snapshots;
  if (!flags.practice.empty() && !find_practice(flags.practice)) {
    // Custom practices are known from the stored snapshots.
    std::vector<std::string> ids;
    for (const auto& p : practices()) ids.emplace_back(p.id);
    bool custom = false;
    for (const auto& snap : snapshots)
      for (const auto& a : snap.report.assessments) {
        custom = custom || a.id == flags.practice;
        if (a.custom) ids.push_back(a.id);
      }
    if (!custom) return fail(env, unknown("practice", flags.practice, ids), kUsage);
  }
  auto events = build_timeline(snapshots, stored->repo.get());
  if (!flags.practice.empty())
    std::erase_if(events, [&](const auto& e) { return e.change.id != flags.practice; });
  // Subjects are cut to fit a terminal only; a pipe or a file gets them whole.
  bool to_terminal = flags.output.empty() && term::is_tty(1);
  std::string text = flags.format == "json" ? render_timeline_json(events)
                     : flags.format == "md" ? render_timeline_md(events)
                                            : render_timeline_table(events, to_terminal ? 60 : 0);
  // One practice that never changed: say what it kept, not only that
  // nothing changed. Markdown and JSON keep their tables (events alone).
  if (!flags.practice.empty() && flags.format == "table")
    if (auto steady = steady_status(snapshots, flags.practice, stored->repo.get()))
      text = steady_line(flags.practice, *steady, events.empty() ? "" : text);
  if (auto err = write_output(flags.output, text); !err.empty()) return fail(env, err, kInputError);
  return kOk;
}

}  // namespace

Runner add_timeline_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("timeline", "when each practice changed status, commit by commit");
  cmd->footer(
      "Reads the snapshots stored by 'practrack history' (run it first).\n\n"
      "Examples:\n"
      "  practrack timeline ~/src/app\n"
      "  practrack timeline . --practice changelog\n"
      "  practrack timeline . --format md -o TIMELINE.md");
  auto flags = std::make_shared<TimelineFlags>();
  cmd->add_option("path", flags->path, "a path inside the git repository (default: .)");
  cmd->add_option("--format,-f", flags->format, "table (default), md, json")
      ->transform(CLI::IsMember({"table", "md", "json"}, CLI::ignore_case));
  cmd->add_option("-o,--output", flags->output, "write to FILE instead of stdout");
  cmd->add_option("--practice", flags->practice, "only this practice id");
  cmd->add_option("--db", flags->db, kDbHelp);
  return [flags](Env& env) { return run_timeline(env, *flags); };
}

}  // namespace practrack::cli
