// pyproject.toml: PEP 621 metadata and dependencies, dependency groups,
// Poetry/PDM/uv dependency tables, every [tool.*] table as a config
// section, and the task runners kept there (poe, pdm, hatch, taskipy).
#include <re2/re2.h>

#include "parse/toml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {

constexpr int kMaxSectionDepth = 3;  // tool.X.Y.Z
constexpr std::size_t kMaxSections = 500;


struct Pyproject {
  RepoFacts& facts;
  const std::string& path;
  const std::string& text;
  Manifest& m;
  std::size_t sections = 0;

  Evidence at(const toml::node& n) const { return evidence_line(path, text, line_of(n)); }
};

// "requests[socks] >=2.0 ; python_version < '3.12'" -> name and spec.
bool split_pep508(std::string_view req, std::string& name, std::string& spec) {
  static const RE2 re(R"(^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*))");
  std::string raw_name, raw_spec;
  if (!RE2::PartialMatch(re2::StringPiece(req.data(), req.size()), re, &raw_name, &raw_spec))
    return false;
  name = pypi_name(raw_name);
  spec = std::string(text::trim(raw_spec));
  if (spec.size() > 2 && spec.front() == '(' && spec.back() == ')')
    spec = spec.substr(1, spec.size() - 2);
  return true;
}

void add_pep508_array(Pyproject& p, const toml::node* node, bool dev) {
  const toml::array* arr = node ? node->as_array() : nullptr;
  if (!arr) return;
  for (const toml::node& item : *arr) {
    auto req = item.value<std::string>();
    if (!req) continue;  // {include-group = "..."} in dependency groups
    std::string name, spec;
    if (!split_pep508(*req, name, spec)) continue;
    add_dependency(p.facts, p.m, name, spec, pep440_exact(spec), dev, p.at(item));
  }
}

// A table of arrays: optional-dependencies, dependency-groups, pdm dev groups.
void add_group_table(Pyproject& p, const toml::node* node, bool dev) {
  const toml::table* groups = node ? node->as_table() : nullptr;
  if (!groups) return;
  for (auto&& [group, list] : *groups) add_pep508_array(p, &list, dev);
}

// Poetry: name = "^1.2" | { version = "1.2.3", optional = true } | git/path.
void add_poetry_table(Pyproject& p, const toml::node* node, bool dev) {
  const toml::table* deps = node ? node->as_table() : nullptr;
  if (!deps) return;
  for (auto&& [key, value] : *deps) {
    std::string name(key.str());
    if (name == "python") continue;
    std::string spec;
    if (auto s = value.value<std::string>())
      spec = *s;
    else if (auto* t = value.as_table())
      spec = (*t)["version"].value_or(std::string());
    bool exact = pep440_exact(spec) || semver_exact(spec);
    add_dependency(p.facts, p.m, pypi_name(name), spec, exact, dev, p.at(value));
  }
}

void add_poetry(Pyproject& p, const toml::table& poetry) {
  add_poetry_table(p, poetry.get("dependencies"), false);
  add_poetry_table(p, poetry.get("dev-dependencies"), true);
  if (const toml::table* groups = poetry["group"].as_table())
    for (auto&& [name, group] : *groups)
      if (const toml::table* g = group.as_table())
        add_poetry_table(p, g->get("dependencies"), true);
}

void add_sections(Pyproject& p, const toml::table& table, const std::string& prefix, int depth) {
  for (auto&& [key, value] : table) {
    const toml::table* sub = value.as_table();
    if (!sub || p.sections >= kMaxSections) continue;
    ++p.sections;
    std::string name = prefix + "." + std::string(key.str());
    add_section(p.facts, name, p.at(value));
    if (depth < kMaxSectionDepth) add_sections(p, *sub, name, depth + 1);
  }
}

// One task value: "cmd", ["cmd", ...] or { cmd = "..." } / { shell = "..." }.
void add_task(Pyproject& p, const std::string& system, const std::string& name,
              const toml::node& value) {
  if (auto s = value.value<std::string>()) {
    add_script(p.facts, system, name, *s, p.at(value));
  } else if (const toml::array* arr = value.as_array()) {
    for (const toml::node& item : *arr)
      if (auto cmd = item.value<std::string>()) add_script(p.facts, system, name, *cmd, p.at(item));
  } else if (const toml::table* t = value.as_table()) {
    for (const char* field : {"cmd", "shell"})
      if (auto cmd = (*t)[field].value<std::string>())
        add_script(p.facts, system, name, *cmd, p.at(value));
  }
}

void add_task_table(Pyproject& p, const std::string& system, const toml::node* node) {
  const toml::table* tasks = node ? node->as_table() : nullptr;
  if (!tasks) return;
  for (auto&& [name, value] : *tasks) add_task(p, system, std::string(name.str()), value);
}

