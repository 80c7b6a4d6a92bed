// lefthook: `lefthook.yml` (and its .yaml / dotted spellings, plus the
// `-local` overrides). Each top-level git hook holds `commands:` (name ->
// run), `scripts:` (file -> runner) or, since 1.10, `jobs:` (a list).
#include "parse/yaml.h"
#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

constexpr int kMaxGroupDepth = 4;  // jobs may nest groups of jobs

void add_lefthook(RepoFacts& facts, const std::string& path, const std::string& stage,
                  const std::string& id, const std::string& run, int line) {
  add_hook(facts, Hook{"lefthook", id, "", stage, run,
                       Evidence{path, line, text::excerpt(run.empty() ? id : "run: " + run)}});
}

void read_jobs(RepoFacts& facts, const std::string& path, const std::string& stage,
               const YAML::Node& jobs, int depth) {
  if (!jobs.IsSequence() || depth > kMaxGroupDepth) return;
  for (const auto& job : jobs) {
    YAML::Node group = yaml_get(yaml_get(job, "group"), "jobs");
    if (group) {
      read_jobs(facts, path, stage, group, depth + 1);
      continue;
    }
    std::string run = yaml_str(yaml_get(job, "run"));
    std::string script = yaml_str(yaml_get(job, "script"));
    std::string name = yaml_str(yaml_get(job, "name"));
    if (name.empty()) name = script.empty() ? run : script;
    YAML::Node at = yaml_get(job, run.empty() ? "script" : "run");
    add_lefthook(facts, path, stage, name, run, yaml_line(at));
  }
}

// A `scripts:` entry runs `.lefthook/<hook>/<file>`: its commands are read
// from that file when the repository has it.
void read_script(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
                 const std::string& stage, const YAML::Node& name, const YAML::Node& script) {
  std::string file = yaml_str(name);
  std::string script_path = ".lefthook/" + stage + "/" + file;
  const FileEntry* f = file.empty() ? nullptr : ctx.find(script_path);
  if (f && f->kind != FileKind::symlink) {
    if (auto content = ctx.read_text(*f)) {
      add_script_hook(facts, "lefthook", file, stage, f->path, *content);
      return;
    }
  }
  std::string runner = yaml_str(yaml_get(script, "runner"));
  std::string run = runner.empty() ? "" : runner + " " + script_path;
  add_lefthook(facts, path, stage, file, run, yaml_line(name));
}

void read_hook(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
               const std::string& stage, const YAML::Node& hook) {
  YAML::Node commands = yaml_get(hook, "commands");
  if (commands.IsMap())
    for (const auto& kv : commands) {
      YAML::Node run = yaml_get(kv.second, "run");
      add_lefthook(facts, path, stage, yaml_str(kv.first), yaml_str(run),
                   yaml_line(run) ? yaml_line(run) : yaml_line(kv.first));
    }
  YAML::Node scripts = yaml_get(hook, "scripts");
  if (scripts.IsMap())
    for (const auto& kv : scripts) read_script(ctx, facts, path, stage, kv.first, kv.second);
  read_jobs(facts, path, stage, yaml_get(hook, "jobs"), 0);
}

}  // namespace

void probe_lefthook(const ScanContext& ctx, RepoFacts& facts) {
  for (const char* path : {"lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml",
                           "lefthook-local.yml", ".lefthook-local.yml", ".config/lefthook.yml"}) {
    const FileEntry* f = ctx.find(path);
    if (!f) continue;
    auto content = ctx.read_text(*f);
    if (!content) continue;
    add_manager(facts, "lefthook", Evidence{f->path, 0, ""});
    auto doc = parse_yaml(*content);
    if (!doc) {
      unparsed_config(ctx, facts, f->path, doc.error());
      continue;
    }
    if (!doc->IsMap()) continue;
    for (const auto& kv : *doc) {
      std::string stage = yaml_str(kv.first);
      if (is_git_hook(stage)) read_hook(ctx, facts, f->path, stage, kv.second);
    }
  }
}

}  // namespace practrack::hookprobe
