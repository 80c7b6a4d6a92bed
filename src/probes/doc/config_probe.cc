#include "probes/doc/config_probe.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>

#include "probes/doc/gitignore.h"
#include "probes/manifest/lock_names.h"
#include "probes/sample_paths.h"
#include "probes/nothing_given.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack {
namespace config {

bool env_file_name(std::string_view base) {
  std::string b = text::lower(base);
  return b == ".env" || text::starts_with(b, ".env.") || text::ends_with(b, ".env") ||
         b == "env.example" || b == "env.sample" || b == "env.template" || b == "env.dist";
}

bool env_template_name(std::string_view base) {
  std::string b = text::lower(base);
  for (auto w : {"example", "sample", "template", "dist", "tmpl", "tpl", "default"})
    if (text::contains(b, w)) return true;
  return false;
}

std::vector<std::string> secret_keys(std::string_view env_text, std::size_t max) {
  static const RE2 kKey(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=)");
  static const RE2 kSecret(R"((?i)(password|passwd|secret|token|api_?key|private_?key|)"
                           R"(access_?key|credential|auth))");
  std::vector<std::string> out;
  for (auto line : text::lines(env_text)) {
    std::string key;
    if (out.size() >= max) break;
    if (RE2::PartialMatch(line, kKey, &key) && RE2::PartialMatch(key, kSecret)) out.push_back(key);
  }
  return out;
}

std::string component_of(std::string_view path) {
  if (text::starts_with(path, ".github/") || text::starts_with(path, ".gitlab") ||
      text::starts_with(path, ".circleci/") || path == "Jenkinsfile" ||
      path == "azure-pipelines.yml" || path == ".travis.yml" || path == "bitbucket-pipelines.yml" ||
      path == "circle.yml" || text::starts_with(path, "ci/") || text::starts_with(path, ".ci/"))
    return "CI";
  // A root file is its own component (Makefile, docker-compose.yml, app.py).
  auto slash = path.find('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(0, slash));
}

}  // namespace config

namespace {

constexpr std::size_t kMaxGitignores = 20;
constexpr std::size_t kMaxEnvFiles = 100;
constexpr std::size_t kMaxConfigFiles = 200;
constexpr std::size_t kMaxRefFiles = 1500;
constexpr std::size_t kMaxRefs = 500;
constexpr std::size_t kMaxYaml = 800;
constexpr std::size_t kSmall = 256 << 10;

bool small(const ScanContext& ctx, const FileEntry& f, std::size_t limit) {
  return f.kind != FileKind::symlink && f.kind != FileKind::submodule &&
         !ctx.larger_than(f, limit);
}

struct Ignore {
  std::string dir;  // "" for the root
  std::string path;
  std::vector<gitignore::Line> lines;
};

std::vector<Ignore> read_gitignores(const ScanContext& ctx) {
  std::vector<const FileEntry*> files;
  auto gitignore = [](std::string_view path) { return text::basename(path) == ".gitignore"; };
  for (const FileEntry* f : ctx.own_files(gitignore))
    if (small(ctx, *f, kSmall)) files.push_back(f);
  auto depth = [](const FileEntry* f) { return std::count(f->path.begin(), f->path.end(), '/'); };
  std::stable_sort(files.begin(), files.end(),
                   [&](const FileEntry* a, const FileEntry* b) { return depth(a) < depth(b); });
  std::vector<Ignore> out;
  for (const FileEntry* f : files) {
    if (out.size() >= kMaxGitignores) break;
    auto body = ctx.read_text(*f);
    if (body)
      out.push_back({std::string(text::dirname(f->path)), f->path, gitignore::parse(*body)});
  }
  return out;
}

// Whether git would ignore `path`: the deepest .gitignore with a matching
// line decides (root first, deeper ones override).
bool would_ignore(const std::vector<Ignore>& ignores, std::string_view path) {
  bool ignored = false;
  for (const Ignore& g : ignores) {
    if (!g.dir.empty() && !text::starts_with(path, g.dir + "/")) continue;
    std::string_view rel = g.dir.empty() ? path : path.substr(g.dir.size() + 1);
    if (const gitignore::Line* l = gitignore::decide(g.lines, rel)) ignored = !l->negate;
  }
  return ignored;
}

void record_env_ignore(const std::vector<Ignore>& ignores, ConfigFacts& cfg) {
  cfg.gitignore_found = !ignores.empty();
  for (const Ignore& g : ignores) {
    for (const auto& l : g.lines)
      if (l.negate && text::icontains(l.pattern, "env") && cfg.env_negations.size() < 10)
        cfg.env_negations.push_back(l.raw);
    if (cfg.env_ignored) continue;
    // Only a line about env files shows intent: `*` in a folder that keeps
    // nothing (certificates/.gitignore) says nothing about `.env`.
    const gitignore::Line* l = gitignore::decide(g.lines, ".env");
    if (l && !l->negate && text::contains(l->pattern, "env")) {
      cfg.env_ignored = true;
      cfg.env_ignore_at = Evidence{g.path, l->line, text::excerpt(l->raw)};
    }
  }
}

}  // namespace

void probe_env_files(const ScanContext& ctx, RepoFacts& facts) {
  auto& cfg = facts.docs.config;
  auto ignores = read_gitignores(ctx);
  record_env_ignore(ignores, cfg);
  auto env_file = [](std::string_view path) {
    return config::env_file_name(text::basename(path));
  };
  for (const FileEntry* f : ctx.own_files(env_file)) {
    std::string_view base = text::basename(f->path);
    if (f->kind == FileKind::symlink) continue;
    if (in_sample_folder(f->path)) continue;  // a sample app's settings
    if (cfg.env_files.size() >= kMaxEnvFiles) break;
    EnvFile e;
    e.path = f->path;
    e.template_file = config::env_template_name(base);
    e.ignored = would_ignore(ignores, f->path);
    e.at = Evidence{f->path, 0, ""};
    if (small(ctx, *f, kSmall))
      if (auto body = ctx.read_text(*f)) e.secret_keys = config::secret_keys(*body);
    cfg.env_files.push_back(std::move(e));
  }
  facts.metrics["config.env_files"] = static_cast<double>(cfg.env_files.size());
}

namespace {

// Elixir's config tree is scripts Mix evaluates (config/config.exs).
bool data_file(std::string_view path) {
  std::string_view ext = text::extension(path);
  for (auto e : {".yaml", ".yml", ".toml", ".json", ".ini", ".cfg", ".conf", ".properties", ".env",
                 ".hcl", ".jsonc", ".json5", ".exs"})
    if (ext == e) return true;
  return false;
}

// A data file under config/, configs/, conf/ or configuration/.
bool config_root_file(std::string_view path) {
  auto slash = path.find('/');
  if (slash == std::string_view::npos || !data_file(path)) return false;
  std::string_view top = path.substr(0, slash);
  return top == "config" || top == "configs" || top == "conf" || top == "configuration";
}

// The root folder holding most data files among config/, configs/, conf/ ...
std::string find_config_dir(const ScanContext& ctx) {
  std::map<std::string, int> counts;
  for (const FileEntry* f : ctx.own_files(config_root_file))
    counts[f->path.substr(0, f->path.find('/'))]++;
  std::string best;
  for (const auto& [dir, n] : counts)
    if (best.empty() || n > counts[best]) best = dir;
  return best;
}

// Files that may name a config file: code, scripts, CI and build files.
bool may_reference(std::string_view path) {
  std::string_view base = text::basename(path);
  if (base == "Makefile" || base == "Dockerfile" || base == "Jenkinsfile" ||
      text::starts_with(base, "Dockerfile.") || text::starts_with(base, "docker-compose"))
    return true;
  std::string_view ext = text::extension(path);
  for (auto e :
       {".py", ".js",  ".mjs", ".cjs", ".ts",  ".tsx",   ".jsx", ".go",   ".rs",   ".java",
        ".kt", ".rb",  ".php", ".cs",  ".sh",  ".bash",  ".yml", ".yaml", ".toml", ".robot",
        ".cc", ".cpp", ".c",   ".h",   ".hpp", ".scala", ".ex",  ".exs",  ".json"})
    if (ext == e) return true;
  return false;
}

// True when `dir/` at `pos` starts a path of its own ("config/x",
// "./config/x", "../config/x"), not the tail of another ("src/config/x").
bool path_start(std::string_view body, std::size_t pos) {
  if (pos == 0) return true;
  char c = body[pos - 1];
  if (c == '/') return pos >= 2 && body[pos - 2] == '.';
  return !(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.');
}

// The config folder names find_config_dir() may choose.
constexpr std::array<std::string_view, 4> kConfigDirs = {"config", "configs", "conf",
                                                         "configuration"};

// What one file names under each config folder name, in order, each
// target once: memoised per blob, as a history reads the same 1,500 files
// at every commit (rubocop: 86 ms a commit before).
struct RawRef {
  std::size_t dir;     // index in kConfigDirs
  std::string target;  // "config/default.yml", or "config/" alone
  Evidence at;
};
using RawRefs = std::vector<RawRef>;

void find_refs(const std::string& path, std::string_view body, RawRefs& out) {
  for (std::size_t d = 0; d < kConfigDirs.size(); ++d) {
    std::set<std::string> seen;
    std::string needle = std::string(kConfigDirs[d]) + "/";
    for (std::size_t pos = body.find(needle); pos != std::string_view::npos;
         pos = body.find(needle, pos + 1)) {
      if (!path_start(body, pos)) continue;
      std::size_t end = pos + needle.size();
      while (end < body.size() &&
             (std::isalnum(static_cast<unsigned char>(body[end])) ||
              std::string_view("_.-/").find(body[end]) != std::string_view::npos))
        ++end;
      std::string target(body.substr(pos, end - pos));
      while (!target.empty() && target.back() == '.') target.pop_back();
      // Bounded per file, well above what one scan keeps (kMaxRefs).
      if (seen.size() >= 4 * kMaxRefs || !seen.insert(target).second) continue;
      std::size_t start = body.rfind('\n', pos);
      start = start == std::string_view::npos ? 0 : start + 1;
      std::string_view line_text = body.substr(start, body.find('\n', pos) - start);
      out.push_back({d, std::move(target), Evidence{path, text::line_of(body, pos),
                                                    text::excerpt(line_text)}});
    }
  }
}

constexpr std::string_view kRefsKey = "config.refs";

void collect_refs(const ScanContext& ctx, const FileEntry& f, const std::set<std::string>& files,
                  ConfigFacts& cfg) {
  // Most files name no config folder: they share one empty result.
  static const auto none = std::make_shared<const RawRefs>();
  auto refs = ctx.memo_shared<RawRefs>(kRefsKey, f, [&](const FileEntry& file) {
    auto body = ctx.read_text(file, ctx.limits().source_bytes);
    auto out = std::make_shared<RawRefs>();
    if (body) find_refs(file.path, *body, *out);
    return out->empty() ? none : std::shared_ptr<const RawRefs>(std::move(out));
  });
  std::string needle = cfg.config_dir + "/";
  for (const RawRef& r : *refs) {
    if (kConfigDirs[r.dir] != cfg.config_dir) continue;
    if (r.target != needle && !files.count(r.target)) continue;
    if (cfg.config_refs.size() >= kMaxRefs) break;
    cfg.config_refs.push_back({r.target, config::component_of(f.path), r.at});
  }
}

bool schema_file(std::string_view path) {
  std::string b = text::lower(text::basename(path));
  std::string_view ext = text::extension(b);
  return (ext == ".json" || ext == ".yaml" || ext == ".yml") && text::contains(b, "schema");
}

void collect_schemas(const ScanContext& ctx, ConfigFacts& cfg) {
  for (const FileEntry* f : ctx.own_files(schema_file)) {
    std::string b = text::lower(text::basename(f->path));
    bool about_config =
        (!cfg.config_dir.empty() && text::starts_with(f->path, cfg.config_dir + "/")) ||
        text::contains(b, "config") || text::contains(b, "settings") || text::contains(b, "env");
    if (about_config && cfg.config_schemas.size() < 20)
      cfg.config_schemas.push_back(Evidence{f->path, 0, ""});
  }
}

}  // namespace

void probe_config_tree(const ScanContext& ctx, RepoFacts& facts) {
  auto& cfg = facts.docs.config;
  cfg.config_dir = find_config_dir(ctx);
  collect_schemas(ctx, cfg);
  if (cfg.config_dir.empty()) return;
  const std::string under = cfg.config_dir + "/";
  std::set<std::string> files;
  for (const FileEntry* f : ctx.own_files(config_root_file))
    if (text::starts_with(f->path, under) && cfg.config_files.size() < kMaxConfigFiles) {
      cfg.config_files.push_back(f->path);
      files.insert(f->path);
    }
  std::size_t read = 0;
  for (const FileEntry* f : ctx.own_files(may_reference)) {
    if (text::starts_with(f->path, under)) continue;
    if (!small(ctx, *f, ctx.limits().source_bytes)) continue;
    if (++read > kMaxRefFiles) break;
    collect_refs(ctx, *f, files, cfg);
  }
}

void reset_env_files(RepoFacts& facts) {
  auto& cfg = facts.docs.config;
  cfg.env_files.clear();
  cfg.gitignore_found = false;
  cfg.env_ignored = false;
  cfg.env_ignore_at = {};
  cfg.env_negations.clear();
  facts.metrics.erase("config.env_files");
}

void reset_config_tree(RepoFacts& facts) {
  auto& cfg = facts.docs.config;
  cfg.config_dir.clear();
  cfg.config_files.clear();
  cfg.config_refs.clear();
  cfg.config_schemas.clear();
}

namespace {

struct KindRow {
  std::string_view kind;
  std::string_view tool;
};

// Kubernetes kinds that bring secrets from a store into a cluster.
constexpr std::array<KindRow, 12> kSecretKinds = {{
    {"SealedSecret", "sealed-secrets"},
    {"ExternalSecret", "external-secrets"},
    {"ClusterExternalSecret", "external-secrets"},
    {"SecretStore", "external-secrets"},
    {"ClusterSecretStore", "external-secrets"},
    {"VaultStaticSecret", "Vault secrets operator"},
    {"VaultDynamicSecret", "Vault secrets operator"},
    {"SecretProviderClass", "secrets-store CSI driver"},
    {"InfisicalSecret", "Infisical operator"},
    {"OnePasswordItem", "1Password operator"},
    {"DopplerSecret", "Doppler operator"},
    {"AzureKeyVaultSecret", "Azure Key Vault to Kubernetes"},
}};

void find_secret_kinds(const std::string& path, std::string_view body, ConfigFacts& cfg) {
  static const RE2 kKind(R"((?m)^\s*kind:\s*["']?([A-Za-z]+)["']?\s*$)");
  re2::StringPiece input(body.data(), body.size());
  std::string kind;
  std::set<std::string> seen;
  while (RE2::FindAndConsume(&input, kKind, &kind)) {
    for (const auto& row : kSecretKinds) {
      if (kind != row.kind || !seen.insert(kind).second) continue;
      int line = text::line_of(body, static_cast<std::size_t>(input.data() - body.data()) - 1);
      cfg.secret_stores.push_back({std::string(row.tool), Evidence{path, line, "kind: " + kind}});
    }
  }
}

bool gitlab_ci_file(std::string_view path) {
  return path == ".gitlab-ci.yml" || text::starts_with(path, ".gitlab/") ||
         text::ends_with(path, ".gitlab-ci.yml") || glob_match("{ci,.ci}/**.{yml,yaml}", path);
}

// GitLab CI's `secrets:` keyword with a store (`vault:`, `gcp_secret_manager:` ...).
void find_gitlab_secrets(const std::string& path, std::string_view body, ConfigFacts& cfg) {
  static const RE2 kSecrets(R"(^\s+secrets:\s*$)");
  static const RE2 kStore(R"(^\s+(vault|gcp_secret_manager|azure_key_vault|aws_secrets_manager|)"
                          R"(akeyless)\s*:)");
  auto all = text::lines(body);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!RE2::FullMatch(all[i], kSecrets)) continue;
    std::string store;
    for (std::size_t k = i + 1; k < all.size() && k <= i + 8; ++k)
      if (RE2::PartialMatch(all[k], kStore, &store)) {
        cfg.secret_stores.push_back(
            {"GitLab CI secrets (" + store + ")",
             Evidence{path, static_cast<int>(k) + 1, text::excerpt(all[k])}});
        return;
      }
  }
}

