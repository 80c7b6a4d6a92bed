#include "probes/tool/tool_resolver.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "facts/config_keys.h"
#include "probes/parse_warning.h"
#include "probes/probe.h"
#include "probes/tool/command_words.h"
#include "probes/tool/invocations.h"
#include "parse/json.h"
#include "parse/toml.h"
#include "parse/yaml.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack {

namespace {

// Values of a '|'-separated row field, empty ones dropped.
std::vector<std::string> values(std::string_view field) {
  std::vector<std::string> out;
  for (auto v : text::split(field, '|')) {
    v = text::trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

bool has_wildcard(std::string_view glob) {
  return glob.find_first_of("*?{[") != std::string_view::npos;
}

// "GitLab CI" for "gitlab-ci": CI systems as people write them.
std::string system_display(std::string_view system) {
  static const std::map<std::string_view, std::string_view> names = {
      {"gitlab-ci", "GitLab CI"},
      {"github-actions", "GitHub Actions"},
      {"jenkins", "Jenkins"},
      {"circleci", "CircleCI"},
      {"azure-pipelines", "Azure Pipelines"},
      {"bitbucket", "Bitbucket Pipelines"},
      {"travis", "Travis CI"},
      {"drone", "Drone"},
      {"woodpecker", "Woodpecker"},
      {"buildkite", "Buildkite"},
      {"appveyor", "AppVeyor"},
      {"tekton", "Tekton"},
  };
  auto it = names.find(system);
  return it != names.end() ? std::string(it->second) : std::string(system);
}

}  // namespace

namespace {

// How people invoke a package script by name: "npm run lint", "tox -e lint".
std::string invoke_script(const std::string& system, const std::string& name) {
  if (system == "maven" && name == "default") return "mvn default goal";
  static const std::map<std::string_view, std::string_view> how = {
      {"npm", "npm run "},       {"yarn", "yarn "},       {"pnpm", "pnpm "},
      {"tox", "tox -e "},        {"nox", "nox -s "},      {"poe", "poe "},
      {"pdm", "pdm run "},       {"hatch", "hatch run "}, {"pipenv", "pipenv run "},
      {"composer", "composer "}, {"taskipy", "task "},    {"maven", "mvn "},
      {"rye", "rye run "},
  };
  auto it = how.find(system);
  return (it != how.end() ? std::string(it->second) : system + " ") + name;
}

}  // namespace

// Rules print "<origin> <detail>" ("CI job lint", "make code-lint",
// "hook pre-commit"), so the detail never repeats the origin.
std::string command_detail(const Command& cmd) {
  switch (cmd.origin) {
    case Origin::ci:
      return cmd.context.empty() ? system_display(cmd.system) : "job " + cmd.context;
    case Origin::hook:
      if (cmd.system.empty()) return cmd.context;
      return cmd.context.empty() || cmd.context == "pre-commit" || cmd.context == cmd.system
                 ? cmd.system
                 : cmd.system + " " + cmd.context;
    case Origin::make:
      if (cmd.system.empty() || cmd.system == "make") return cmd.context;
      return cmd.context + " (" + cmd.system + ")";
    case Origin::package_script:
      return cmd.context.empty() ? cmd.system : invoke_script(cmd.system, cmd.context);
    case Origin::script:
      return cmd.context.empty() ? cmd.at.path : cmd.context;
  }
  return cmd.system;
}

struct ToolMatcher::Compiled {
  struct DepKey {
    std::string name;
    bool prefix = false;
    int row = 0;
  };
  struct Prefix {
    std::string text;
    int row = 0;
    std::string input;  // actions only: an input the step must set ("sbom")
  };

  std::vector<ToolRow> rows;
  std::vector<std::string> errors;
  // Command patterns: one set for the common case; per-row regexes when the
  // set runs out of memory on a pathological command line.
  std::unique_ptr<RE2::Set> set;
  std::vector<int> set_rows;
  bool set_compiled = false;
  std::vector<std::unique_ptr<RE2>> row_res;
  std::vector<std::unique_ptr<RE2>> unless_res;  // per row; null when none
  std::unordered_map<std::string, std::vector<int>> hooks;     // id -> rows
  std::unordered_map<std::string, std::vector<int>> sections;  // exact key -> rows
  std::vector<Prefix> section_prefixes;                        // "eslint:*"
  std::map<std::string, std::vector<DepKey>> deps;             // ecosystem -> keys
  std::vector<Prefix> actions;                                 // lower-case prefixes
  std::vector<std::pair<std::string, int>> configs;            // glob -> row

  void add_row(int i);
  void compile_command(int i);
  std::vector<int> match_command(std::string_view text) const;
  std::vector<int> match_segment(std::string_view text) const;
};

void ToolMatcher::Compiled::compile_command(int i) {
  const ToolRow& row = rows[i];
  if (row.command.empty()) return;
  RE2::Options opts;
  opts.set_log_errors(false);
  auto re = std::make_unique<RE2>(re2::StringPiece(row.command.data(), row.command.size()), opts);
  if (!re->ok()) {
    errors.push_back(std::string(row.tool) + " (" + std::string(row.practice) +
                     "): " + re->error());
    return;
  }
  std::string err;
  int index = set->Add(re2::StringPiece(row.command.data(), row.command.size()), &err);
  if (index < 0) {
    errors.push_back(std::string(row.tool) + " (" + std::string(row.practice) + "): " + err);
    return;
  }
  set_rows.push_back(i);
  row_res[i] = std::move(re);
  if (!row.unless.empty()) {
    auto unless = std::make_unique<RE2>(re2::StringPiece(row.unless.data(), row.unless.size()), opts);
    if (!unless->ok())
      errors.push_back(std::string(row.tool) + " (unless): " + unless->error());
    else
      unless_res[i] = std::move(unless);
  }
}

void ToolMatcher::Compiled::add_row(int i) {
  const ToolRow& row = rows[i];
  compile_command(i);
  for (auto& id : values(row.hooks)) hooks[id].push_back(i);
  for (auto& s : values(row.sections)) {
    if (text::ends_with(s, "*"))
      section_prefixes.push_back({s.substr(0, s.size() - 1), i});
    else
      sections[s].push_back(i);
  }
  for (auto& d : values(row.deps)) {
    auto colon = d.find(':');
    if (colon == std::string::npos) {
      errors.push_back(std::string(row.tool) + ": dependency without ecosystem: " + d);
      continue;
    }
    DepKey key{text::lower(d.substr(colon + 1)), false, i};
    if (text::ends_with(key.name, "*")) {
      key.name.pop_back();
      key.prefix = true;
    }
    deps[d.substr(0, colon)].push_back(std::move(key));
  }
  for (auto& a : values(row.actions)) {
    auto q = a.find('?');
    if (q == std::string::npos)
      actions.push_back({text::lower(a), i, ""});
    else
      actions.push_back({text::lower(a.substr(0, q)), i, a.substr(q + 1)});
  }
  for (auto& g : values(row.configs)) configs.emplace_back(g, i);
}

namespace {

// Installing, echoing or commenting a tool is not running it:
// "pip install ruff" and "echo run mypy" are dropped segment by segment.
bool inert_segment(std::string_view segment) {
  static const RE2 inert(
      R"(^\s*(?:sudo\s+)?(?:#|echo\b|printf\b|(?:python3?\s+-m\s+)?(?:pip3?|pipx|uv\s+pip|)"
      R"(uv\s+tool|uv|poetry|pdm|npm|pnpm|yarn|bun|go|cargo|gem|brew|apt-get|apt|apk|dnf|yum|)"
      R"(choco|scoop|composer|dotnet\s+tool|conda|mamba)\s+)"
      R"((?:install|add|i|ci|get|require|sync)\b))");
  return RE2::PartialMatch(re2::StringPiece(segment.data(), segment.size()), inert);
}

// The pieces of a command line between newlines, ';', '&&', '||' and '|'.
// A '|' inside parentheses is kept: it is more often a regular
// expression's alternation (`awk '/^(black|blue)$/'`) than a pipe in a
// subshell, and a subshell's pipeline still matches as one piece.
std::vector<std::string_view> segments(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  int depth = 0;  // open parentheses on this line
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size();
    char ch = end ? '\n' : text[i];
    if (ch == '(') ++depth;
    if (ch == ')' && depth > 0) --depth;
    if (ch == '\n') depth = 0;
    if (ch == '|' && depth > 0) continue;
    if (ch != '\n' && ch != ';' && ch != '&' && ch != '|') continue;
    if (i > start) out.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return out;
}

}  // namespace

namespace {

// Whether some match of `re` in the segment names a program the segment
// runs: `find . -name shellcheck` names a file, `shellcheck x.sh` runs it.
bool run_in(std::string_view seg, const RE2& re) {
  re2::StringPiece text(seg.data(), seg.size()), m;
  for (std::size_t from = 0;
       from <= seg.size() && re.Match(text, from, seg.size(), RE2::UNANCHORED, &m, 1);) {
    auto at = static_cast<std::size_t>(m.data() - seg.data());
    std::size_t pos = at;
    while (pos < at + m.size() && (seg[pos] == ' ' || seg[pos] == '\t')) ++pos;
    if (runs_at(seg, pos)) return true;
    from = at + 1;
  }
  return false;
}

// A line continued with a backslash is one command: its arguments on the
// next lines are no programs.
std::string join_continued_lines(std::string_view text) {
  std::string out(text);
  for (std::size_t at = out.find("\\\n"); at != std::string::npos; at = out.find("\\\n", at))
    out.replace(at, 2, "  ");
  for (std::size_t at = out.find("\\\r\n"); at != std::string::npos; at = out.find("\\\r\n", at))
    out.replace(at, 3, "   ");
  return out;
}

}  // namespace

std::vector<int> ToolMatcher::Compiled::match_command(std::string_view text) const {
  std::vector<int> all;
  if (set_rows.empty()) return all;
  std::string joined;
  if (text::contains(text, "\\\n") || text::contains(text, "\\\r\n"))
    text = joined = join_continued_lines(text);
  for (std::string_view seg : segments(text)) {
    if (inert_segment(seg)) continue;
    for (int row : match_segment(seg)) {
      if (unless_res[row] && RE2::PartialMatch(re2::StringPiece(seg.data(), seg.size()), *unless_res[row]))
        continue;
      if (!rows[row].in_arguments && !run_in(seg, *row_res[row])) continue;
      if (std::find(all.begin(), all.end(), row) == all.end()) all.push_back(row);
    }
  }
  return all;
}

std::vector<int> ToolMatcher::Compiled::match_segment(std::string_view text) const {
  std::vector<int> hits;
  RE2::Set::ErrorInfo info{};
  if (set_compiled) {
    if (set->Match(re2::StringPiece(text.data(), text.size()), &hits, &info)) {
      for (int& h : hits) h = set_rows[h];
      return hits;
    }
    hits.clear();
    if (info.kind == RE2::Set::kNoError) return hits;  // simply no match
  }
  for (int row : set_rows)
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *row_res[row]))
      hits.push_back(row);
  return hits;
}

