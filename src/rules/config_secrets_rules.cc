// Configuration & secrets practices: env files, .gitignore, the config
// tree (facts.docs.config from the doc probes), environment reads and
// config validation (facts.source.libraries from the source probe),
// hard-coded secrets (facts.security), secret stores (tool rows).
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// Library uses of one kind, summed: "os.environ, os.getenv", places, files.
struct LibrarySum {
  std::vector<std::string> names;
  int places = 0;
  int files = 0;
  std::vector<Evidence> evidence;
};

LibrarySum libraries(const RepoFacts& f, std::string_view kind) {
  LibrarySum s;
  for (const LibraryUse& l : f.source.libraries) {
    if (l.kind != kind) continue;
    if (s.names.size() < 4) s.names.push_back(l.name);
    s.places += std::max(l.occurrences, l.files);
    s.files += l.files;
    if (s.evidence.size() < 4 && !l.first.path.empty()) s.evidence.push_back(l.first);
  }
  return s;
}

std::vector<const EnvFile*> env_templates(const ConfigFacts& c) {
  std::vector<const EnvFile*> out;
  for (const auto& e : c.env_files)
    if (e.template_file) out.push_back(&e);
  return out;
}

// Env files that should not be in the repository: `.env` itself, or one the
// .gitignore would ignore (so it was force-added). Templates never count.
std::vector<const EnvFile*> committed_env(const ConfigFacts& c) {
  std::vector<const EnvFile*> out;
  for (const auto& e : c.env_files)
    if (!e.template_file && (text::basename(e.path) == ".env" || e.ignored)) out.push_back(&e);
  return out;
}

// A make target or script that copies the template into place.
const Command* template_copy(const RepoFacts& f, std::string_view name) {
  for (const Command& c : f.commands)
    if (text::contains(c.text, name) && text::contains(c.text, "cp ")) return &c;
  return nullptr;
}

Assessment env_file(const RepoFacts& f) {
  const auto& c = f.docs.config;
  auto templates = env_templates(c);
  if (templates.empty()) {
    auto committed = committed_env(c);
    if (!committed.empty())
      return not_started(
          code(committed.front()->path) + " committed but no template (`.env.example`)",
          {committed.front()->at});
    return not_started("No `.env` template (`.env.example`)");
  }
  const EnvFile* t = templates.front();
  std::string note = code(t->path) + " template";
  if (templates.size() > 1)
    note = plural(static_cast<long>(templates.size()), "template") + ": " + code(t->path) + " …";
  std::vector<Evidence> ev{t->at};
  if (const Command* cp = template_copy(f, text::basename(t->path))) {
    note += ", copied by " + std::string(origin_name(cp->origin)) + " " + code(cp->context);
    ev.push_back(cp->at);
  }
  return adopted(note, ev);
}

Assessment env_overrides(const RepoFacts& f) {
  LibrarySum s = libraries(f, "env-read");
  if (s.names.empty()) return not_started("No environment variable reads found in code");
  return adopted(text::join(s.names, ", ") + " — " + plural(s.places, "place") + " in " +
                     plural(s.files, "file"),
                 s.evidence);
}

// Who runs a command: "CI", a hook, or the folder of the Makefile/script.
std::string command_component(const Command& cmd) {
  if (cmd.origin == Origin::ci) return "CI";
  if (cmd.origin == Origin::hook) return "hooks";
  std::string_view path = cmd.at.path;
  auto slash = path.find('/');
  if (slash == std::string_view::npos) return std::string(path.empty() ? cmd.system : path);
  std::string_view top = path.substr(0, slash);
  bool ci =
      top == "ci" || top == ".ci" || top == ".github" || top == ".gitlab" || top == ".circleci";
  return ci ? "CI" : std::string(top);
}

