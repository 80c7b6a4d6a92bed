// practrack badge [PATH] -o adoption.svg: the adoption badge.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "render/ci_formats.h"

namespace practrack::cli {

Runner add_badge_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("badge", "write an SVG badge \"devops | 62%\" coloured by adoption");
  cmd->footer("Examples:\n  practrack badge . -o adoption.svg\n  practrack badge . --label practices");
  auto flags = std::make_shared<ScanFlags>();
  auto output = std::make_shared<std::string>();
  auto label = std::make_shared<std::string>("devops");
  add_scan_flags(*cmd, *flags);
  cmd->add_option("-o,--output", *output, "write the SVG to FILE instead of stdout");
  cmd->add_option("--label", *label, "left-hand text (default: devops)");
  return [flags, output, label](Env& env) {
    int code = kOk;
    auto report = run_scan(env, *flags, code);
    if (!report) return code;
    std::string svg = adoption_badge(*report, *label);
    if (std::string err = write_output(*output, svg); !err.empty()) {
      env.printer.error(err);
      return static_cast<int>(kInputError);
    }
    return code;
  };
}

}  // namespace practrack::cli
