// practrack import FILE [-o .practrack.yml]: a tracker document becomes a
// project config that keeps every human status as an attestation.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "scan/scanner.h"
#include "tracker/tracker_import.h"

namespace practrack::cli {
namespace {

struct ImportFlags {
  std::string file;
  std::string output = ".practrack.yml";
  std::string owner;
  bool force = false;
};

std::string default_owner() {
  const char* user = std::getenv("USER");
  return user && *user ? user : "unknown";
}

void report_rows(Env& env, const std::string& file, const ImportResult& result) {
  for (const auto& r : result.rows) {
    std::string where = file + ":" + std::to_string(r.row.line) + ": ";
    if (r.kind == MatchKind::custom)
      env.printer.note(where + "\"" + r.row.practice +
                       "\" names no catalog practice; custom practice '" + r.practice + "'");
    if (r.duplicate_of)
      env.printer.note(where + "\"" + r.row.practice + "\" is '" + r.practice +
                       "', already listed at line " + std::to_string(r.duplicate_of));
  }
}

int run_import(Env& env, const ImportFlags& f) {
  auto text = read_tracker_file(f.file);
  if (!text) return env.printer.error(text.error()), static_cast<int>(kInputError);
  auto doc = parse_tracker(*text);
  if (!doc) return env.printer.error(f.file + ": " + doc.error()), static_cast<int>(kInputError);
  ImportResult result = import_tracker(*doc);
  ImportOptions opt{f.owner.empty() ? default_owner() : f.owner, doc->updated, f.file};
  if (opt.date.empty()) opt.date = today_utc();
  std::string yaml = import_yaml(*doc, result, opt);
  if (f.output != "-" && !f.force && ::access(f.output.c_str(), F_OK) == 0) {
    env.printer.error(f.output + " exists; use --force to overwrite it");
    return kInputError;
  }
  if (std::string err = write_output(f.output == "-" ? "" : f.output, yaml); !err.empty())
    return env.printer.error(err), static_cast<int>(kInputError);
  report_rows(env, f.file, result);
  std::cerr << result.rows.size() << " rows: " << result.mapped()
            << " mapped to catalog practices, " << result.custom() << " custom\n";
  return kOk;
}

}  // namespace

Runner add_import_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("import", "turn a Markdown tracker into a .practrack.yml");
  cmd->footer(
      "Examples:\n  practrack import DEVOPS.md\n  practrack import docs/DEVOPS.md -o - --owner "
      "alice");
  auto f = std::make_shared<ImportFlags>();
  cmd->add_option("file", f->file, "the tracker document (Markdown)")->required();
  cmd->add_option("-o,--output", f->output,
                  "where to write (default .practrack.yml; - for stdout)");
  cmd->add_option("--owner", f->owner, "owner of the attestations (default $USER)");
  cmd->add_flag("--force", f->force, "overwrite an existing output file");
  return [f](Env& env) { return run_import(env, *f); };
}

}  // namespace practrack::cli
