// Hooks declared in package.json: husky v4 (`husky.hooks`, or `.huskyrc`),
// simple-git-hooks, and lint-staged (the commands run on staged files,
// usually from a pre-commit hook). Also `.simple-git-hooks.json` and
// `.lintstagedrc(.json)`. A malformed package.json is reported by the
// manifest family; here it is skipped silently so it is reported once.
#include <algorithm>

#include "parse/json.h"
#include "parse/yaml.h"
#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

constexpr int kMaxPackageDepth = 2;  // "package.json", "web/package.json"

// The line of `needle` at or after the line of `after` (1-based), or `fallback`.
int line_after(std::string_view content, std::string_view after, std::string_view needle) {
  std::size_t from = after.empty() ? 0 : content.find(after);
  if (from == std::string_view::npos) from = 0;
  std::size_t pos = content.find(needle, from);
  if (pos == std::string_view::npos) return text::line_of(content, from);
  return text::line_of(content, pos);
}

void add_json_hook(RepoFacts& facts, const std::string& manager, const std::string& path,
                   std::string_view content, std::string_view section, const std::string& hook,
                   const std::string& command, std::string stage) {
  std::string quoted = "\"" + hook + "\"";
  int line = line_after(content, section, quoted);
  add_hook(facts, Hook{manager, hook, "", std::move(stage), command,
                       Evidence{path, line, text::excerpt(quoted + ": \"" + command + "\"")}});
}

// {"pre-commit": "cmd", ...}: a git hook per key.
void read_hook_map(RepoFacts& facts, const std::string& manager, const std::string& path,
                   std::string_view content, std::string_view section, const nlohmann::json& map) {
  if (!map.is_object()) return;
  bool any = false;
  for (const auto& [hook, command] : map.items()) {
    if (!is_git_hook(hook) || !command.is_string()) continue;
    if (!any)
      add_manager(facts, manager, Evidence{path, line_after(content, section, section), ""});
    any = true;
    add_json_hook(facts, manager, path, content, section, hook, command.get<std::string>(), hook);
  }
}

// {"*.js": "eslint --fix", "*.py": ["ruff check", "mypy"]}
void read_lint_staged(RepoFacts& facts, const std::string& path, std::string_view content,
                      std::string_view section, const nlohmann::json& map) {
  if (!map.is_object()) return;
  for (const auto& [glob, commands] : map.items()) {
    std::vector<std::string> list;
    if (commands.is_string()) list.push_back(commands.get<std::string>());
    if (commands.is_array())
      for (const auto& c : commands)
        if (c.is_string()) list.push_back(c.get<std::string>());
    for (const auto& c : list)
      add_json_hook(facts, "lint-staged", path, content, section, glob, c, "pre-commit");
  }
}

void read_package_json(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto content = ctx.read_text(f);
  if (!content) return;
  auto doc = parse_json(*content);
  if (!doc || !doc->is_object()) return;
  const auto& root = *doc;
  if (root.contains("husky") && root.at("husky").is_object() && root.at("husky").contains("hooks"))
    read_hook_map(facts, "husky", f.path, *content, "\"husky\"", root.at("husky").at("hooks"));
  if (root.contains("simple-git-hooks"))
    read_hook_map(facts, "simple-git-hooks", f.path, *content, "\"simple-git-hooks\"",
                  root.at("simple-git-hooks"));
  package_json_checks(f.path, *content, root, facts);
  if (root.contains("lint-staged"))
    read_lint_staged(facts, f.path, *content, "\"lint-staged\"", root.at("lint-staged"));
}

void read_own_file(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts, bool lint_staged) {
  auto content = ctx.read_text(f);
  if (!content) return;
  bool yaml = !text::ends_with(f.path, ".json");
  nlohmann::json map;
  if (yaml) {
    auto doc = parse_yaml(*content);
    if (!doc) return warn_malformed(ctx, f.path, doc.error());
    if (!doc->IsMap()) return;
    // A YAML map of strings/lists converts through JSON's model.
    for (const auto& kv : *doc) {
      if (!kv.first.IsScalar()) continue;
      auto values = yaml_strings(kv.second);
      if (!values.empty()) map[kv.first.Scalar()] = values;
    }
  } else {
    auto doc = parse_json(*content);
    if (!doc) return warn_malformed(ctx, f.path, doc.error());
    map = *doc;
  }
  if (lint_staged) return read_lint_staged(facts, f.path, *content, "", map);
  read_hook_map(facts, "simple-git-hooks", f.path, *content, "", map);
}

// husky v4's own files: {"hooks": {"pre-commit": "..."}} in JSON (YAML
// and JS spellings are rare and left out).
void read_huskyrc(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto content = ctx.read_text(f);
  if (!content) return;
  auto doc = parse_json(*content);
  if (!doc) return warn_malformed(ctx, f.path, doc.error());
  const nlohmann::json& root = *doc;
  if (root.is_object() && root.contains("hooks"))
    read_hook_map(facts, "husky", f.path, *content, "\"hooks\"", root.at("hooks"));
}

}  // namespace

void probe_package_json_hooks(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/package.json")) {
    if (std::count(f->path.begin(), f->path.end(), '/') < kMaxPackageDepth)
      read_package_json(ctx, *f, facts);
  }
  for (const char* path : {".huskyrc", ".huskyrc.json"})
    if (const FileEntry* f = ctx.find(path)) read_huskyrc(ctx, *f, facts);
  for (const char* path : {".simple-git-hooks.json", "simple-git-hooks.json"})
    if (const FileEntry* f = ctx.find(path)) read_own_file(ctx, *f, facts, false);
  for (const char* path :
       {".lintstagedrc", ".lintstagedrc.json", ".lintstagedrc.yaml", ".lintstagedrc.yml"})
    if (const FileEntry* f = ctx.find(path)) read_own_file(ctx, *f, facts, true);
}

}  // namespace practrack::hookprobe
