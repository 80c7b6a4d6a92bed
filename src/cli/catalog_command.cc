// practrack catalog: the practices, their ids and criteria.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "render/render.h"
#include "util/terminal.h"

namespace practrack::cli {

Runner add_catalog_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("catalog", "list the practices: categories, ids, names and what counts as evidence");
  cmd->footer("Examples:\n  practrack catalog\n  practrack catalog --format json");
  auto format = std::make_shared<std::string>("table");
  auto output = std::make_shared<std::string>();
  cmd->add_option("--format,-f", *format, "table, md or json")
      ->transform(CLI::IsMember({"table", "md", "json"}, CLI::ignore_case));
  cmd->add_option("-o,--output", *output, "write to FILE instead of stdout");
  return [format, output](Env& env) {
    RenderOptions ro;
    ro.color = output->empty() && env.printer.color_out;
    ro.width = term::width(1);
    std::string text = *format == "json" ? render_catalog_json()
                       : *format == "md" ? render_catalog_markdown()
                                         : render_catalog_table(ro);
    std::string err = write_output(*output, text);
    if (!err.empty()) {
      env.printer.error(err);
      return static_cast<int>(kInputError);
    }
    return static_cast<int>(kOk);
  };
}

}  // namespace practrack::cli
