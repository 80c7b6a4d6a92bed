#include "cli/app.h"

#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace practrack::cli {
namespace {

term::ColorMode color_mode(const std::string& s) {
  if (s == "always") return term::ColorMode::always;
  if (s == "never") return term::ColorMode::never;
  return term::ColorMode::automatic;
}

// The first word that is not an option, when it names no command: CLI11
// would only say "a subcommand is required".
std::string unknown_command(CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--color") {
      ++i;  // its value
      continue;
    }
    if (a.empty() || a.front() == '-') continue;
    for (const auto* sub : app.get_subcommands({}))
      if (sub->check_name(std::string(a))) return "";
    return std::string(a);
  }
  return "";
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"practrack — keeps a DevOps practices tracker true by reading the repository itself."};
  app.name("practrack");
  app.require_subcommand(1);
  // -q, -v and --color also work after the command name.
  app.fallthrough();
  app.set_version_flag("--version", std::string("practrack ") + PRACTRACK_VERSION);
  app.footer(
      "Examples:\n"
      "  practrack scan                         scan this repository's working tree\n"
      "  practrack scan ~/src/app --rev v1.2.0  scan a commit, no checkout\n"
      "  practrack scan . --format md -o DEVOPS.md\n"
      "  practrack explain ci-caching           why this status\n"
      "\nExit codes: 0 ok, 1 policy failed, 2 usage, 3 input error, 4 --strict warnings,\n"
      "5 store error, 70 internal error.");

  GlobalOptions global;
  app.add_option("--color", global.color, "colour: auto (TTY and no NO_COLOR), always, never")
      ->transform(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case));
  app.add_flag("-q,--quiet", global.quiet, "print only the report and errors");
  app.add_flag("-v,--verbose", global.verbose, "print debug information to stderr");

  std::map<CLI::App*, Runner> runners;
  auto add = [&](Runner (*adder)(CLI::App&)) {
    std::size_t before = app.get_subcommands({}).size();
    Runner r = adder(app);
    runners[app.get_subcommands({})[before]] = std::move(r);
  };
  add(add_scan_command);
  add(add_catalog_command);
  add(add_explain_command);
  add(add_check_command);
  add(add_badge_command);
  add(add_import_command);
  add(add_lint_command);
  add(add_init_command);
  add(add_sync_command);
  add(add_history_command);
  add(add_timeline_command);
  add(add_diff_command);
  add(add_trend_command);
  add(add_tests_command);
  add(add_coverage_command);

  if (std::string word = unknown_command(app, argc, argv); !word.empty()) {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    std::cerr << "practrack: error: " << unknown("command", word, names) << "\n"
              << "Run 'practrack --help' for the commands.\n";
    return kUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 capitalises its messages; ours start in lower case. Point at
    // the help of the command being parsed, which lists its options.
    std::string what = e.what();
    if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z' &&
        !(what.size() > 1 && what[1] >= 'A' && what[1] <= 'Z'))
      what[0] = static_cast<char>(what[0] - 'A' + 'a');
    std::string help = "practrack --help";
    for (const auto* sub : app.get_subcommands({}))
      if (sub->parsed()) help = "practrack " + sub->get_name() + " --help";
    std::cerr << "practrack: error: " << what << "\n";
    std::cerr << "Run '" << help << "' for usage.\n";
    return kUsage;
  }

  Env env{global, {}};
  env.printer.color_out = term::use_color(1, color_mode(global.color));
  env.printer.color_err = term::use_color(2, color_mode(global.color));
  env.printer.quiet = global.quiet;
  env.printer.verbose = global.verbose;
  for (auto& [sub, runner] : runners) {
    if (!sub->parsed()) continue;
    try {
      return runner(env);
    } catch (const std::exception& e) {
      env.printer.error(std::string("internal error: ") + e.what());
      return kInternal;
    }
  }
  return kUsage;
}

}  // namespace practrack::cli
