// pre-commit: `.pre-commit-config.yaml`, every repo and hook id with its
// stages (hook `stages:`, else `default_stages:`, else pre-commit) and, for
// local hooks, the command it runs.
#include "parse/yaml.h"
#include "probes/hook/hook_probes.h"
#include "util/text.h"

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

void probe_pre_commit(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.find(".pre-commit-config.yaml");
  if (!f) f = ctx.find(".pre-commit-config.yml");
  if (!f) return;
  auto content = ctx.read_text(*f);  // warns about a symlink, which it never follows
  if (!content) {
    if (f->kind == FileKind::symlink)
      facts.hooks.symlinked_configs.push_back(Evidence{f->path, 0, ""});
    return;
  }
  add_manager(facts, "pre-commit", Evidence{f->path, 0, ""});
  auto doc = parse_yaml(*content);
  if (!doc) {
    warn_malformed(ctx, f->path, doc.error());
    return;
  }
  std::vector<std::string> defaults = yaml_strings(yaml_get(*doc, "default_stages"));
  YAML::Node repos = yaml_get(*doc, "repos");
  if (!repos.IsSequence()) return;
  for (const auto& repo : repos) read_repo(f->path, repo, defaults, facts);
}

}  // namespace practrack::hookprobe
