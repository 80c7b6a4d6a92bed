// Rules for the code-quality category. Most practices are "a tool that
// implements it runs" (decide_by_tools); the rest weigh how the tool is
// wired in: type checking counts compilers only with warnings as errors,
// complexity limits only where the linter reading them runs, vulnerability
// scanning only fully when CI or a hook runs it, dependency pinning counts
// pins and lock files.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "facts/config_keys.h"
#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {

namespace {

std::string where(const ToolUse& u) {
  if (u.how == ToolHow::run)
    return std::string(origin_name(u.origin)) + (u.detail.empty() ? "" : " " + u.detail);
  return std::string(tool_how_name(u.how)) + " in " + code(u.at.path);
}

// "ruff (hook pre-commit, CI job lint)" for the given uses, tools in order.
std::string tools_note(const std::vector<const ToolUse*>& uses) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> places;
  for (const ToolUse* u : uses) {
    auto& p = places[u->tool];
    if (p.empty()) order.push_back(u->tool);
    std::string w = where(*u);
    if (std::find(p.begin(), p.end(), w) == p.end() && p.size() < 3) p.push_back(w);
  }
  std::vector<std::string> parts;
  for (const auto& t : order) parts.push_back(t + " (" + text::join(places[t], ", ") + ")");
  return text::join(parts, "; ");
}

std::vector<Evidence> evidence_of(const std::vector<const ToolUse*>& uses) {
  std::vector<Evidence> out;
  for (const ToolUse* u : uses)
    if (out.size() < 8 && std::find(out.begin(), out.end(), u->at) == out.end())
      out.push_back(u->at);
  return out;
}

bool runs(const ToolUse& u) { return u.how == ToolHow::run; }

Assessment linting(const RepoFacts& f) {
  return decide_by_tools(f, "linting", UnrunPolicy::partial, "No linter configured");
}

// Formatters a linter runs (golangci-lint v2's `formatters:`) are run
// wherever that linter runs.
Assessment formatting(const RepoFacts& f) {
  Assessment a =
      decide_by_tools(f, "formatting", UnrunPolicy::not_started, "No formatter configured");
  // A build setting runs wherever the project is built, as
  // TreatWarningsAsErrors does for type-checking.
  if (a.status != Status::adopted)
    for (const ToolUse* u : project_tools(f, "formatting"))
      if (u->tool == "EnforceCodeStyleInBuild")
        return adopted("`.editorconfig` code style enforced by every build (EnforceCodeStyleInBuild in " +
                           code(u->at.path) + ")",
                       {u->at});
  std::vector<std::string> names;
  const ToolUse* first = nullptr;
  const ToolUse* linter = nullptr;
  for (const ToolUse* u : project_tools(f, "formatting")) {
    const ToolUse* l = linter_run_of(f, *u);
    if (!l || u->how != ToolHow::configured) continue;
    if (!first) {
      first = u;
      linter = l;
    }
    std::string_view name = u->at.excerpt;  // "- goimports"
    while (!name.empty() && (name.front() == '-' || name.front() == ' ')) name.remove_prefix(1);
    names.emplace_back(name);
  }
  if (!first) return a;
  std::string where = origin_name(linter->origin);
  if (!linter->detail.empty()) where += " " + linter->detail;
  std::string said = first->tool + " enabled in " + code(first->at.path) + " (" +
                     text::join(names, ", ") + "), run by " + linter->tool + " (" + where + ")";
  if (a.status != Status::adopted) return adopted(said, {first->at, linter->at});
  // Beside another formatter that runs: its "configured" part told in full.
  std::string configured = first->tool + " (configured in " + code(first->at.path) + ")";
  auto at = a.note.find(configured);
  if (at != std::string::npos) a.note.replace(at, configured.size(), said);
  else a.note += "; " + said;
  return a;
}

// ---- type checking -----------------------------------------------------------

// Languages where a type checker or a strict compiler applies.
bool has_checkable_language(const RepoFacts& f) {
  static const std::set<std::string> checkable = {
      "python", "javascript", "typescript", "go",     "rust", "java", "kotlin", "scala", "c",
      "c++",    "cpp",        "c#",         "csharp", "php",  "ruby", "swift",  "dart",  "elixir"};
  if (f.source.files_by_language.empty() || !f.manifests.manifests.empty()) return true;
  for (const auto& [lang, n] : f.source.files_by_language)
    if (n > 0 && checkable.count(text::lower(lang))) return true;
  return false;
}

