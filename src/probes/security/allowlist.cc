// The project's own word on what is not a secret: gitleaks' allowlisted
// paths (`.gitleaks.toml`, `[allowlist] paths` and `[[allowlists]] paths`)
// and its `.gitleaksignore` fingerprints (`[commit:]path:rule:line`). A
// secret scanner's test vectors and documented example keys live there;
// reporting them again would only be noise.
#include <re2/re2.h>

#include "parse/toml.h"
#include "probes/parse_warning.h"
#include "probes/security/security_probes.h"
#include "util/text.h"

namespace practrack::security {
namespace {

constexpr std::string_view kGitleaksToml = ".gitleaks.toml";
constexpr std::string_view kGitleaksIgnore = ".gitleaksignore";

constexpr std::size_t kMaxPatterns = 200;

void add_paths(const toml::node* node, SecretAllowlist& out) {
  const toml::array* paths = node ? node->as_array() : nullptr;
  if (!paths) return;
  for (const auto& p : *paths) {
    auto s = p.value<std::string>();
    if (!s || out.paths.size() >= kMaxPatterns) continue;
    auto re = std::make_unique<RE2>(*s, RE2::Quiet);
    if (re->ok()) out.paths.push_back(std::move(re));
  }
}

void read_gitleaks_toml(const ScanContext& ctx, SecretAllowlist& out) {
  const FileEntry* f = ctx.find(kGitleaksToml);
  if (!f) return;
  auto text = ctx.read_text(*f);
  if (!text) return;
  auto doc = parse_toml(*text);
  if (!doc) {
    warn_parse_error(ctx, f->path, doc.error());
    return;
  }
  add_paths((*doc)["allowlist"]["paths"].node(), out);
  if (const toml::array* lists = (*doc)["allowlists"].as_array())
    for (const auto& item : *lists)
      if (const toml::table* t = item.as_table()) add_paths(t->get("paths"), out);
}

// "<commit>:path:rule:line" or "path:rule:line"; paths may hold ':'.
void read_gitleaksignore(const ScanContext& ctx, SecretAllowlist& out) {
  const FileEntry* f = ctx.find(kGitleaksIgnore);
  if (!f) return;
  auto text = ctx.read_text(*f);
  if (!text) return;
  for (auto line : text::lines(*text)) {
    line = text::trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto last = line.rfind(':');
    if (last == std::string_view::npos) continue;
    auto rule = line.rfind(':', last - 1);
    if (rule == std::string_view::npos || rule == 0) continue;
    std::string_view path = line.substr(0, rule);
    auto first = path.find(':');
    if (first == 40) path = path.substr(41);  // a commit id prefix
    int number = std::atoi(std::string(line.substr(last + 1)).c_str());
    if (number > 0) out.lines.insert({std::string(path), number});
  }
}

}  // namespace

bool is_allowlist_file(std::string_view path) {
  return path == kGitleaksToml || path == kGitleaksIgnore;
}

SecretAllowlist load_allowlist(const ScanContext& ctx) {
  SecretAllowlist out;
  read_gitleaks_toml(ctx, out);
  read_gitleaksignore(ctx, out);
  return out;
}

bool SecretAllowlist::allows(const std::string& path, int line) const {
  if (lines.count({path, line})) return true;
  for (const auto& re : paths)
    if (RE2::PartialMatch(path, *re)) return true;
  return false;
}

}  // namespace practrack::security
