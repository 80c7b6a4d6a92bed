// GitLab CI jobs that create releases with the `release:` keyword. GitLab
// runs `release-cli create` for such a job, so that command is recorded
// for the tool resolver. Only the root `.gitlab-ci.yml` is read (not its
// includes); the CI family reports a malformed file, so here it is skipped
// silently. TODO: move into the CI family once CiJob records `release:`.
#include <array>

#include "parse/yaml.h"
#include "probes/git/git_probes.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

constexpr std::array kGlobalKeys = {"stages",        "variables",    "include",  "default",
                                    "workflow",      "image",        "services", "cache",
                                    "before_script", "after_script", "spec"};

bool is_job(const std::string& key) {
  if (key.empty() || key.front() == '.') return false;
  for (const char* k : kGlobalKeys)
    if (key == k) return false;
  return true;
}

// The line of a map's key (yaml_line of the value is the line after it).
int key_line(const YAML::Node& map, const std::string& key) {
  for (const auto& kv : map)
    if (yaml_str(kv.first) == key) return yaml_line(kv.first);
  return 0;
}

}  // namespace

void probe_gitlab_releases(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.find(".gitlab-ci.yml");
  if (!f) return;
  auto content = ctx.read_text(*f);
  if (!content) return;
  auto doc = parse_yaml(*content);
  if (!doc || !doc->IsMap()) return;
  for (const auto& kv : *doc) {
    std::string job = yaml_str(kv.first);
    YAML::Node release = yaml_get(kv.second, "release");
    if (!is_job(job) || !release.IsMap()) continue;
    std::string tag = yaml_str(yaml_get(release, "tag_name"));
    int line = key_line(kv.second, "release");
    facts.commands.push_back({Origin::ci, "gitlab-ci", job,
                              "release-cli create --tag-name " + (tag.empty() ? "?" : tag),
                              Evidence{f->path, line, "release:"}});
  }
}

}  // namespace practrack::gitprobe