ToolMatcher::ToolMatcher(std::vector<ToolRow> rows) : c_(std::make_unique<Compiled>()) {
  c_->rows = std::move(rows);
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  c_->set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  c_->row_res.resize(c_->rows.size());
  c_->unless_res.resize(c_->rows.size());
  for (int i = 0; i < static_cast<int>(c_->rows.size()); ++i) c_->add_row(i);
  // Should the set outgrow its memory, rows are tried one by one (slower,
  // same answers); the table test reports it so it gets noticed.
  c_->set_compiled = !c_->set_rows.empty() && c_->set->Compile();
  if (!c_->set_rows.empty() && !c_->set_compiled)
    c_->errors.push_back("command patterns: the set does not compile (too large)");
}

ToolMatcher::~ToolMatcher() = default;

const std::vector<std::string>& ToolMatcher::errors() const { return c_->errors; }

// Collects uses, dropping repeats of practice+tool+how+path+line.
class ToolMatcher::Sink {
 public:
  explicit Sink(RepoFacts& facts) : facts_(facts) {
    for (const auto& t : facts.tools) note(t);
  }
  void add(const ToolRow& row, ToolHow how, Origin origin, std::string detail, const Evidence& at,
           bool unparsed = false) {
    ToolUse use;
    use.practice = std::string(row.practice);
    use.tool = std::string(row.tool);
    use.how = how;
    use.origin = origin;
    use.detail = std::move(detail);
    use.at = at;
    use.unparsed = unparsed;
    if (note(use)) facts_.tools.push_back(std::move(use));
  }
  // Whether a probe found the config file at `path` asking for nothing.
  bool idle_config(std::string_view path) const {
    return std::any_of(facts_.config_sections.begin(), facts_.config_sections.end(),
                       [&](const ConfigSection& s) {
                         return s.key == kIdleConfig && s.at.path == path;
                       });
  }
  // Whether something already runs the row's tool for its practice.
  bool runs(const ToolRow& row) const {
    return run_.count(std::string(row.practice) + '\0' + std::string(row.tool)) > 0;
  }

