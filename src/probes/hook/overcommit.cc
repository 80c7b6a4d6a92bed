// overcommit: `.overcommit.yml` maps hook types (PreCommit, CommitMsg,
// PrePush ...) to hooks. A built-in hook without `command:` runs the tool
// it is named after (RuboCop -> rubocop), so that name is its command.
#include <cctype>

#include "parse/yaml.h"
#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

// "PreCommit" -> "pre-commit", "CommitMsg" -> "commit-msg".
std::string git_hook_name(const std::string& type) {
  std::string out;
  for (char c : type) {
    if (std::isupper(static_cast<unsigned char>(c)) && !out.empty()) out += '-';
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string command_of(const std::string& id, const YAML::Node& hook) {
  auto command = yaml_strings(yaml_get(hook, "command"));
  if (!command.empty()) return text::join(command, " ");
  std::string executable = yaml_str(yaml_get(hook, "required_executable"));
  return executable.empty() ? text::lower(id) : executable;
}

void read_type(RepoFacts& facts, const std::string& path, const std::string& stage,
               const YAML::Node& hooks) {
  if (!hooks.IsMap()) return;
  for (const auto& kv : hooks) {
    std::string id = yaml_str(kv.first);
    if (id.empty() || id == "ALL") continue;
    if (yaml_str(yaml_get(kv.second, "enabled")) == "false") continue;
    std::string entry = command_of(id, kv.second);
    add_hook(facts, Hook{"overcommit", text::lower(id), "", stage, entry,
                         Evidence{path, yaml_line(kv.first), text::excerpt(id + ":")}});
  }
}

}  // namespace

void probe_overcommit(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.find(".overcommit.yml");
  if (!f) return;
  auto content = ctx.read_text(*f);
  if (!content) return;
  add_manager(facts, "overcommit", Evidence{f->path, 0, ""});
  auto doc = parse_yaml(*content);
  if (!doc) return unparsed_config(ctx, facts, f->path, doc.error());
  if (!doc->IsMap()) return;
  for (const auto& kv : *doc) {
    std::string stage = git_hook_name(yaml_str(kv.first));
    if (is_git_hook(stage)) read_type(facts, f->path, stage, kv.second);
  }
}

}  // namespace practrack::hookprobe