// tox 4 in TOML: commands = [["pytest", "-v"], ["coverage", "report"]];
// string arguments are kept, {replace = ...} placeholders dropped.
void add_tox_commands(RepoFacts& facts, const std::string& path, const std::string& text,
                      const std::string& env, const toml::node* node,
                      const std::vector<std::string>& env_list) {
  const toml::array* commands = node ? node->as_array() : nullptr;
  if (!commands) return;
  for (const toml::node& cmd : *commands) {
    const toml::array* args = cmd.as_array();
    if (!args) continue;
    std::string line;
    for (const toml::node& arg : *args)
      if (auto a = arg.value<std::string>()) line += (line.empty() ? "" : " ") + *a;
    if (line.empty()) continue;
    add_script(facts, "tox", env, line, evidence_line(path, text, line_of(cmd)));
    facts.commands.back().named_only = !tox_runs_by_default(env, env_list);
  }
}

}  // namespace

void read_tox_toml(const std::string& path, const std::string& text, const toml::table& tox,
                   RepoFacts& facts) {
  std::vector<std::string> env_list;
  if (const toml::array* list = tox["env_list"].as_array())
    for (const toml::node& n : *list)
      if (auto name = n.value<std::string>()) env_list.push_back(*name);
  add_tox_commands(facts, path, text, "testenv", tox["env_run_base"]["commands"].node(), env_list);
  if (const toml::table* envs = tox["env"].as_table())
    for (auto&& [name, env] : *envs)
      if (const toml::table* e = env.as_table())
        add_tox_commands(facts, path, text, std::string(name.str()), e->get("commands"),
                         env_list);
}

namespace {

void add_tasks(Pyproject& p, const toml::table& tool) {
  add_task_table(p, "poe", tool["poe"]["tasks"].node());
  add_task_table(p, "pdm", tool["pdm"]["scripts"].node());
  add_task_table(p, "taskipy", tool["taskipy"]["tasks"].node());
  add_task_table(p, "rye", tool["rye"]["scripts"].node());
  if (const toml::table* envs = tool["hatch"]["envs"].as_table())
    for (auto&& [env, table] : *envs)
      if (const toml::table* e = table.as_table()) add_task_table(p, "hatch", e->get("scripts"));
  if (const toml::table* tox = tool["tox"].as_table()) read_tox_toml(p.path, p.text, *tox, p.facts);
  if (auto legacy = tool["tox"]["legacy_tox_ini"].value<std::string>()) {
    // The string starts on the line after `legacy_tox_ini = """`.
    const toml::node* n = tool["tox"]["legacy_tox_ini"].node();
    read_tox_ini(p.path, *legacy, line_of(*n), p.facts);
  }
}

void read_project(Pyproject& p, const toml::table& t) {
  const toml::table* project = t["project"].as_table();
  const toml::table* poetry = t["tool"]["poetry"].as_table();
  if (project) {
    p.m.name = (*project)["name"].value_or(std::string());
    p.m.version = (*project)["version"].value_or(std::string());
    if (auto py = (*project)["requires-python"].value<std::string>())
      p.m.language_version = "python " + *py;
    add_pep508_array(p, project->get("dependencies"), false);
    add_group_table(p, project->get("optional-dependencies"), true);
    if (const toml::table* scripts = (*project)["scripts"].as_table())
      for (auto&& [name, v] : *scripts) p.m.entry_points.emplace_back(name.str());
  }
  if (poetry) {
    if (p.m.name.empty()) p.m.name = (*poetry)["name"].value_or(std::string());
    if (p.m.version.empty()) p.m.version = (*poetry)["version"].value_or(std::string());
    if (p.m.language_version.empty())
      if (auto py = (*poetry)["dependencies"]["python"].value<std::string>())
        p.m.language_version = "python " + *py;
    add_poetry(p, *poetry);
    if (const toml::table* scripts = (*poetry)["scripts"].as_table())
      for (auto&& [name, v] : *scripts) p.m.entry_points.emplace_back(name.str());
  }
  add_group_table(p, t.get("dependency-groups"), true);
  add_group_table(p, t["tool"]["pdm"]["dev-dependencies"].node(), true);
  add_pep508_array(p, t["tool"]["uv"]["dev-dependencies"].node(), true);
}

void read_pyproject(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto toml_file = read_toml(ctx, file);
  if (!toml_file) return;
  const std::string* text = &toml_file->text;
  const toml::table* parsed = &toml_file->table;
  Manifest m;
  m.ecosystem = "pypi";
  m.path = file.path;
  m.at = Evidence{file.path, 0, ""};
  if (const FileEntry* lock = find_lock(ctx, "pypi", file.path)) {
    m.has_lock = true;
    m.lock_path = lock->path;
  }
  Pyproject p{facts, file.path, *text, m};
  const toml::table& t = *parsed;
  read_project(p, t);
  if (const toml::table* tool = t["tool"].as_table()) {
    add_sections(p, *tool, "tool", 1);
    add_tasks(p, *tool);
  }
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_pyproject(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/pyproject.toml")) read_pyproject(ctx, facts, *f);
  for (const FileEntry* f : ctx.glob("**/tox.toml")) {
    if (auto tox = read_toml(ctx, *f)) read_tox_toml(f->path, tox->text, tox->table, facts);
  }
}

}  // namespace practrack::manifest