// `${{ secrets.NAME }}` in GitHub workflows (GITHUB_TOKEN aside): secrets
// handed to jobs through the environment, not a vault.
void count_ci_secret_refs(const std::string& path, std::string_view body, ConfigFacts& cfg) {
  static const RE2 kRef(R"(\$\{\{\s*secrets\.([A-Za-z0-9_]+))");
  re2::StringPiece input(body.data(), body.size());
  std::string name;
  while (RE2::FindAndConsume(&input, kRef, &name)) {
    if (name == "GITHUB_TOKEN") continue;
    if (cfg.ci_secret_refs++ == 0) {
      int line = text::line_of(body, static_cast<std::size_t>(input.data() - body.data()) - 1);
      cfg.ci_secret_at = Evidence{path, line, "secrets." + name};
    }
  }
}

bool compose_file(std::string_view path) {
  std::string_view base = text::basename(path);
  return text::starts_with(base, "docker-compose") || text::starts_with(base, "compose.") ||
         text::starts_with(base, "compose-");
}

// Compose `${POSTGRES_PASSWORD}` and Kubernetes `secretKeyRef:`: services
// that get their secrets from the environment.
void count_service_secret_refs(const std::string& path, std::string_view body, ConfigFacts& cfg) {
  static const RE2 kCompose(R"(\$\{?([A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|)"
                            R"(PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]*))");
  static const RE2 kSecretRef(R"(\bsecretKeyRef\s*:)");
  const RE2& re = compose_file(path) ? kCompose : kSecretRef;
  if (!compose_file(path) && !text::contains(body, "secretKeyRef")) return;
  re2::StringPiece input(body.data(), body.size());
  while (RE2::FindAndConsume(&input, re)) {
    if (cfg.service_secret_refs++ > 0) continue;
    int line = text::line_of(body, static_cast<std::size_t>(input.data() - body.data()) - 1);
    auto all = text::lines(body);
    cfg.service_secret_at = Evidence{path, line, text::excerpt(all[line - 1])};
  }
}

}  // namespace

