// Commit-message checkers found by their own configuration: commitlint,
// commitizen, gitlint, cocogitto, commit-check, conform. Checkers run as
// hooks (commit-msg stage, pre-commit hook ids) are read from HookFacts by
// the rules; this probe only adds what a config file shows. package.json
// keys are read with the package.json hooks (package_json_checks), so the
// file is read once.
#include <array>

#include "parse/json.h"
#include "probes/hook/hook_probes.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

struct CheckerFiles {
  const char* tool;
  const char* globs;  // '|'-separated full-path globs, root-level configs
};

const std::array<CheckerFiles, 6> kCheckerFiles = {{
    {"commitlint",
     "commitlint.config.{js,cjs,mjs,ts,cts,mts}|.commitlintrc|"
     ".commitlintrc.{json,yaml,yml,js,cjs,mjs,ts,cts}"},
    {"commitizen", ".cz.toml|cz.toml|.cz.json|cz.json|.cz.yaml|cz.yaml"},
    {"gitlint", ".gitlint"},
    {"cocogitto", "cog.toml"},
    {"commit-check", ".commit-check.yml|.commit-check.yaml"},
    {"conform", ".conform.yaml"},
}};

void add_check(RepoFacts& facts, std::string tool, Evidence at) {
  for (const auto& c : facts.hooks.commit_checks)
    if (c.tool == tool && c.at.path == at.path) return;
  facts.hooks.commit_checks.push_back({std::move(tool), std::move(at)});
}

// TOML table headers at the start of a line ("[tool.commitizen]"), read
// from one file once.
void find_tables(const ScanContext& ctx, const char* path,
                 std::initializer_list<std::pair<std::string_view, const char*>> tables,
                 RepoFacts& facts) {
  const FileEntry* f = ctx.find(path);
  if (!f) return;
  auto content = ctx.read_text(*f);
  if (!content) return;
  int number = 0;
  for (std::string_view line : text::lines(*content)) {
    ++number;
    for (const auto& [header, tool] : tables)
      if (text::trim(line) == header)
        add_check(facts, tool, Evidence{f->path, number, std::string(header)});
  }
}

}  // namespace

void package_json_checks(const std::string& path, std::string_view content,
                         const nlohmann::json& root, RepoFacts& facts) {
  if (root.contains("commitlint"))
    add_check(facts, "commitlint",
              Evidence{path, text::find_line(content, "\"commitlint\""), "\"commitlint\""});
  if (root.contains("config") && root.at("config").is_object() &&
      root.at("config").contains("commitizen")) {
    std::size_t at = content.find("\"config\"");
    std::size_t key = content.find("\"commitizen\"", at == std::string_view::npos ? 0 : at);
    int line = key == std::string_view::npos ? 0 : text::line_of(content, key);
    add_check(facts, "commitizen", Evidence{path, line, "\"commitizen\""});
  }
}

void probe_commit_checks(const ScanContext& ctx, RepoFacts& facts) {
  for (const auto& row : kCheckerFiles)
    for (auto glob : text::split(row.globs, '|'))
      for (const FileEntry* f : ctx.glob(glob))
        add_check(facts, row.tool, Evidence{f->path, 0, ""});
  find_tables(ctx, "pyproject.toml",
              {{"[tool.commitizen]", "commitizen"}, {"[tool.gitlint]", "gitlint"}}, facts);
  // This probe runs last in the family: the counts are final here.
  facts.metrics["hooks.managers"] = static_cast<double>(facts.hooks.managers.size());
  facts.metrics["hooks.hooks"] = static_cast<double>(facts.hooks.hooks.size());
}

}  // namespace practrack::hookprobe