 private:
  bool note(const ToolUse& u) {
    if (u.how == ToolHow::run) run_.insert(u.practice + '\0' + u.tool);
    return seen_.insert(key(u)).second;
  }
  static std::string key(const ToolUse& u) {
    return u.practice + '\0' + u.tool + '\0' + tool_how_name(u.how) + '\0' + u.at.path + '\0' +
           std::to_string(u.at.line);
  }
  RepoFacts& facts_;
  std::set<std::string> seen_;
  std::set<std::string> run_;  // practice + tool
};

namespace {

std::string hook_detail(const Hook& h) {
  std::string d = h.manager.empty() ? "git" : h.manager;
  if (!h.stage.empty() && h.stage != "pre-commit" && h.stage != h.manager) d += " " + h.stage;
  return d;
}

std::string action_detail(const ActionRef& a) {
  return a.job.empty() ? system_display(a.system) : "job " + a.job;
}

// Within each strength: runs by where they run (CI, hook, make, package
// script, script), then shallow files first, so the root's pyproject.toml
// speaks for the project before examples/x/pyproject.toml.
void order_uses(std::vector<ToolUse>& tools, std::size_t from) {
  auto rank = [](const ToolUse& u) {
    long depth = std::count(u.at.path.begin(), u.at.path.end(), '/');
    int origin = u.how == ToolHow::run ? static_cast<int>(u.origin) : 0;
    return std::tuple(static_cast<int>(u.how), origin, depth);
  };
  std::stable_sort(tools.begin() + static_cast<std::ptrdiff_t>(from), tools.end(),
                   [&](const ToolUse& a, const ToolUse& b) { return rank(a) < rank(b); });
}

void count_tools(RepoFacts& facts) {
  std::map<std::string, std::set<std::string>> by_practice;
  for (const auto& t : facts.tools) by_practice[t.practice].insert(t.tool);
  for (const auto& [practice, tools] : by_practice)
    facts.metrics["tools." + practice] = static_cast<double>(tools.size());
}

}  // namespace

