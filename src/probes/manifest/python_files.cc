// Python manifests other than pyproject.toml: requirements files (with
// their -r/-c includes), setup.cfg and the INI tool configs, tox.ini
// commands, setup.py (read by pattern, never run), Pipfile, noxfile.py.
#include <re2/re2.h>

#include <set>

#include "parse/toml.h"
#include "probes/manifest/ini.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "probes/manifest/setup_cfg_version.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {

constexpr std::size_t kMaxRequirementFiles = 200;


// "requests[socks]==2.31 ; python_version<'3.12'" -> name, spec.
bool parse_requirement(std::string_view req, std::string& name, std::string& spec) {
  static const RE2 re(R"(^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*))");
  static const RE2 egg(R"(#egg=([A-Za-z0-9][A-Za-z0-9._-]*))");
  std::string raw_name, raw_spec;
  if (text::contains(req, "://")) {  // VCS or URL requirement
    if (!RE2::PartialMatch(re2::StringPiece(req.data(), req.size()), egg, &raw_name)) return false;
    name = pypi_name(raw_name);
    spec = std::string(req);
    return true;
  }
  if (!RE2::PartialMatch(re2::StringPiece(req.data(), req.size()), re, &raw_name, &raw_spec))
    return false;
  name = pypi_name(raw_name);
  spec = std::string(text::trim(raw_spec));
  return true;
}

// Requirement lines with continuations joined, comments and hashes cut.
struct ReqLine {
  std::string text;
  int line = 0;
};

std::vector<ReqLine> requirement_lines(std::string_view text) {
  std::vector<ReqLine> out;
  std::string pending;
  int start = 0, n = 0;
  for (std::string_view raw : text::lines(text)) {
    ++n;
    std::string_view t = text::trim(raw);
    auto hash = t.find(" #");
    if (!t.empty() && t[0] == '#')
      t = {};
    else if (hash != std::string_view::npos)
      t = text::trim(t.substr(0, hash));
    bool more = !t.empty() && t.back() == '\\';
    if (more) t = text::trim(t.substr(0, t.size() - 1));
    if (pending.empty()) start = n;
    if (!t.empty()) pending += (pending.empty() ? "" : " ") + std::string(t);
    if (more) continue;
    if (!pending.empty()) out.push_back({pending, start});
    pending.clear();
  }
  if (!pending.empty()) out.push_back({pending, start});
  return out;
}

bool dev_requirements(std::string_view path) {
  static const RE2 dev(R"((?i)(dev|test|lint|doc|typing|check|ci|format|style))");
  return RE2::PartialMatch(re2::StringPiece(path.data(), path.size()), dev);
}

struct RequirementsReader {
  const ScanContext& ctx;
  RepoFacts& facts;
  std::set<std::string> done;
  std::vector<const FileEntry*> queue;

  void include(std::string_view from, std::string_view target) {
    std::string dir(text::dirname(from));
    std::string path = dir.empty() ? std::string(target) : dir + "/" + std::string(target);
    // Normalise "a/../b" and "./b" without leaving the tree.
    std::vector<std::string> parts;
    for (auto part : text::split(path, '/')) {
      if (part.empty() || part == ".") continue;
      if (part == "..") {
        if (parts.empty()) return;
        parts.pop_back();
      } else {
        parts.emplace_back(part);
      }
    }
    std::string norm;
    for (const auto& p : parts) norm += (norm.empty() ? "" : "/") + p;
    const FileEntry* f = ctx.find(norm);
    if (f && !ScanContext::is_excluded_path(f->path)) queue.push_back(f);
  }

  void read(const FileEntry& file) {
    auto text = ctx.read_text(file);
    if (!text) return;
    Manifest m = new_manifest(ctx, "pypi", file, false);
    bool dev = dev_requirements(file.path);
    for (const ReqLine& l : requirement_lines(*text)) read_line(file, *text, l, m, dev);
    facts.manifests.manifests.push_back(std::move(m));
  }

  void read_line(const FileEntry& file, std::string_view text, const ReqLine& l, Manifest& m,
                 bool dev) {
    static const RE2 inc(R"(^(?:-r|-c|--requirement|--constraint)[=\s]*(\S+))");
    std::string target;
    if (RE2::PartialMatch(l.text, inc, &target)) {
      include(file.path, target);
      return;
    }
    if (l.text[0] == '-' || l.text[0] == '.' || l.text[0] == '/') return;  // options, paths
    std::string req = l.text;
    auto opt = req.find(" --");
    if (opt != std::string::npos) req = req.substr(0, opt);  // --hash=...
    std::string name, spec;
    if (!parse_requirement(req, name, spec)) return;
    add_dependency(facts, m, name, spec, pep440_exact(spec), dev,
                   evidence_line(file.path, text, l.line));
  }

  void run() {
    while (!queue.empty() && done.size() < kMaxRequirementFiles) {
      const FileEntry* f = queue.back();
      queue.pop_back();
      if (done.insert(f->path).second) read(*f);
    }
  }
};

}  // namespace

