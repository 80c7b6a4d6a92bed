// pre-commit: `.pre-commit-config.yaml`, every repo and hook id with its
// stages (hook `stages:`, else `default_stages:`, else pre-commit) and, for
// local hooks, the command it runs.
#include "parse/yaml.h"
#include "probes/hook/hook_probes.h"
#include "util/text.h"
#include "util/vectors.h"

namespace practrack::hookprobe {
namespace {

// pre-commit's legacy stage names ("commit", "push") name git hooks now.
std::string canonical_stage(const std::string& stage) {
  if (stage == "commit") return "pre-commit";
  if (stage == "push") return "pre-push";
  if (stage == "merge-commit") return "pre-merge-commit";
  return stage;
}

std::string stages_of(const YAML::Node& hook, const std::vector<std::string>& defaults) {
  std::vector<std::string> stages = yaml_strings(yaml_get(hook, "stages"));
  if (stages.empty()) stages = defaults;
  if (stages.empty()) return "pre-commit";
  for (auto& s : stages) s = canonical_stage(s);
  return text::join(stages, ", ");
}

// The command a hook runs: entry plus args. pygrep and fail hooks hold a
// pattern or a message in `entry`, not a command; remote hooks keep their
// entry in the hook repository.
std::string command_of(const YAML::Node& hook, bool local) {
  if (!local) return "";
  std::string language = yaml_str(yaml_get(hook, "language"));
  if (language == "pygrep" || language == "fail") return "";
  std::string entry = yaml_str(yaml_get(hook, "entry"));
  if (entry.empty()) return "";
  for (const auto& arg : yaml_strings(yaml_get(hook, "args"))) entry += " " + arg;
  return entry;
}

void read_repo(const std::string& path, const YAML::Node& repo,
               const std::vector<std::string>& defaults, RepoFacts& facts) {
  std::string url = yaml_str(yaml_get(repo, "repo"));
  bool local = url == "local" || url == "meta";
  YAML::Node hooks = yaml_get(repo, "hooks");
  if (!hooks.IsSequence()) return;
  for (const auto& hook : hooks) {
    YAML::Node id = yaml_get(hook, "id");
    if (yaml_str(id).empty()) continue;
    int line = yaml_line(id);
    Hook h;
    h.manager = "pre-commit";
    h.id = yaml_str(id);
    h.repo = url;
    h.stage = stages_of(hook, defaults);
    h.entry = command_of(hook, local);
    h.at = Evidence{path, line, text::excerpt("- id: " + h.id)};
    add_hook(facts, std::move(h));
  }
}

}  // namespace

namespace {

// What the config adds to empty facts: the hook facts and the commands.
struct PreCommitFinds {
  HookFacts hooks;
  std::vector<Command> commands;
};

PreCommitFinds read_config(const ScanContext& ctx, const FileEntry& f) {
  RepoFacts one;
  auto content = ctx.read_text(f);  // warns about a symlink, which it never follows
  if (!content) {
    if (f.kind == FileKind::symlink) one.hooks.symlinked_configs.push_back(Evidence{f.path, 0, ""});
    return {std::move(one.hooks), {}};
  }
  add_manager(one, "pre-commit", Evidence{f.path, 0, ""});
  auto doc = parse_yaml(*content);
  if (!doc) {
    unparsed_config(ctx, one, f.path, doc.error());
    return {std::move(one.hooks), {}};
  }
  std::vector<std::string> defaults = yaml_strings(yaml_get(*doc, "default_stages"));
  YAML::Node repos = yaml_get(*doc, "repos");
  if (repos.IsSequence())
    for (const auto& repo : repos) read_repo(f.path, repo, defaults, one);
  return {std::move(one.hooks), std::move(one.commands)};
}

}  // namespace

void probe_pre_commit(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.find(".pre-commit-config.yaml");
  if (!f) f = ctx.find(".pre-commit-config.yml");
  if (!f) return;
  // Per blob: a history parses the config once, not at every full scan.
  auto found = ctx.memo<PreCommitFinds>("hook.pre-commit", *f, [&](const FileEntry& file) {
    return read_config(ctx, file);
  });
  const HookFacts& h = found->hooks;
  append(facts.hooks.symlinked_configs, h.symlinked_configs);
  append(facts.hooks.unparsed_configs, h.unparsed_configs);
  for (const auto& c : h.configs) add_manager(facts, c.name, c.at);
  append(facts.hooks.hooks, h.hooks);
  append(facts.commands, found->commands);
}

}  // namespace practrack::hookprobe