void reset_secret_stores(RepoFacts& facts) {
  auto& cfg = facts.docs.config;
  ConfigFacts clean;
  cfg.secret_stores.clear();
  cfg.ci_secret_refs = clean.ci_secret_refs;
  cfg.ci_secret_at = clean.ci_secret_at;
  cfg.service_secret_refs = clean.service_secret_refs;
  cfg.service_secret_at = clean.service_secret_at;
}

namespace {

constexpr std::string_view kSecretsKey = "doc.secret-stores";

// What one YAML file adds to the secret facts, kept per blob.
struct SecretFinds {
  std::vector<SecretStoreHint> stores;
  int ci_refs = 0;
  Evidence ci_at;
  int service_refs = 0;
  Evidence service_at;
  bool empty() const { return stores.empty() && ci_refs == 0 && service_refs == 0; }
};

// YAML that may name a secret store (a lock file never does).
bool secrets_path(std::string_view path) {
  std::string_view ext = text::extension(path);
  return (ext == ".yml" || ext == ".yaml") && !manifest::lock_file_path(path);
}

bool secrets_candidate(const ScanContext& ctx, const FileEntry& f) {
  return secrets_path(f.path) && small(ctx, f, ctx.limits().config_bytes);
}

std::shared_ptr<const SecretFinds> secret_finds(const ScanContext& ctx, const FileEntry& f) {
  static const auto none = std::make_shared<const SecretFinds>();
  return ctx.memo_shared<SecretFinds>(kSecretsKey, f, [&](const FileEntry& file) {
    auto body = ctx.read_text(file);
    if (!body) return none;
    ConfigFacts one;
    if (text::contains(*body, "kind:")) find_secret_kinds(file.path, *body, one);
    if (gitlab_ci_file(file.path)) find_gitlab_secrets(file.path, *body, one);
    if (text::starts_with(file.path, ".github/workflows/"))
      count_ci_secret_refs(file.path, *body, one);
    count_service_secret_refs(file.path, *body, one);
    SecretFinds out{std::move(one.secret_stores), one.ci_secret_refs, one.ci_secret_at,
                    one.service_secret_refs, one.service_secret_at};
    return out.empty() ? none : std::make_shared<const SecretFinds>(std::move(out));
  });
}

// The first file with a reference gives the evidence, as one pass would.
void add_finds(const SecretFinds& s, ConfigFacts& cfg) {
  cfg.secret_stores.insert(cfg.secret_stores.end(), s.stores.begin(), s.stores.end());
  if (s.ci_refs && cfg.ci_secret_refs == 0) cfg.ci_secret_at = s.ci_at;
  cfg.ci_secret_refs += s.ci_refs;
  if (s.service_refs && cfg.service_secret_refs == 0) cfg.service_secret_at = s.service_at;
  cfg.service_secret_refs += s.service_refs;
}

}  // namespace

void probe_secret_stores(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t read = 0;
  for (const FileEntry* f : ctx.own_files(secrets_path)) {
    if (!secrets_candidate(ctx, *f)) continue;
    if (++read > kMaxYaml) break;
    add_finds(*secret_finds(ctx, *f), facts.docs.config);
  }
}

// Most YAML files hold no secret reference, before and after a change.
bool same_secret_stores(const ScanContext& ctx, std::span<const FileChange> changes) {
  return gives_nothing<SecretFinds>(
      ctx, changes, kSecretsKey, [&](const FileEntry& f) { return secrets_candidate(ctx, f); },
      [&](const FileEntry& f) { return secret_finds(ctx, f); },
      [](const SecretFinds& s) { return s.empty(); });
}

}  // namespace practrack