void probe_requirements(const ScanContext& ctx, RepoFacts& facts) {
  RequirementsReader r{ctx, facts, {}, {}};
  std::set<const FileEntry*> files;
  // pip-tools inputs (*.in) are not read: the compiled *.txt beside them is the lock.
  for (auto pattern : {"**/*requirements*.txt", "**/requirements/*.txt"})
    for (const FileEntry* f : ctx.glob(pattern)) files.insert(f);
  // Sorted by path, processed in order; includes join the queue.
  std::vector<const FileEntry*> sorted(files.begin(), files.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const FileEntry* a, const FileEntry* b) { return a->path > b->path; });
  r.queue = sorted;
  r.run();
}

// ---- INI files -------------------------------------------------------------

void read_tox_ini(const std::string& path, std::string_view text, int first_line,
                  RepoFacts& facts) {
  auto sections = read_ini(text);
  std::vector<std::string> env_list;
  for (const IniSection& s : sections)
    if (s.name == "tox")
      for (std::string_view key : {"envlist", "env_list"})
        if (const IniKey* k = s.find(key)) env_list = tox_env_list(k->value);
  for (const IniSection& s : sections) {
    bool env = s.name == "testenv" || text::starts_with(s.name, "testenv:");
    if (!env) continue;
    std::string context = s.name == "testenv" ? "testenv" : s.name.substr(8);
    const IniKey* commands = s.find("commands");
    if (!commands) continue;
    auto lines = text::split(commands->value, '\n');
    for (std::size_t i = 0; i < lines.size() && i < commands->value_lines.size(); ++i) {
      std::string_view cmd = text::trim(lines[i]);
      while (!cmd.empty() && (cmd[0] == '-' || cmd[0] == '!')) cmd = text::trim(cmd.substr(1));
      if (cmd.empty()) continue;
      int line = commands->value_lines[i] + first_line;
      add_script(facts, "tox", context, std::string(cmd), Evidence{path, line, text::excerpt(cmd)});
      facts.commands.back().named_only = !tox_runs_by_default(context, env_list);
    }
  }
}

namespace {

// Section names as tools look them up: ".coveragerc" [report] is
// "coverage:report"; pytest.ini [pytest] and setup.cfg [tool:pytest] stay.
std::string section_key(std::string_view file, const std::string& section) {
  if (file == ".coveragerc" && section.find(':') == std::string::npos) return "coverage:" + section;
  return section;
}

void add_setup_cfg_deps(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file,
                        std::string_view text, const std::vector<IniSection>& sections) {
  Manifest m = new_manifest(ctx, "pypi", file, true);
  auto add_list = [&](const IniKey& k, bool dev) {
    auto lines = text::split(k.value, '\n');
    for (std::size_t i = 0; i < lines.size() && i < k.value_lines.size(); ++i) {
      std::string name, spec;
      if (!parse_requirement(text::trim(lines[i]), name, spec)) continue;
      add_dependency(facts, m, name, spec, pep440_exact(spec), dev,
                     evidence_line(file.path, text, k.value_lines[i]));
    }
  };
  bool any = false;
  for (const IniSection& s : sections) {
    if (s.name == "metadata") {
      if (const IniKey* k = s.find("name")) m.name = k->value;
      if (const IniKey* k = s.find("version"))
        m.version = setup_cfg_version(ctx, file.path, k->value);
      any = true;
    } else if (s.name == "options") {
      if (const IniKey* k = s.find("install_requires")) add_list(*k, false);
      if (const IniKey* k = s.find("python_requires")) m.language_version = "python " + k->value;
      any = true;
    } else if (s.name == "options.extras_require") {
      for (const IniKey& k : s.keys) add_list(k, true);
    }
  }
  if (any || m.dependencies > 0) facts.manifests.manifests.push_back(std::move(m));
}

void read_python_ini(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto sections = read_ini(*text);
  std::string_view base = text::basename(file.path);
  for (const IniSection& s : sections) {
    std::string key = section_key(base, s.name);
    add_section(facts, key, evidence_line(file.path, *text, s.line));
    if (const IniKey* mc = s.find("max-complexity"))
      add_section(facts, key + ".max-complexity", evidence_line(file.path, *text, mc->line));
    if (const IniKey* mc = s.find("max_complexity"))
      add_section(facts, key + ".max-complexity", evidence_line(file.path, *text, mc->line));
  }
  if (base == "tox.ini") read_tox_ini(file.path, *text, 0, facts);
  if (base == "setup.cfg") add_setup_cfg_deps(ctx, facts, file, *text, sections);
}

}  // namespace

void probe_python_ini(const ScanContext& ctx, RepoFacts& facts) {
  for (auto pattern :
       {"**/setup.cfg", "**/tox.ini", "**/.flake8", "**/mypy.ini", "**/.mypy.ini", "**/pytest.ini",
        "**/.coveragerc", "**/.pylintrc", "**/pylintrc", "**/.isort.cfg"})
    for (const FileEntry* f : ctx.glob(pattern)) read_python_ini(ctx, facts, *f);
}

