// practrack explain ID [PATH]: why a practice has its status.
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "render/render.h"
#include "util/terminal.h"

namespace practrack::cli {

Runner add_explain_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "show why a practice has its status: criteria and every piece of evidence");
  cmd->footer("Examples:\n  practrack explain ci-caching\n  practrack explain sast ~/src/app --rev main");
  auto id = std::make_shared<std::string>();
  auto flags = std::make_shared<ScanFlags>();
  cmd->add_option("practice", *id, "practice id (see 'practrack catalog')")->required();
  add_scan_flags(*cmd, *flags);
  return [id, flags](Env& env) {
    int code = kOk;
    // An id neither in the catalog nor among the config's own practices is
    // refused before the scan (trial 14: it scanned and warned first).
    flags->before_scan = [&id = *id](const ProjectConfig* config) -> std::string {
      if (find_practice(id)) return "";
      std::vector<std::string> ids;
      for (const auto& p : practices()) ids.emplace_back(p.id);
      if (config)
        for (const auto& c : config->practices) {
          if (c.id == id) return "";
          ids.push_back(c.id);
        }
      return unknown("practice", id, ids);
    };
    auto report = run_scan(env, *flags, code);
    if (!report) return code;
    // Custom practices from config are known only after the scan.
    if (!report->find(*id)) {
      std::vector<std::string> ids;
      for (const auto& a : report->assessments) ids.push_back(a.id);
      env.printer.error(unknown("practice", *id, ids));
      return static_cast<int>(kUsage);
    }
    RenderOptions ro;
    ro.color = env.printer.color_out;
    ro.width = term::width(1);
    ro.full_notes = !term::is_tty(1);  // evidence lines whole in a pipe
    std::string err = write_output("", render_explain(*report, *id, ro));
    return err.empty() ? code : static_cast<int>(kInputError);
  };
}

}  // namespace practrack::cli
