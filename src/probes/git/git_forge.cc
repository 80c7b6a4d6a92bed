// Files that show how the repository is reviewed on its forge: code owners,
// pull/merge request templates, and branch protection kept as code.
#include <array>

#include "parse/yaml.h"
#include "probes/git/git_probes.h"
#include "probes/parse_warning.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

constexpr std::array kCodeOwnersPaths = {"CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS",
                                         "docs/CODEOWNERS"};

bool names_owner(std::string_view token) { return token.find('@') != std::string_view::npos; }

// Counts "pattern owner..." lines. GitLab sections ("[Docs] @team") give
// default owners to the bare patterns under them.
CodeOwnersFile read_codeowners(const std::string& path, std::string_view content) {
  CodeOwnersFile file{path, 0, Evidence{path, 0, ""}};
  bool section_owners = false;
  int number = 0;
  for (std::string_view raw : text::lines(content)) {
    ++number;
    std::string_view line = text::trim(raw);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> tokens;
    for (auto t : text::split(line, ' '))
      if (!text::trim(t).empty()) tokens.push_back(text::trim(t));
    if (line.front() == '[' || text::starts_with(line, "^[")) {
      section_owners = tokens.size() > 1 && names_owner(tokens.back());
      continue;
    }
    bool owned =
        (tokens.size() > 1 && names_owner(tokens[1])) || (tokens.size() == 1 && section_owners);
    if (!owned) continue;
    if (file.rules++ == 0) file.at = Evidence{path, number, text::excerpt(line)};
  }
  return file;
}

void collect_codeowners(const ScanContext& ctx, GitFacts& git) {
  for (const char* path : kCodeOwnersPaths) {
    const FileEntry* f = ctx.find(path);
    if (!f) continue;
    auto content = ctx.read_text(*f);
    if (content) git.codeowners.push_back(read_codeowners(f->path, *content));
  }
}

bool is_review_template(std::string_view path) {
  if (!text::icontains(path, "request_template")) return false;  // every row names one
  std::string p = text::lower(path);
  return glob_match(".github/pull_request_template*", p) ||
         glob_match(".github/pull_request_template/*", p) ||
         glob_match("pull_request_template*", p) || glob_match("docs/pull_request_template*", p) ||
         glob_match(".gitlab/merge_request_templates/*", p) ||
         glob_match(".gitea/pull_request_template*", p) ||
         glob_match(".bitbucket/pull_request_template*", p);
}

void collect_templates(const ScanContext& ctx, GitFacts& git) {
  for (const FileEntry* f : ctx.own_files(is_review_template))
    git.review_templates.push_back(Evidence{f->path, 0, ""});
}

// Probot settings: `branches: [{name, protection: {...}}]` and `rulesets:`.
void read_settings(const ScanContext& ctx, const FileEntry& f, GitFacts& git) {
  auto content = ctx.read_text(f);
  if (!content) return;
  auto doc = parse_yaml(*content);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  git.settings_file = f.path;
  git.settings_extends = text::sanitize_utf8(yaml_str(yaml_get(*doc, "_extends")));
  YAML::Node branches = yaml_get(*doc, "branches");
  if (!branches.IsSequence()) branches = YAML::Node(YAML::NodeType::Sequence);
  for (const auto& branch : branches) {
    YAML::Node protection = yaml_get(branch, "protection");
    if (!protection || protection.IsNull()) continue;
    std::string name = yaml_str(yaml_get(branch, "name"));
    int line = yaml_line(yaml_get(branch, "name"));
    git.protection_as_code.push_back(
        {f.path, name, Evidence{f.path, line, text::excerpt("name: " + name)}});
  }
  YAML::Node rulesets = yaml_get(*doc, "rulesets");
  if (rulesets && rulesets.IsSequence() && rulesets.size() > 0)
    git.protection_as_code.push_back(
        {f.path, "", Evidence{f.path, yaml_line(rulesets), "rulesets"}});
}

// Terraform resources that protect branches (github and gitlab providers).
void read_terraform(const ScanContext& ctx, const FileEntry& f, GitFacts& git) {
  static constexpr std::array kResources = {
      "\"github_branch_protection\"", "\"github_branch_protection_v3\"",
      "\"github_repository_ruleset\"", "\"gitlab_branch_protection\""};
  auto content = ctx.read_text(f);
  if (!content) return;
  int number = 0;
  for (std::string_view raw : text::lines(*content)) {
    ++number;
    std::string_view line = text::trim(raw);
    if (!text::starts_with(line, "resource ")) continue;
    for (const char* r : kResources)
      if (text::contains(line, r))
        git.protection_as_code.push_back(
            {f.path, "", Evidence{f.path, number, text::excerpt(line)}});
  }
}

}  // namespace

void probe_forge_files(const ScanContext& ctx, RepoFacts& facts) {
  GitFacts& git = facts.git;
  collect_codeowners(ctx, git);
  collect_templates(ctx, git);
  for (const char* path : {".github/settings.yml", ".github/settings.yaml"})
    if (const FileEntry* f = ctx.find(path)) read_settings(ctx, *f, git);
  int read = 0;
  for (const FileEntry* f : ctx.glob("**/*.tf"))
    if (++read <= 200) read_terraform(ctx, *f, git);
}

void reset_forge_files(RepoFacts& facts) {
  GitFacts& git = facts.git;
  git.codeowners.clear();
  git.protection_as_code.clear();
  git.settings_file.clear();
  git.settings_extends.clear();
  git.review_templates.clear();
}

}  // namespace practrack::gitprobe
