// practrack init [PATH]: a commented .practrack.yml for this repository.
#include <unistd.h>

#include <cstdlib>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/open_error.h"
#include "scan/scanner.h"
#include "tracker/init_config.h"

namespace practrack::cli {
namespace {

struct InitFlags {
  std::string path = ".";
  std::string output;  // default: .practrack.yml at the repository root
  bool force = false;
};

int run_init(Env& env, const InitFlags& f) {
  auto target = open_target(f.path, std::nullopt);
  if (!target)
    return env.printer.error(open_error(f.path, target.error())), static_cast<int>(kInputError);
  std::string root = target->repo->workdir();
  if (root.empty()) return env.printer.error(f.path + ": a bare repository has no work tree"), 3;
  std::string out = f.output.empty() ? root + "/.practrack.yml" : f.output;
  if (!f.force && ::access(out.c_str(), F_OK) == 0)
    return env.printer.error(out + " exists; use --force to overwrite it"),
           static_cast<int>(kInputError);
  ScanRequest request;
  request.path = f.path;
  request.no_config = true;  // a fresh start, not the old file's view
  Report report = scan_target(*target, request, nullptr);
  const char* user = std::getenv("USER");
  std::string yaml = init_yaml(report, user && *user ? user : "unknown", today_utc());
  if (std::string err = write_output(out, yaml); !err.empty())
    return env.printer.error(err), static_cast<int>(kInputError);
  env.printer.note("wrote " + out);
  return kOk;
}

}  // namespace

Runner add_init_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("init", "write a commented .practrack.yml for this repository");
  cmd->footer("Examples:\n  practrack init\n  practrack init ~/src/app --force");
  auto f = std::make_shared<InitFlags>();
  cmd->add_option("path", f->path, "any path inside the repository (default .)");
  cmd->add_option("-o,--output", f->output, "where to write (default: .practrack.yml at the root)");
  cmd->add_flag("--force", f->force, "overwrite an existing file");
  return [f](Env& env) { return run_init(env, *f); };
}

}  // namespace practrack::cli