namespace {

// The part of a glob before its first wildcard.
std::string_view literal_prefix(std::string_view glob) {
  return glob.substr(0, std::min(glob.size(), glob.find_first_of("*?{[")));
}

// A file under the templates/ folder of a Helm chart (a folder with a
// Chart.yaml) is a Go template that renders YAML, not YAML: its `{{ }}`
// are no parse error.
bool chart_template(const ScanContext& ctx, std::string_view path) {
  for (std::size_t at = path.find("templates/"); at != std::string_view::npos;
       at = path.find("templates/", at + 1))
    if ((at == 0 || path[at - 1] == '/') &&
        ctx.find(std::string(path.substr(0, at)) + "Chart.yaml"))
      return true;
  return false;
}

// Why a YAML, JSON or TOML config found by its name could not be parsed,
// or "" (it parses, is too large to check, or is in another format). Its
// presence alone must not count as configuring the tool.
std::string config_parse_error(const ScanContext& ctx, const FileEntry& f) {
  constexpr std::size_t kMaxConfigBytes = 1 << 20;
  std::string ext = text::lower(f.path.substr(std::min(f.path.size(), f.path.rfind('.'))));
  bool yaml = ext == ".yml" || ext == ".yaml", json = ext == ".json", toml = ext == ".toml";
  if ((!yaml && !json && !toml) || (yaml && chart_template(ctx, f.path))) return "";
  // Parsed once per blob: the resolver runs again at many commits of a
  // history, and a chart repository's YAML configs are hundreds.
  auto error = ctx.memo<std::string>("tool.config-error", f, [&](const FileEntry& file) {
    auto bytes = ctx.read_quiet(file, kMaxConfigBytes);
    if (!bytes) return std::string();
    if (yaml) {
      auto docs = parse_yaml_all(*bytes);
      return docs ? std::string() : docs.error();
    }
    if (json) {
      auto doc = parse_json(*bytes, true);  // tsconfig and friends allow comments
      return doc ? std::string() : doc.error();
    }
    auto doc = parse_toml(*bytes);
    return doc ? std::string() : doc.error();
  });
  return *error;
}

}  // namespace