// How a compiled language turns warnings into errors; "" for the others.
// Elixir is dynamically typed, but its compiler warns of undefined calls
// and type mismatches. Go is absent: it has no warnings, and building it
// counts (the tool table's "go compiler").
std::string_view compiler_flag(std::string_view language) {
  static const std::map<std::string_view, std::string_view> flags = {
      {"rust", "`RUSTFLAGS=-D warnings`, `#![deny(warnings)]`, clippy `-D warnings`"},
      {"java", "javac `-Werror`"},
      {"kotlin", "`allWarningsAsErrors`"},
      {"scala", "scalac `-Werror`/`-Xfatal-warnings`"},
      {"c", "`-Werror`, `/WX`"},
      {"c++", "`-Werror`, `/WX`"},
      {"c#", "`TreatWarningsAsErrors`"},
      {"swift", "`-warnings-as-errors`"},
      {"elixir", "`mix compile --warnings-as-errors`"}};
  auto it = flags.find(language);
  return it == flags.end() ? "" : it->second;
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

Assessment type_checking(const RepoFacts& f) {
  auto uses = project_tools(f, "type-checking");
  std::vector<const ToolUse*> enforced;
  std::vector<const ToolUse*> idle;
  for (const ToolUse* u : uses) {
    // Warnings-as-errors set in the build file applies to every build.
    bool build_setting = u->tool == "compiler warnings as errors" || u->tool == "rustc -D warnings";
    (runs(*u) || build_setting ? enforced : idle).push_back(u);
  }
  if (!enforced.empty()) return adopted(tools_note(enforced), evidence_of(enforced));
  if (!idle.empty())
    return not_started(tools_note(idle) + " — configured but never run", evidence_of(idle));
  if (!has_checkable_language(f))
    return not_applicable("No source language with a type checker or compiler");
  if (std::string_view how = compiler_flag(f.source.main_language); !how.empty())
    return not_started(capitalized(f.source.main_language) +
                       " code is type-checked by its compiler, but " +
                       "the catalog counts a compiler only with warnings as errors, and " +
                       "none was found (" + std::string(how) + ")");
  return not_started("No type checker runs; no compiler treats warnings as errors");
}

Assessment config_validation(const RepoFacts& f) {
  return decide_by_tools(f, "config-validation-lint", UnrunPolicy::not_started,
                         "No YAML/JSON validation (check-yaml, yamllint, schema checks)");
}

Assessment whitespace(const RepoFacts& f) {
  return decide_by_tools(f, "whitespace-fixers", UnrunPolicy::adopted,
                         "No trailing-whitespace or end-of-file hook, no `.editorconfig`");
}

Assessment merge_conflicts(const RepoFacts& f) {
  return decide_by_tools(f, "merge-conflict-check", UnrunPolicy::not_started,
                         "No check for conflict markers");
}

// ---- dependency pinning -------------------------------------------------------

// A private package.json in a test or tool folder (tests/schema/) holds
// tooling for the developers, not the product's dependencies.
bool tooling_package(const Manifest& m) {
  if (!m.private_package || m.ecosystem != "npm") return false;
  for (std::string_view dir = text::dirname(m.path); !dir.empty(); dir = text::dirname(dir)) {
    std::string part = text::lower(text::basename(dir));
    for (std::string_view name : {"test", "tests", "testing", "spec", "e2e", "tools", "tooling",
                                  "scripts", "ci", ".github", "bench", "benchmarks"})
      if (part == name) return true;
  }
  return false;
}

bool declares_dependencies(const Manifest& m) {
  return m.ecosystem != "cmake" && m.ecosystem != "meson" && m.dependencies > 0 &&
         !tooling_package(m);
}

// Manifests that declare dependencies, split by whether a lock covers them.
struct Pins {
  long total = 0, pinned = 0;
  std::set<std::string> locks;
  std::vector<const Manifest*> unlocked;

  explicit Pins(const ManifestFacts& mf) {
    for (const Manifest& m : mf.manifests) {
      if (!declares_dependencies(m)) continue;
      total += m.dependencies;
      pinned += m.pinned;
      if (m.has_lock)
        locks.insert(m.lock_path);
      else
        unlocked.push_back(&m);
    }
  }
  std::string count() const {
    return std::to_string(pinned) + "/" + std::to_string(total) + " dependencies pinned";
  }
  std::string locked() const {  // "`uv.lock`, `web/yarn.lock` committed; "
    std::vector<std::string> names;
    for (const auto& l : locks)
      if (names.size() < 3) names.push_back(code(l));
    return names.empty() ? "" : text::join(names, ", ") + " committed; ";
  }
  // "`pyproject.toml` has 12 unpinned and no lock file (1 more manifest alike)"
  // The unlocked manifest with the most unpinned dependencies.
  const Manifest* worst() const {
    return *std::max_element(unlocked.begin(), unlocked.end(),
                             [](const Manifest* a, const Manifest* b) {
                               return a->dependencies - a->pinned < b->dependencies - b->pinned;
                             });
  }
  std::string loosest() const {
    const Manifest* worst = this->worst();
    long loose = 0;
    for (const Manifest* m : unlocked) loose += m->dependencies > m->pinned ? 1 : 0;
    return code(worst->path) + " has " + std::to_string(worst->dependencies - worst->pinned) +
           " unpinned and no lock file" +
           (loose > 1 ? " (" + plural(loose - 1, "more manifest") + " alike)" : "");
  }
};

Assessment dependency_pinning(const RepoFacts& f) {
  Pins pins(f.manifests);
  if (pins.total == 0) {
    // Locks of tooling packages say nothing of the product's dependencies.
    std::set<std::string> tooling_locks;
    for (const Manifest& m : f.manifests.manifests)
      if (tooling_package(m) && m.has_lock) tooling_locks.insert(m.lock_path);
    // The project's own lock, nearest the root, before an example's
    // (ecto: `mix.lock`, not `examples/friends/mix.lock`).
    const std::string* best = nullptr;
    auto rank = [](const std::string& l) {
      return std::pair(beside_the_project(l), std::count(l.begin(), l.end(), '/'));
    };
    for (const std::string& lock : f.manifests.lock_files)
      if (!tooling_locks.count(lock) && (!best || rank(lock) < rank(*best))) best = &lock;
    if (best) return adopted("Lock file " + code(*best) + " committed", {Evidence{*best, 0, ""}});
    return not_applicable("No declared dependencies");
  }
  std::vector<Evidence> evidence;
  for (const auto& l : pins.locks) evidence.push_back(Evidence{l, 0, ""});
  if (pins.unlocked.empty()) return adopted(pins.locked() + pins.count(), evidence);
  for (const Manifest* m : pins.unlocked)
    if (evidence.size() < 8) evidence.push_back(m->at);
  if (pins.pinned == pins.total) {
    std::string exact = pins.unlocked.size() == 1
                            ? code(pins.unlocked.front()->path)
                            : plural(static_cast<long>(pins.unlocked.size()), "manifest");
    return adopted(pins.locked() + pins.count() + " (" + exact + " pinned exactly)", evidence);
  }
  std::string note = pins.count() + "; " + pins.loosest();
  // The first unpinned dependency of the manifest named, where a reader
  // can go and pin it.
  for (const Dependency& d : f.dependencies) {
    if (d.pinned || d.at.path != pins.worst()->path || d.at.line == 0) continue;
    note += "; first unpinned: " + code(d.name + (d.spec.empty() ? "" : " " + d.spec)) + " (" +
            code(d.at.path + ":" + std::to_string(d.at.line)) + ")";
    evidence.insert(evidence.begin(), d.at);
    break;
  }
  return pins.pinned > 0 ? partial(note, evidence) : not_started(note, evidence);
}

// ---- vulnerability scanning -------------------------------------------------------

// Renovate raises security updates itself when its config says so.
bool scanning_service(const ToolUse& u) { return u.tool == "Renovate security updates"; }

Assessment vulnerability_scanning(const RepoFacts& f) {
  auto uses = project_tools(f, "vulnerability-scanning");
  std::vector<const ToolUse*> gated, local, idle, dependabot;
  for (const ToolUse* u : uses) {
    bool in_ci = runs(*u) && (u->origin == Origin::ci || u->origin == Origin::hook);
    // dependabot.yml configures version updates; security updates are a
    // repository setting that no file shows, so it is partial evidence.
    if (u->tool == "Dependabot security updates")
      dependabot.push_back(u);
    else if (in_ci || scanning_service(*u))
      gated.push_back(u);
    else if (runs(*u))
      local.push_back(u);
    else
      idle.push_back(u);
  }
  if (!gated.empty()) return adopted(tools_note(gated), evidence_of(gated));
  if (!local.empty() || !idle.empty()) {
    auto all = local;
    all.insert(all.end(), idle.begin(), idle.end());
    return partial(tools_note(all) + " — not run in CI", evidence_of(all));
  }
  // An update bot keeps versions current (dependency-updates); whether it
  // also raises security updates is a repository setting no file shows.
  std::vector<const ToolUse*> bots = dependabot;
  if (bots.empty()) bots = project_tools(f, "dependency-updates");
  std::erase_if(bots, [](const ToolUse* u) {
    return u->how == ToolHow::dependency || u->unparsed;  // a broken config updates nothing
  });
  if (!bots.empty())
    return not_started("No vulnerability scanner; " +
                           std::string(text::split(bots.front()->tool, ' ').front()) + " (" +
                           code(bots.front()->at.path) +
                           ") updates versions, and whether it raises security updates is a "
                           "repository setting no file shows (attest it, or run an audit in CI)",
                       {bots.front()->at});
  return not_started(
      "No dependency vulnerability scanner (pip-audit, npm audit, osv-scanner, trivy, "
      "govulncheck …); alerts switched on in the repository settings are not visible");
}

// An update command kept in a tox env, make target or script waits for
// someone to run it: updates are automated when CI runs it or a bot
// (Dependabot, Renovate ...) is configured.
Assessment dependency_updates(const RepoFacts& f) {
  Assessment a = decide_by_tools(f, "dependency-updates", UnrunPolicy::adopted,
                                 "No Dependabot, Renovate or scala-steward configuration");
  if (a.status == Status::not_started) {
    // A bot's config that asks for nothing is worth naming: it looks done.
    for (const ConfigSection& s : f.config_sections)
      if ((s.key == kIdleConfig && (text::contains(s.at.path, "dependabot") ||
                                    text::contains(s.at.path, "renovate"))) ||
          s.key == kIdleRenovateSection)
        return not_started(code(s.at.path) + " updates nothing: " + s.at.excerpt, {s.at});
    return a;
  }
  auto uses = project_tools(f, "dependency-updates");
  bool automated = std::any_of(uses.begin(), uses.end(), [](const ToolUse* u) {
    return u->how != ToolHow::run || u->origin == Origin::ci;
  });
  if (a.status != Status::adopted || automated) return a;
  return partial(a.note + " — run by hand: no bot and no CI job updates dependencies",
                 a.evidence);
}

Assessment license_compliance(const RepoFacts& f) {
  return decide_by_tools(f, "license-compliance", UnrunPolicy::not_started, "No license checker");
}

// ---- complexity limits ----------------------------------------------------------

// "ruff (C90 mccabe)" is enforced where "ruff" lints.
std::string linter_of(const std::string& tool) { return tool.substr(0, tool.find(' ')); }

Assessment complexity_limits(const RepoFacts& f) {
  auto uses = project_tools(f, "complexity-limits");
  // RuboCop's default limits count only while .rubocop.yml leaves them on.
  if (const ConfigSection* rubocop_off = f.config_section(kRubocopComplexityOff)) {
    std::size_t before = uses.size();
    std::erase_if(uses, [](const ToolUse* u) { return u->tool == "rubocop (Metrics)"; });
    if (uses.empty() && before > 0)
      return not_started("rubocop runs, but " + code(rubocop_off->at.path) + " turns its complexity "
                         "limits off: " + rubocop_off->at.excerpt,
                         {rubocop_off->at});
  }
  std::map<std::string, std::vector<const ToolUse*>> linter_runs;
  for (const ToolUse* l : project_tools(f, "linting"))
    if (runs(*l)) linter_runs[l->tool].push_back(l);
  std::vector<const ToolUse*> enforced, idle;
  std::vector<std::string> notes;
  for (const ToolUse* u : uses) {
    if (runs(*u)) {
      enforced.push_back(u);
      continue;
    }
    auto it = linter_runs.find(linter_of(u->tool));
    if (it == linter_runs.end()) {
      idle.push_back(u);
      continue;
    }
    enforced.push_back(u);
    notes.push_back(u->tool + " in " + code(u->at.path) + ", enforced where " + it->first +
                    " runs (" + where(*it->second.front()) + ")");
  }
  std::vector<const ToolUse*> run_only;
  for (const ToolUse* u : enforced)
    if (runs(*u)) run_only.push_back(u);
  if (!enforced.empty()) {
    if (!run_only.empty()) notes.insert(notes.begin(), tools_note(run_only));
    return adopted(text::join(notes, "; "), evidence_of(enforced));
  }
  if (!idle.empty())
    return not_started(tools_note(idle) + " — limit set but its linter never runs",
                       evidence_of(idle));
  return not_started("No cyclomatic complexity gate");
}

Assessment dead_code(const RepoFacts& f) {
  return decide_by_tools(f, "dead-code-detection", UnrunPolicy::not_started,
                         "No dead code detection");
}

// ---- AI code review -------------------------------------------------------------

// The CI job that holds a use: the last job starting at or before its line.
// The CI job that holds a use: the job named in its detail ("job review"),
// else the last job of its file starting at or before its line.
const CiJob* job_of(const RepoFacts& f, const ToolUse& u, const CiPipeline** pipeline) {
  std::string name;
  if (text::starts_with(u.detail, "job ")) name = u.detail.substr(4, u.detail.find(" → ") - 4);
  const CiJob* best = nullptr;
  for (const CiPipeline& p : f.ci.pipelines) {
    if (p.path != u.at.path) continue;
    for (const CiJob& j : p.jobs) {
      if (!name.empty() && j.name == name) {
        *pipeline = &p;
        return &j;
      }
      if (j.at.line <= u.at.line && (!best || j.at.line > best->at.line)) {
        best = &j;
        *pipeline = &p;
      }
    }
  }
  return best;
}

// A review job that waits for a person (manual, comment, label) rather
// than running on every merge request.
bool on_demand(const RepoFacts& f, const ToolUse& u) {
  const CiPipeline* p = nullptr;
  const CiJob* job = job_of(f, u, &p);
  if (!job) return false;  // no CI facts for it: take the use at its word
  return job->manual || !(job->merge_request || p->triggers.merge_request);
}

Assessment ai_code_review(const RepoFacts& f) {
  auto uses = project_tools(f, "ai-code-review");
  std::vector<const ToolUse*> every_mr, demand;
  for (const ToolUse* u : uses) {
    bool ci_run = runs(*u) && u->origin == Origin::ci;
    if (ci_run && on_demand(f, *u))
      demand.push_back(u);
    else
      every_mr.push_back(u);  // app config, or a job on merge requests
  }
  if (!every_mr.empty()) return adopted(tools_note(every_mr), evidence_of(every_mr));
  if (!demand.empty())
    return partial(tools_note(demand) + " — only on demand", evidence_of(demand));
  return not_started(
      "No AI review of merge requests; an app installed without a config file is not visible");
}

}  // namespace

std::vector<RuleRow> code_quality_rules() {
  return {
      {"linting", linting},
      {"formatting", formatting},
      {"type-checking", type_checking},
      {"config-validation-lint", config_validation},
      {"whitespace-fixers", whitespace},
      {"merge-conflict-check", merge_conflicts},
      {"dependency-pinning", dependency_pinning},
      {"vulnerability-scanning", vulnerability_scanning},
      {"dependency-updates", dependency_updates},
      {"license-compliance", license_compliance},
      {"complexity-limits", complexity_limits},
      {"dead-code-detection", dead_code},
      {"ai-code-review", ai_code_review},
  };
}

}  // namespace practrack
