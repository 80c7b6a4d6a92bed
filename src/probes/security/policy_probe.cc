// Committed environment files and the security policy file.
#include <array>
#include <string>

#include "probes/security/security_probes.h"
#include "util/text.h"

namespace practrack::security {
namespace {

// `.env.<suffix>` files that are templates, not configuration with values.
constexpr std::array<std::string_view, 10> kTemplateSuffixes = {
    "example", "sample", "template", "tmpl", "tpl", "dist", "defaults", "default", "schema",
    "skeleton"};

bool env_file(std::string_view path) {
  std::string_view base = text::basename(path);
  if (base == ".env") return true;
  if (!text::starts_with(base, ".env.")) return false;
  std::string suffix = text::lower(base.substr(5));
  for (auto t : kTemplateSuffixes)
    if (text::contains(suffix, t)) return false;
  return true;
}

// Where GitHub and GitLab look for a policy, and where projects keep docs.
bool policy_folder(std::string_view dir) {
  return dir.empty() || dir == ".github" || dir == "docs" || dir == ".gitlab" || dir == "doc" ||
         dir == ".well-known";
}

bool policy_name(std::string_view base) {
  std::string low = text::lower(base);
  return low == "security" || low == "security.md" || low == "security.rst" ||
         low == "security.txt" || low == "security.adoc" || low == "security_policy.md";
}

// Path words that make an ownership rule a security control.
constexpr std::array<std::string_view, 14> kSensitiveWords = {
    ".github/workflows", "security", "infra", "terraform", "deploy", "docker", "k8s", "helm",
    "secret", "auth", "crypto", "ci/", ".gitlab-ci", "codeowners"};

}  // namespace

void probe_codeowners(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.first({"CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS",
                                  ".gitlab/CODEOWNERS"});
  if (!f) return;
  auto content = ctx.read_text(*f);
  if (!content) return;
  auto lines = text::lines(*content);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto t = text::trim(lines[i]);
    if (t.empty() || t[0] == '#' || t.find('@') == std::string_view::npos) continue;
    std::string pattern = text::lower(t.substr(0, t.find_first_of(" \t")));
    for (auto w : kSensitiveWords) {
      if (!text::contains(pattern, w)) continue;
      facts.security.codeowners_sensitive.push_back(
          {f->path, static_cast<int>(i) + 1, text::excerpt(t)});
      break;
    }
  }
}

void probe_env_files(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.own_files())
    if (f->kind != FileKind::symlink && env_file(f->path))
      facts.security.env_files.push_back({f->path, 0, ""});
}

void probe_security_policy(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.own_files()) {
    if (!policy_folder(text::dirname(f->path)) || !policy_name(text::basename(f->path))) continue;
    // The root file wins over .github/ and docs/ ones.
    auto& best = facts.security.security_policy;
    if (best.path.empty() || text::dirname(f->path).empty()) best = {f->path, 0, ""};
  }
}

}  // namespace practrack::security
