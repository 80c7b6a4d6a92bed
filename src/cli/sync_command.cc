// practrack sync FILE [PATH]: regenerates the tracker's generated parts in
// place from a scan; everything a person wrote outside them is kept.
#include <filesystem>
#include <optional>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "render/render_kit.h"
#include "scan/scanner.h"
#include "tracker/tracker_doc.h"
#include "tracker/tracker_sync.h"

namespace practrack::cli {
namespace {

struct SyncFlags {
  std::string file;
  std::string path;  // default: the repository containing FILE
  std::string config;
  bool no_config = false;
};

int run_sync(Env& env, const SyncFlags& f) {
  auto text = read_tracker_file(f.file);
  if (!text) return env.printer.error(text.error()), static_cast<int>(kInputError);
  ScanRequest request;
  request.path = f.path.empty() ? std::filesystem::absolute(f.file).parent_path().string() : f.path;
  request.config_path = f.config;
  request.no_config = f.no_config;
  // The tracker is evidence of its own practice (practices-tracker reads
  // its date and rows), so what one sync writes can change the next scan:
  // scan again until the document stops changing, and a second `sync`
  // changes nothing. Two rounds settle it; the third is a bound.
  constexpr int kMaxRounds = 3;
  std::string current = *text;
  std::optional<SyncResult> first;
  for (int round = 0; round < kMaxRounds; ++round) {
    auto report = scan(request);
    if (!report) return env.printer.error(report.error()), static_cast<int>(kInputError);
    if (round == 0) env.printer.diagnostics(report->diagnostics);
    // The commit's time, not now: a second sync of the same commit is a no-op.
    if (report->meta.commit_time > 0)
      report->meta.scanned_at = render::iso_utc(report->meta.commit_time);
    SyncResult result = sync_document(current, sync_parts(*report));
    if (result.text == current) break;
    if (std::string err = write_output(f.file, result.text); !err.empty())
      return env.printer.error(err), static_cast<int>(kInputError);
    current = result.text;
    if (!first) first = std::move(result);
  }
  if (!first) {
    env.printer.note(f.file + ": already up to date");
    return kOk;
  }
  env.printer.note(f.file + ": " + std::to_string(first->replaced) + " parts regenerated, " +
                   std::to_string(first->added) + " added");
  return kOk;
}

}  // namespace

Runner add_sync_command(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("sync", "regenerate a Markdown tracker in place, keeping human text");
  cmd->footer("Examples:\n  practrack sync DEVOPS.md\n  practrack sync docs/DEVOPS.md ~/src/app");
  auto f = std::make_shared<SyncFlags>();
  cmd->add_option("file", f->file, "the tracker document to update")->required();
  cmd->add_option("path", f->path, "the repository to scan (default: FILE's)");
  cmd->add_option("--config", f->config, "project config (default: .practrack.yml in the tree)");
  cmd->add_flag("--no-config", f->no_config, "ignore any project config");
  return [f](Env& env) { return run_sync(env, *f); };
}

}  // namespace practrack::cli
