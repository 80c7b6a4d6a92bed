// The tool resolver: matches every row of a tool table against the shared
// facts (commands, hooks, CI actions, own files, manifest sections,
// dependencies) and appends one ToolUse per finding to RepoFacts::tools.
// Patterns are compiled once per table; tool_probes() uses tool_table().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "facts/repo_facts.h"
#include "probes/tool/tool_table.h"
#include "scan/context.h"

namespace practrack {

class ToolMatcher {
 public:
  explicit ToolMatcher(std::vector<ToolRow> rows);
  ~ToolMatcher();
  ToolMatcher(const ToolMatcher&) = delete;
  ToolMatcher& operator=(const ToolMatcher&) = delete;

  // One message per row whose command pattern does not compile
  // ("ruff (linting): missing )"); such rows never match a command.
  const std::vector<std::string>& errors() const;

  // Appends the tool uses found in `facts` and `ctx.own_files()` to
  // facts.tools (deduplicated) and counts distinct tools per practice in
  // facts.metrics["tools.<practice>"].
  void resolve(const ScanContext& ctx, RepoFacts& facts) const;

 private:
  struct Compiled;
  class Sink;
  void match_runs(const RepoFacts& facts, Sink& sink) const;
  void match_configs(const ScanContext& ctx, Sink& sink) const;
  void match_sections(const RepoFacts& facts, Sink& sink) const;
  void match_dependencies(const RepoFacts& facts, Sink& sink) const;
  void follow_invocations(const RepoFacts& facts, Sink& sink) const;
  void run_hooks(const RepoFacts& facts, const std::string& id, const Command& top,
                 const std::string& detail, Sink& sink) const;
  std::unique_ptr<Compiled> c_;
};

// The matcher over tool_table(), compiled on first use.
const ToolMatcher& default_tool_matcher();

// Where a command runs, in words that follow its origin in notes:
// "job lint" (CI), "pre-commit" (hook), "code-lint" (make),
// "npm run lint" / "tox -e lint" (package script), "ci/lint.sh" (script).
std::string command_detail(const Command& cmd);

}  // namespace practrack