// Config globs against own files without trying every glob on every file:
// exact paths by lookup, "**/name*" through a sorted index of base names,
// the rest from the first path that shares the glob's literal prefix, or
// through ScanContext::glob's indexes when there is none.
void ToolMatcher::match_configs(const ScanContext& ctx, Sink& sink) const {
  const Compiled& c = *c_;
  const auto& by_base = ctx.by_name();  // (base name, file), sorted by name
  const auto& own = ctx.own_files();  // sorted by path, as the tree is
  for (const auto& [glob, row] : c.configs) {
    auto found = [&, row = row](const FileEntry* f) {
      // Only a tool nothing runs needs its config read: a run speaks for it.
      if (sink.idle_config(f->path)) return;  // the rule says why
      std::string error = sink.runs(c.rows[row]) ? "" : config_parse_error(ctx, *f);
      // Said on stderr too (and --strict fails), not only in the note.
      if (!error.empty()) warn_parse_error(ctx, f->path, error);
      sink.add(c.rows[row], ToolHow::configured, Origin::ci, "",
               Evidence{f->path, 0, text::excerpt(error)}, !error.empty());
    };
    std::string_view g = glob;
    if (!has_wildcard(g)) {
      // A symlink is never an own file: where it points is not read.
      const FileEntry* f = ctx.find(g);
      if (f && f->kind != FileKind::symlink && !ScanContext::is_excluded_path(f->path)) found(f);
    } else if (text::starts_with(g, "**/") && g.find('/', 3) == std::string_view::npos &&
               !literal_prefix(g.substr(3)).empty()) {
      std::string_view base = g.substr(3), prefix = literal_prefix(base);
      auto it = std::lower_bound(by_base.begin(), by_base.end(), prefix,
                                 [](const auto& e, std::string_view p) { return e.first < p; });
      for (; it != by_base.end() && text::starts_with(it->first, prefix); ++it)
        if (glob_match(base, it->first)) found(it->second);
    } else if (std::string_view prefix = literal_prefix(g); !prefix.empty()) {
      auto it =
          std::lower_bound(own.begin(), own.end(), prefix,
                           [](const FileEntry* f, std::string_view p) { return f->path < p; });
      for (; it != own.end() && text::starts_with((*it)->path, prefix); ++it)
        if (glob_match(g, (*it)->path)) found(*it);
    } else {
      for (const FileEntry* f : ctx.glob(g)) found(f);  // by base name or extension
    }
  }
}

namespace {

constexpr int kMaxInvocationDepth = 3;

// "make code-lint", "npm run lint", "pre-commit run": what was invoked.
std::string callee_label(const Command& cmd) {
  if (cmd.origin == Origin::make) return runner_of(cmd) + " " + cmd.context;
  if (cmd.origin == Origin::hook) return runner_of(cmd) + " run";
  if (cmd.origin == Origin::script) return cmd.at.path;
  return command_detail(cmd);
}

}  // namespace