// Components that read the config tree: from files the probe read and
// from every command line automation runs.
std::map<std::string, Evidence> config_readers(const RepoFacts& f) {
  const auto& c = f.docs.config;
  std::map<std::string, Evidence> out;
  for (const ConfigRef& r : c.config_refs) out.emplace(r.component, r.at);
  std::string needle = c.config_dir + "/";
  for (const Command& cmd : f.commands) {
    if (!text::contains(cmd.text, needle)) continue;
    out.emplace(command_component(cmd), cmd.at);
  }
  return out;
}

Assessment single_source_config(const RepoFacts& f) {
  const auto& c = f.docs.config;
  if (c.config_dir.empty()) return not_started("No config tree (`config/`)");
  std::string tree = code(c.config_dir + "/") + " (" +
                     plural(static_cast<long>(c.config_files.size()), "file") + ")";
  auto readers = config_readers(f);
  if (readers.empty()) return not_started(tree + " but no code, script or CI names its files");
  std::vector<std::string> who;
  std::vector<Evidence> ev;
  for (const auto& [component, at] : readers) {
    who.push_back(component);
    if (ev.size() < 4) ev.push_back(at);
  }
  if (readers.size() < 2) return not_started(tree + " read only by " + who.front(), ev);
  return adopted(tree + " read by " + text::join(who, ", "), ev);
}

std::vector<std::string> template_secret_keys(const ConfigFacts& c, std::vector<Evidence>& ev) {
  std::vector<std::string> keys;
  for (const auto& e : c.env_files) {
    if (!e.template_file || e.secret_keys.empty()) continue;
    if (ev.empty()) ev.push_back(e.at);
    for (const auto& k : e.secret_keys)
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  }
  return keys;
}

bool any_vault(const RepoFacts& f) {
  return !f.tools_for("secrets-vault").empty() || !f.docs.config.secret_stores.empty();
}

// A CI command that reads a secret-looking variable ($DB_PASSWORD,
// ${API_TOKEN}): the value lives in the CI's masked variables.
const Command* ci_secret_variable(const RepoFacts& f) {
  static const RE2 kVar(R"(\$\{?[A-Z0-9_]*(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|)"
                        R"(PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]*)");
  for (const Command& c : f.commands)
    if (c.origin == Origin::ci && RE2::PartialMatch(c.text, kVar)) return &c;
  return nullptr;
}

// Where secrets come from, for the note: env templates, CI secrets, a store.
std::vector<std::string> secret_sources(const RepoFacts& f, std::vector<Evidence>& ev) {
  std::vector<std::string> out;
  const auto& c = f.docs.config;
  auto keys = template_secret_keys(c, ev);
  if (!keys.empty()) {
    std::vector<std::string> shown(keys.begin(),
                                   keys.begin() + std::min<std::size_t>(3, keys.size()));
    out.push_back("env template lists " + text::join(shown, ", ") +
                  (keys.size() > 3 ? " and " + std::to_string(keys.size() - 3) + " more" : ""));
  }
  if (c.ci_secret_refs > 0) {
    out.push_back("CI passes " + plural(c.ci_secret_refs, "secret reference") + " to jobs");
    ev.push_back(c.ci_secret_at);
  }
  if (c.service_secret_refs > 0) {
    out.push_back("services take " + plural(c.service_secret_refs, "secret") +
                  " from the environment");
    ev.push_back(c.service_secret_at);
  }
  if (const Command* cmd = ci_secret_variable(f)) {
    out.push_back("CI jobs read secret variables");
    ev.push_back(cmd->at);
  }
  if (any_vault(f)) out.push_back("a secret store");
  return out;
}