// ---- setup.py ---------------------------------------------------------------

namespace {

// The quoted strings inside the bracket that follows `key` (e.g.
// install_requires=[...]), each with its line.
std::vector<std::pair<std::string, int>> list_after(std::string_view text, std::string_view key) {
  std::vector<std::pair<std::string, int>> out;
  std::size_t pos = text.find(key);
  if (pos == std::string_view::npos) return out;
  std::size_t open = text.find_first_of("[(", pos);
  if (open == std::string_view::npos || open - pos > key.size() + 8) return out;
  std::size_t end = text.find(text[open] == '[' ? ']' : ')', open);
  if (end == std::string_view::npos) end = text.size();
  static const RE2 quoted(R"(["']([^"'\n]+)["'])");
  re2::StringPiece body(text.data() + open, end - open);
  std::string s;
  while (RE2::FindAndConsume(&body, quoted, &s)) {
    std::size_t at = static_cast<std::size_t>(body.data() - text.data());
    out.emplace_back(s, text::line_of(text, at > 0 ? at - 1 : 0));
  }
  return out;
}

void read_setup_py(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  Manifest m = new_manifest(ctx, "pypi", file, true);
  static const RE2 name_re(R"(\bname\s*=\s*["']([^"']+)["'])");
  static const RE2 version_re(R"(\bversion\s*=\s*["']([^"']+)["'])");
  RE2::PartialMatch(*text, name_re, &m.name);
  RE2::PartialMatch(*text, version_re, &m.version);
  auto add = [&](std::string_view key, bool dev) {
    for (const auto& [req, line] : list_after(*text, key)) {
      std::string name, spec;
      if (!parse_requirement(req, name, spec)) continue;
      add_dependency(facts, m, name, spec, pep440_exact(spec), dev,
                     evidence_line(file.path, *text, line));
    }
  };
  add("install_requires", false);
  add("tests_require", true);
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_setup_py(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/setup.py")) read_setup_py(ctx, facts, *f);
}

// ---- Pipfile ------------------------------------------------------------------

void probe_pipfile(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* file : ctx.glob("**/Pipfile")) {
    auto text = ctx.read_text(*file);
    if (!text) continue;
    auto parsed = parse_toml(*text);
    if (!parsed) {
      warn_malformed(ctx, *file, parsed.error());
      continue;
    }
    Manifest m = new_manifest(ctx, "pypi", *file, true);
    const toml::table& t = *parsed;
    for (auto [group, dev] : {std::pair{"packages", false}, std::pair{"dev-packages", true}}) {
      const toml::table* deps = t[group].as_table();
      if (!deps) continue;
      for (auto&& [key, value] : *deps) {
        std::string spec = value.value<std::string>().value_or("");
        if (const toml::table* v = value.as_table()) spec = (*v)["version"].value_or(std::string());
        add_dependency(
            facts, m, pypi_name(key.str()), spec, pep440_exact(spec), dev,
            evidence_line(file->path, *text, static_cast<int>(value.source().begin.line)));
      }
    }
    if (auto py = t["requires"]["python_version"].value<std::string>())
      m.language_version = "python " + *py;
    if (const toml::table* scripts = t["scripts"].as_table())
      for (auto&& [name, value] : *scripts)
        if (auto s = value.value<std::string>())
          add_script(facts, "pipenv", std::string(name.str()), *s,
                     evidence_line(file->path, *text, static_cast<int>(value.source().begin.line)));
    facts.manifests.manifests.push_back(std::move(m));
  }
}

// ---- noxfile.py ---------------------------------------------------------------

namespace {

// session.run("ruff", "check", ".") -> "ruff check ." (string arguments only).
std::string nox_command(std::string_view call) {
  static const RE2 quoted(R"(["']([^"'\n]*)["'])");
  re2::StringPiece body(call.data(), call.size());
  std::string arg, out;
  while (RE2::FindAndConsume(&body, quoted, &arg)) out += (out.empty() ? "" : " ") + arg;
  return out;
}

void read_noxfile(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  static const RE2 def_re(R"(^\s*def\s+(\w+)\s*\()");
  static const RE2 run_re(R"(\bsession\.run\s*\((.*))");
  std::string session;
  auto lines = text::lines(*text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    re2::StringPiece line(lines[i].data(), lines[i].size());
    std::string name, rest;
    if (RE2::PartialMatch(line, def_re, &name)) session = name;
    if (!RE2::PartialMatch(line, run_re, &rest)) continue;
    // A call may wrap onto a few more lines.
    for (std::size_t j = i + 1;
         j < lines.size() && j < i + 6 && rest.find(')') == std::string::npos; ++j)
      rest += " " + std::string(lines[j]);
    std::string cmd = nox_command(rest.substr(0, rest.find(')')));
    if (cmd.empty()) continue;
    add_script(facts, "nox", session, cmd,
               evidence_line(file.path, *text, static_cast<int>(i) + 1));
  }
}

}  // namespace

void probe_noxfile(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/noxfile.py")) read_noxfile(ctx, facts, *f);
}

}  // namespace practrack::manifest