// Follows "make lint", "npm run lint", "tox -e typing", "pre-commit run"
// from every command to the scripts, targets and hooks they name: their
// tools run wherever the invoking command runs, with its evidence.
void ToolMatcher::follow_invocations(const RepoFacts& facts, Sink& sink) const {
  const Compiled& c = *c_;
  std::multimap<std::string, const Command*> callees;  // "runner\0name"
  for (const Command& cmd : facts.commands) {
    std::string runner = runner_of(cmd);
    if (!runner.empty()) callees.emplace(runner + '\0' + invoked_name(cmd), &cmd);
  }
  auto named = [&](const Invocation& inv) {
    std::vector<const Command*> out;
    if (inv.name.empty()) {
      for (const auto& [key, cmd] : callees)
        if (text::starts_with(key, inv.runner + '\0') && !cmd->named_only) out.push_back(cmd);
    } else {
      auto [lo, hi] = callees.equal_range(inv.runner + '\0' + inv.name);
      for (auto it = lo; it != hi; ++it) out.push_back(it->second);
    }
    return out;
  };
  // Each command's invocations and tool rows, once: a monorepo's hundreds
  // of package scripts call one another, and a walk from every one of them
  // meets the same callees again and again.
  std::unordered_map<const Command*, std::vector<Invocation>> calls;
  std::unordered_map<const Command*, std::vector<int>> rows;
  auto calls_of = [&](const Command* cmd) -> const std::vector<Invocation>& {
    auto it = calls.find(cmd);
    if (it == calls.end()) it = calls.emplace(cmd, invocations(cmd->text)).first;
    return it->second;
  };
  auto rows_of = [&](const Command* cmd) -> const std::vector<int>& {
    auto it = rows.find(cmd);
    if (it == rows.end()) it = rows.emplace(cmd, c.match_command(cmd->text)).first;
    return it->second;
  };
  for (const Command& top : facts.commands) {
    std::set<const Command*> seen{&top};
    std::vector<std::pair<const Command*, int>> work{{&top, 0}};
    while (!work.empty()) {
      auto [cmd, depth] = work.back();
      work.pop_back();
      if (depth >= kMaxInvocationDepth) continue;
      for (const Invocation& inv : calls_of(cmd)) {
        if (inv.runner == "pre-commit")
          run_hooks(facts, inv.name, top, command_detail(top) + " → pre-commit run", sink);
        for (const Command* callee : named(inv)) {
          if (!seen.insert(callee).second) continue;
          const std::vector<int>& matched = rows_of(callee);
          if (matched.empty() && calls_of(callee).empty()) continue;  // nothing to say or follow
          std::string detail = command_detail(top) + " → " + callee_label(*callee);
          for (int row : matched)
            sink.add(c.rows[row], ToolHow::run, top.origin, detail, top.at);
          work.emplace_back(callee, depth + 1);
        }
      }
    }
  }
}

// Hooks of the pre-commit config that "pre-commit run [id]" runs.
void ToolMatcher::run_hooks(const RepoFacts& facts, const std::string& id, const Command& top,
                            const std::string& detail, Sink& sink) const {
  const Compiled& c = *c_;
  for (const Hook& h : facts.hooks.hooks) {
    if (h.manager != "pre-commit" || (!id.empty() && h.id != id)) continue;
    bool commit_stage = h.stage.empty() || h.stage == "pre-commit" || h.stage == "commit";
    if (!commit_stage) continue;  // commit-msg, pre-push, manual ...
    auto it = c.hooks.find(h.id);
    if (it == c.hooks.end()) continue;
    for (int row : it->second) sink.add(c.rows[row], ToolHow::run, top.origin, detail, top.at);
  }
}

namespace {

// Whether the step meets an action row's "?input" condition: "sbom" (set
// at all), "scan-type=fs" (set to a value, or to a list holding it:
// `scanners: vuln,secret`), "!scan-type" (not set).
bool sets_input(const ActionRef& a, std::string_view want) {
  if (text::starts_with(want, "!")) return !sets_input(a, want.substr(1));
  auto eq = want.find('=');
  if (eq == std::string_view::npos)
    return std::any_of(a.inputs.begin(), a.inputs.end(), [&](std::string_view in) {
      return in == want || (text::starts_with(in, want) && in.size() > want.size() &&
                            in[want.size()] == '=');
    });
  std::string_view key = want.substr(0, eq + 1), value = want.substr(eq + 1);
  for (std::string_view in : a.inputs) {
    if (!text::starts_with(in, key)) continue;
    in.remove_prefix(key.size());
    for (std::string_view part : text::split(in, ','))
      for (std::string_view word : text::split(text::trim(part), ' '))
        if (text::trim(word) == value) return true;
  }
  return false;
}

}  // namespace

