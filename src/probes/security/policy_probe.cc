// Committed environment files and the security policy file.
#include <re2/re2.h>

#include <array>
#include <optional>
#include <string>

#include "probes/doc/config_probe.h"
#include "probes/doc/doc_text.h"
#include "probes/parse_warning.h"
#include "probes/sample_paths.h"
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

// Values that stand for "fill this in": empty, a variable reference, or a
// placeholder word. A file holding only these keeps no secret.
bool placeholder_value(std::string_view raw) {
  std::string v(text::trim(raw));
  if (!v.empty() && v[0] != '"' && v[0] != '\'')
    v = std::string(text::trim(v.substr(0, v.find(" #"))));
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  v = text::lower(text::trim(v));
  static const RE2 kReference(R"(\$\{?[a-z_][a-z0-9_]*(:?-[^}]*)?\}?)");
  static const RE2 kMask(R"([x*._-]+|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\})");
  if (v.empty() || RE2::FullMatch(v, kReference) || RE2::FullMatch(v, kMask)) return true;
  for (std::string_view w : {"changeme", "change_me", "change-me", "change this", "placeholder",
                             "your_", "your-", "yourpassword", "replace", "dummy", "example",
                             "todo", "fixme", "redacted", "not-a-secret", "notsecret"})
    if (text::contains(v, w)) return true;
  return false;
}

// The first line that assigns a real value; 0 when every value is a
// placeholder (or the file assigns nothing).
int first_real_value(std::string_view body) {
  static const RE2 kAssign(R"(^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*[=:]\s*(.*)$)");
  auto lines = text::lines(body);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string value;
    std::string_view t = text::trim(lines[i]);
    if (t.empty() || t[0] == '#') continue;
    if (!RE2::FullMatch(lines[i], kAssign, &value)) return static_cast<int>(i) + 1;
    if (!placeholder_value(value)) return static_cast<int>(i) + 1;
  }
  return 0;
}

// `.env` files of the tests configure test runs with made-up values.
bool in_test_folder(std::string_view path) {
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    std::string part = text::lower(text::basename(dir));
    if (part == "test" || part == "tests" || part == "__tests__" || part == "spec" ||
        part == "e2e" || part == "testing")
      return true;
  }
  return false;
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

bool policy_path(std::string_view path) {
  return policy_folder(text::dirname(path)) && policy_name(text::basename(path));
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
  auto own_env = [](std::string_view path) { return env_file(path) && !in_test_folder(path); };
  for (const FileEntry* f : ctx.own_files(own_env)) {
    if (f->kind == FileKind::symlink) continue;
    // An unreadable file still counts: nothing shows it holds no secret.
    auto body = ctx.read_text(*f);
    int line = body ? first_real_value(*body) : 0;
    if (body && line == 0) continue;
    std::string excerpt;
    if (body && line > 0) excerpt = text::excerpt(text::lines(*body)[line - 1]);
    // The excerpt names the key only: the value may be the secret.
    excerpt = excerpt.substr(0, excerpt.find_first_of("=:"));
    // A demo app's .env with no secret-looking key (fresh's plugin-vite
    // demo: MY_ENV="MY_ENV test value") shows users the mechanism.
    if (body && in_sample_folder(f->path) && config::secret_keys(*body, 1).empty()) {
      facts.security.sample_env_files.push_back({f->path, line, excerpt});
      continue;
    }
    facts.security.env_files.push_back({f->path, line, excerpt});
  }
}

void reset_env_files(RepoFacts& facts) {
  facts.security.env_files.clear();
  facts.security.sample_env_files.clear();
}

// A README section on reporting vulnerabilities (composer's "Security
// Reports": "Please send any sensitive issue to security@..."): its heading.
Evidence readme_security_section(const ScanContext& ctx, const std::string& readme) {
  static const RE2 kTitle(
      R"((?i)^\W*(security( (reports?|policy|issues?|vulnerabilities|disclosure|contact))?|)"
      R"(reporting (a |security )?(vulnerabilit(y|ies)|security issues?)|)"
      R"(vulnerability (reports?|disclosure|reporting))\W*$)");
  const FileEntry* f = readme.empty() ? nullptr : ctx.find(readme);
  auto body = f ? ctx.read_text(*f) : std::nullopt;
  if (!body) return {};
  for (const doc::Heading& h : doc::headings(*body))
    if (RE2::FullMatch(h.text, kTitle)) return {readme, h.line, text::excerpt(h.text)};
  return {};
}

void probe_security_policy(const ScanContext& ctx, RepoFacts& facts) {
  auto& best = facts.security.security_policy;
  for (const FileEntry* f : ctx.own_files(policy_path)) {
    // The root file wins over .github/ and docs/ ones.
    if (best.path.empty() || text::dirname(f->path).empty()) best = {f->path, 0, ""};
  }
  if (!best.path.empty()) return;
  // A linked policy is not followed (it may point outside the tree): say
  // so, or the practice is Not Started with no word why.
  for (const FileEntry* f : ctx.files(policy_path))
    if (f->kind == FileKind::symlink) warn_symlink_not_followed(ctx, f->path, "the security policy");
  best = readme_security_section(ctx, facts.docs.readme.path);
}

}  // namespace practrack::security
