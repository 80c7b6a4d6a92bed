// The tool table: which tool implements which practice, and how to
// recognise it in commands, config files, manifest sections, dependencies,
// hooks and CI actions. One file of rows per category (tools_*.cc);
// the resolver (tool_resolver.cc) matches every row against the facts.
#pragma once

#include <string_view>
#include <vector>

namespace practrack {

// Fields holding several values separate them with '|'. An empty field
// never matches.
struct ToolRow {
  std::string_view practice;  // catalog id this row is evidence for
  std::string_view tool;      // display name, e.g. "ruff"
  std::string_view command;   // RE2 pattern searched in command lines ("\bruff\s+check\b")
  std::string_view configs;   // globs of files that configure it ("ruff.toml|.ruff.toml")
  std::string_view sections;  // manifest sections/keys ("tool.ruff")
  std::string_view deps;      // "ecosystem:name"; a trailing '*' is a prefix ("pypi:ruff")
  std::string_view hooks;     // pre-commit/lefthook hook ids ("ruff|ruff-check")
  // CI action/orb/image name prefixes ("astral-sh/ruff-action"); with
  // "?input" only steps that set that input ("docker/build-push-action?sbom").
  std::string_view actions;
  // RE2 pattern: a command segment matching it is not this tool even when
  // `command` matches ("clang-format -Werror" is no compiler setting).
  std::string_view unless = {};
  // The tool is named as another program's argument or setting (a test
  // reporter, a compiler launcher): `command` matches anywhere in a line,
  // not only where the line runs a program (command_words.h).
  bool in_arguments = false;
};

std::vector<ToolRow> source_control_tools();
std::vector<ToolRow> ci_tools();
std::vector<ToolRow> cd_tools();
std::vector<ToolRow> testing_tools();
std::vector<ToolRow> code_quality_tools();
std::vector<ToolRow> config_secrets_tools();
std::vector<ToolRow> containers_infra_tools();
std::vector<ToolRow> observability_tools();
std::vector<ToolRow> documentation_tools();
std::vector<ToolRow> release_tools();
std::vector<ToolRow> mlops_tools();
std::vector<ToolRow> security_tools();

const std::vector<ToolRow>& tool_table();

}  // namespace practrack