Assessment secrets_in_env(const RepoFacts& f) {
  std::vector<Evidence> ev;
  auto sources = secret_sources(f, ev);
  // Samples in tests and docs (SecretFinding::sample) are no hard-coded secret.
  std::vector<const SecretFinding*> hard;
  for (const auto& s : f.security.secrets)
    if (!s.sample) hard.push_back(&s);
  if (!hard.empty()) {
    std::vector<Evidence> hev;
    for (const SecretFinding* s : hard)
      if (hev.size() < 4) hev.push_back(s->at);
    std::string found = plural(static_cast<long>(hard.size()), "hard-coded secret") + " (" +
                        code(hard.front()->at.path) + ")";
    if (sources.empty()) return not_started(found + "; no secrets read from the environment", hev);
    return partial("Secrets via environment (" + text::join(sources, "; ") + ") but " + found, hev);
  }
  if (!sources.empty())
    return adopted(text::join(sources, "; ") + "; no hard-coded secret found", ev);
  LibrarySum env = libraries(f, "env-read");
  if (env.places > 0)
    return not_started("Code reads the environment (" + plural(env.places, "place") +
                       ") but no secret is seen coming from it");
  return not_started("No secrets read from the environment or a secret store");
}

Assessment secrets_vault(const RepoFacts& f) {
  const auto& stores = f.docs.config.secret_stores;
  if (!f.tools_for("secrets-vault").empty()) {
    Assessment a = decide_by_tools(f, "secrets-vault", UnrunPolicy::adopted, "");
    if (!stores.empty()) {
      a.note += "; " + stores.front().tool + " (" + code(stores.front().at.path) + ")";
      a.evidence.push_back(stores.front().at);
    }
    return a;
  }
  if (stores.empty()) {
    std::string note = "No HashiCorp Vault, cloud secret manager, sops or sealed-secrets";
    if (f.docs.config.ci_secret_refs > 0) note += " (CI secrets only)";
    return not_started(note);
  }
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  std::set<std::string> seen;
  for (const auto& s : stores)
    if (seen.insert(s.tool).second && parts.size() < 3) {
      parts.push_back(s.tool + " (" + code(s.at.path) + ")");
      ev.push_back(s.at);
    }
  return adopted(text::join(parts, "; "), ev);
}

Assessment env_gitignored(const RepoFacts& f) {
  const auto& c = f.docs.config;
  auto committed = committed_env(c);
  std::vector<Evidence> ev;
  for (const EnvFile* e : committed)
    if (ev.size() < 3) ev.push_back(e->at);
  std::string files =
      committed.empty()
          ? ""
          : code(committed.front()->path) +
                (committed.size() > 1 ? " and " + std::to_string(committed.size() - 1) + " more"
                                      : "");
  if (c.env_ignored) {
    std::string note = code(c.env_ignore_at.path) + " ignores `.env`";
    if (!c.env_negations.empty()) note += " (re-includes " + code(c.env_negations.front()) + ")";
    ev.insert(ev.begin(), c.env_ignore_at);
    if (committed.empty()) return adopted(note, ev);
    return partial(note + " but " + files + " is committed", ev);
  }
  if (!committed.empty()) return not_started(files + " committed and not ignored", ev);
  if (!c.gitignore_found) return not_started("No `.gitignore`");
  return not_started("`.gitignore` does not ignore `.env`");
}

Assessment config_validation(const RepoFacts& f) {
  LibrarySum s = libraries(f, "config-validation");
  if (!s.names.empty())
    return adopted(text::join(s.names, ", ") + " — " + plural(s.files, "file"), s.evidence);
  if (!f.tools_for("config-validation").empty())
    return decide_by_tools(f, "config-validation", UnrunPolicy::adopted, "");
  const auto& schemas = f.docs.config.config_schemas;
  if (!schemas.empty())
    return partial("Config schema " + code(schemas.front().path) +
                       " but no validation at start-up seen in code",
                   {schemas.front()});
  return not_started("No config validation (schema or typed settings)");
}

}  // namespace

std::vector<RuleRow> config_secrets_rules() {
  return {
      {"env-file", env_file},
      {"env-overrides", env_overrides},
      {"single-source-config", single_source_config},
      {"secrets-in-env", secrets_in_env},
      {"secrets-vault", secrets_vault},
      {"env-gitignored", env_gitignored},
      {"config-validation", config_validation},
  };
}

}  // namespace practrack
