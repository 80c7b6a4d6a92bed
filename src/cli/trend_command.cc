// practrack trend [PATH] -o adoption.svg: adoption over the stored history
// as an SVG line chart (or a Markdown snippet embedding it).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "history/trend.h"

namespace practrack::cli {
namespace {

struct TrendFlags {
  std::string path = ".";
  std::string format = "svg";
  std::string output;
  std::string db;
};

int run_trend(Env& env, const TrendFlags& flags) {
  int code = kOk;
  auto stored = load_stored_history(env, flags.path, flags.db, code);
  if (!stored) return code;
  std::string name = stored->snapshots.back().info.repository;
  TrendChart chart = build_trend(stored->snapshots, "Adoption over time — " + name);
  if (flags.format == "md") {
    // The SVG goes to -o (default adoption.svg); stdout gets the snippet.
    std::string file = flags.output.empty() ? "adoption.svg" : flags.output;
    if (auto err = write_output(file, render_trend_svg(chart)); !err.empty())
      return fail(env, err, kInputError);
    std::string snippet = fmt::format("![Adoption over time]({})\n", file);
    if (auto err = write_output("", snippet); !err.empty()) return fail(env, err, kInputError);
    return kOk;
  }
  if (auto err = write_output(flags.output, render_trend_svg(chart)); !err.empty())
    return fail(env, err, kInputError);
  return kOk;
}

}  // namespace

Runner add_trend_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("trend", "adoption over time as an SVG line chart");
  cmd->footer(
      "Reads the snapshots stored by 'practrack history' (run it first).\n\n"
      "Examples:\n"
      "  practrack trend . -o adoption.svg\n"
      "  practrack trend . --format md -o docs/adoption.svg   (prints the Markdown)");
  auto flags = std::make_shared<TrendFlags>();
  cmd->add_option("path", flags->path, "a path inside the git repository (default: .)");
  cmd->add_option("--format,-f", flags->format, "svg (default), md: a snippet embedding the SVG")
      ->transform(CLI::IsMember({"svg", "md"}, CLI::ignore_case));
  cmd->add_option("-o,--output", flags->output, "write the SVG to FILE (default: stdout)");
  cmd->add_option("--db", flags->db, kDbHelp);
  return [flags](Env& env) { return run_trend(env, *flags); };
}

}  // namespace practrack::cli