// Commands, hooks and CI actions: the tool runs there.
void ToolMatcher::match_runs(const RepoFacts& facts, Sink& sink) const {
  const Compiled& c = *c_;
  for (const Command& cmd : facts.commands) {
    if (cmd.invoked_only) continue;  // follow_invocations finds what runs it
    for (int row : c.match_command(cmd.text))
      sink.add(c.rows[row], ToolHow::run, cmd.origin, command_detail(cmd), cmd.at);
  }
  for (const Hook& h : facts.hooks.hooks) {
    auto it = c.hooks.find(h.id);
    if (it == c.hooks.end()) continue;
    for (int row : it->second)
      sink.add(c.rows[row], ToolHow::run, Origin::hook, hook_detail(h), h.at);
  }
  for (const ActionRef& a : facts.actions) {
    std::string name = text::lower(a.name);
    for (const auto& p : c.actions) {
      if (!text::starts_with(name, p.text)) continue;
      if (!p.input.empty() && !sets_input(a, p.input)) continue;
      sink.add(c.rows[p.row], ToolHow::run, Origin::ci, action_detail(a), a.at);
    }
  }
}

// Manifest sections: "tool.ruff" configures ruff, and so does "tool.ruff.lint".
void ToolMatcher::match_sections(const RepoFacts& facts, Sink& sink) const {
  const Compiled& c = *c_;
  for (const ConfigSection& s : facts.config_sections) {
    std::string_view key = s.key;
    while (true) {
      auto it = c.sections.find(std::string(key));
      if (it != c.sections.end())
        for (int row : it->second) sink.add(c.rows[row], ToolHow::configured, Origin::ci, "", s.at);
      auto dot = key.rfind('.');
      if (dot == std::string_view::npos) break;
      key = key.substr(0, dot);
    }
    for (const auto& p : c.section_prefixes)
      if (text::starts_with(s.key, p.text))
        sink.add(c.rows[p.row], ToolHow::configured, Origin::ci, "", s.at);
  }
}

void ToolMatcher::match_dependencies(const RepoFacts& facts, Sink& sink) const {
  const Compiled& c = *c_;
  for (const Dependency& d : facts.dependencies) {
    auto it = c.deps.find(d.ecosystem);
    if (it == c.deps.end()) continue;
    std::string name = text::lower(d.name);
    for (const auto& k : it->second)
      if (k.prefix ? text::starts_with(name, k.name) : name == k.name)
        sink.add(c.rows[k.row], ToolHow::dependency, Origin::ci, d.dev ? "dev" : "", d.at);
  }
}

void ToolMatcher::resolve(const ScanContext& ctx, RepoFacts& facts) const {
  const std::size_t first_new = facts.tools.size();
  Sink sink(facts);
  match_runs(facts, sink);
  follow_invocations(facts, sink);
  match_configs(ctx, sink);
  match_sections(facts, sink);
  match_dependencies(facts, sink);
  order_uses(facts.tools, first_new);
  count_tools(facts);
}

const ToolMatcher& default_tool_matcher() {
  static const ToolMatcher matcher(tool_table());
  return matcher;
}

namespace {
void resolve_tools(const ScanContext& ctx, RepoFacts& facts) {
  default_tool_matcher().resolve(ctx, facts);
}

void reset_tools(RepoFacts& facts) {
  facts.tools.clear();
  std::erase_if(facts.metrics,
                [](const auto& m) { return text::starts_with(m.first, "tools."); });
}
}  // namespace

std::vector<ProbeRow> tool_probes() {
  return {
      {"tools", resolve_tools,
       "commands, hooks, actions, config files, sections, dependencies vs the tool table", false,
       reset_tools, false, false, true},
  };
}

}  // namespace practrack
