// Script probes: shell scripts (strict mode, command lines) and Makefiles
// (targets, recipes). Both feed the shared command list so the tool
// resolver sees what `make lint` or `ci/test.sh` actually runs.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "probes/probe.h"
#include "probes/script/make_parse.h"
#include "probes/script/shell_expand.h"
#include "probes/script/shell_parse.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr std::size_t kMaxScripts = 2000;         // scripts read per scan
constexpr std::size_t kMaxLinesPerScript = 400;   // command lines kept per script
constexpr std::size_t kMaxScriptCommands = 5000;  // command lines from all scripts
constexpr std::size_t kMaxMakefiles = 60;
constexpr std::size_t kMaxMakeCommands = 5000;

// Folders whose scripts are automation the project runs (CI helpers,
// developer tasks), so their lines become commands. Any path segment counts.
constexpr std::array<std::string_view, 8> kCommandFolders = {
    "ci", ".ci", "scripts", "script", "bin", "tools", "hack", ".circleci"};

// Generated or vendored shell files that say nothing about the project's
// own scripting habits (build-system wrappers, autotools output).
constexpr std::array<std::string_view, 11> kGenerated = {
    "gradlew", "mvnw",         "configure",  "install-sh", "depcomp", "missing",
    "compile", "config.guess", "config.sub", "ltmain.sh",  "libtool"};

bool generated(std::string_view path) {
  std::string_view base = text::basename(path);
  return std::find(kGenerated.begin(), kGenerated.end(), base) != kGenerated.end();
}

// Git hooks are the hook family's; they are not project scripts.
bool hook_file(std::string_view path) {
  return text::starts_with(path, ".husky/") || text::starts_with(path, ".githooks/") ||
         glob_match("**/.git/hooks/**", path);
}

bool in_command_folder(std::string_view path) {
  std::string_view dir = text::dirname(path);
  if (dir.empty()) return true;  // root scripts: build.sh, test.sh
  // Runners kept right beside the tests or the workflows, which CI calls
  // (libfuse's test/ci-build.sh, .github/workflows/*.sh); scripts deeper
  // in test folders are mostly fixtures.
  if (dir == "test" || dir == "tests" || dir == ".github" || text::starts_with(dir, ".github/"))
    return true;
  while (!dir.empty()) {
    // Swift and .NET projects spell them Scripts/, Tools/.
    std::string part = text::lower(text::basename(dir));
    for (auto f : kCommandFolders)
      if (part == f) return true;
    dir = text::dirname(dir);
  }
  return false;
}

// Which files might be shell scripts: by extension, or extensionless and
// either executable or kept in a script folder (read to check the shebang).
enum class Candidate { no, by_extension, by_shebang };

Candidate candidate(const FileEntry& f) {
  if (f.kind == FileKind::symlink || f.kind == FileKind::submodule) return Candidate::no;
  // Names first: most files have another extension, settled without a glob.
  std::string_view ext = text::extension(f.path);
  bool by_extension = ext == ".sh" || ext == ".bash";
  if (!by_extension && text::basename(f.path).find('.') != std::string_view::npos)
    return Candidate::no;
  if (generated(f.path) || hook_file(f.path)) return Candidate::no;
  if (by_extension) return Candidate::by_extension;
  if (f.kind == FileKind::executable) return Candidate::by_shebang;
  std::string_view dir = text::dirname(f.path);
  return !dir.empty() && in_command_folder(f.path) ? Candidate::by_shebang : Candidate::no;
}

ShellScript describe_script(const std::string& path, std::string_view body) {
  ShellScript s;
  s.path = path;
  auto first = body.substr(0, body.find('\n'));
  s.shell = shell::shebang_shell(text::trim(first));
  auto flags = shell::strict_flags(body);
  s.errexit = flags.errexit;
  s.nounset = flags.nounset;
  s.pipefail = flags.pipefail;
  s.strict = flags.all();
  int line = flags.line > 0 ? flags.line : 1;
  auto all = text::lines(body);
  std::string_view excerpt = line <= static_cast<int>(all.size()) ? all[line - 1] : "";
  s.at = Evidence{path, line, text::excerpt(excerpt)};
  return s;
}

// A script read and parsed once per blob (the memo is shared by the scans
// of a history); `readable` is false when read_text refused the file.
struct ParsedScript {
  bool readable = false;
  ShellScript script;
  std::vector<shell::Line> lines;
  std::vector<std::string> expanded;  // per line, its variables filled in
};

ParsedScript parse_script(const ScanContext& ctx, const FileEntry& f) {
  ParsedScript p;
  std::optional<std::string> body;
  if (text::extension(f.path).empty()) {
    // An executable without extension is only a candidate: a compiled
    // program is no script, and no warning (trial 17: --strict failed on
    // a committed ELF). Other read errors are still said.
    auto bytes = ctx.read_quiet(f, ctx.limits().config_bytes);
    if (!bytes) body = ctx.read_text(f);
    else if (!text::looks_binary(*bytes)) body = std::move(*bytes);
  } else {
    body = ctx.read_text(f);
  }
  if (!body) return p;
  p.readable = true;
  p.script = describe_script(f.path, *body);
  p.lines = shell::command_lines(*body, kMaxLinesPerScript);
  p.script.commands = static_cast<int>(p.lines.size());
  p.expanded = shell::expand_assigned(p.lines);
  return p;
}

void add_script_commands(const ParsedScript& p, std::vector<Command>& out, std::size_t& budget) {
  const std::string& path = p.script.path;
  if (!in_command_folder(path)) return;
  // The command is matched with its variables filled in; the evidence
  // quotes the line as written.
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    if (budget == 0) return;
    --budget;
    const shell::Line& l = p.lines[i];
    out.push_back(Command{Origin::script, "shell", path, p.expanded[i],
                          Evidence{path, l.line, text::excerpt(l.text)}});
  }
}

constexpr std::string_view kScriptKey = "script.shell";

using Candidates = std::vector<std::pair<const FileEntry*, Candidate>>;

// From the paths alone: a history finds its candidates once, not per commit.
const Candidates& candidates(const ScanContext& ctx) {
  return ctx.from_paths<Candidates>("script.shell.candidates", [&] {
    Candidates out;
    for (const FileEntry* f : ctx.own_files())
      if (Candidate kind = candidate(*f); kind != Candidate::no) out.emplace_back(f, kind);
    return out;
  });
}

std::shared_ptr<const ParsedScript> parsed(const ScanContext& ctx, const FileEntry& f) {
  return ctx.memo<ParsedScript>(kScriptKey, f, [&](const FileEntry& file) {
    return parse_script(ctx, file);
  });
}

// Whether a parsed candidate is a shell script: an extensionless file
// counts only when its shebang names a shell.
bool is_script(const ParsedScript& p, Candidate kind) {
  return p.readable && !(kind == Candidate::by_shebang && p.script.shell.empty());
}

// Calls `visit(file, parsed)` on the scripts a scan takes, in order: the
// first kMaxScripts candidates of a readable size. `wanted` filters by
// path before any read (the command row reads only command folders).
template <typename Wanted, typename Visit>
void each_script(const ScanContext& ctx, Wanted wanted, Visit visit) {
  const Candidates& all = candidates(ctx);
  // Past the cap, which files count depends on every file's size: read all.
  bool capped = all.size() > kMaxScripts;
  std::size_t read = 0;
  for (const auto& [f, kind] : all) {
    if (!capped && !wanted(*f)) continue;
    if (ctx.larger_than(*f, ctx.limits().config_bytes)) continue;
    if (++read > kMaxScripts) break;
    if (!wanted(*f)) continue;
    auto p = parsed(ctx, *f);
    if (is_script(*p, kind)) visit(*f, *p);
  }
}

void count_strict(RepoFacts& facts) {
  auto& m = facts.metrics;
  const auto& all = facts.scripts.shell_scripts;
  m["scripts.shell"] = static_cast<double>(all.size());
  m["scripts.strict"] = static_cast<double>(
      std::count_if(all.begin(), all.end(), [](const ShellScript& s) { return s.strict; }));
}

void probe_shell_scripts(const ScanContext& ctx, RepoFacts& facts) {
  each_script(ctx, [](const FileEntry&) { return true; },
              [&](const FileEntry& f, const ParsedScript& p) {
                facts.scripts.scripts_per_folder[std::string(text::dirname(f.path))]++;
                facts.scripts.shell_scripts.push_back(p.script);
              });
  count_strict(facts);
}

void keep_shell_scripts(RepoFacts& from, RepoFacts& to) {
  to.scripts.shell_scripts = std::exchange(from.scripts.shell_scripts, {});
  to.scripts.scripts_per_folder = std::exchange(from.scripts.scripts_per_folder, {});
  for (const char* key : {"scripts.shell", "scripts.strict"}) {
    if (auto it = from.metrics.find(key); it != from.metrics.end()) {
      to.metrics[key] = it->second;
      from.metrics.erase(it);
    }
  }
}

void reset_shell_scripts(RepoFacts& facts) {
  RepoFacts gone;
  keep_shell_scripts(facts, gone);
}

// A changed script that was a script and still is takes its old entry's
// place. Scripts that appear or vanish, or a cap in play, run in full.
bool update_shell_scripts(const ScanContext& ctx, RepoFacts& facts,
                          std::span<const FileChange> changes) {
  const Candidates& all = candidates(ctx);
  if (all.size() > kMaxScripts) return false;
  auto& scripts = facts.scripts.shell_scripts;
  auto was_script = [&](const std::string& path) {
    return std::any_of(scripts.begin(), scripts.end(),
                       [&](const ShellScript& s) { return s.path == path; });
  };
  for (const FileChange& c : changes) {
    if (c.gone) {
      if (was_script(c.gone->path)) return false;
      continue;
    }
    const FileEntry* f = &ctx.files()[c.index];
    auto at = std::lower_bound(all.begin(), all.end(), f,
                               [](const auto& entry, const FileEntry* x) { return entry.first < x; });
    if (at == all.end() || at->first != f) continue;  // no candidate: never read
    auto before =
        c.before ? std::static_pointer_cast<const ParsedScript>(c.before->get(kScriptKey)) : nullptr;
    if (!before || ctx.larger_than(*f, ctx.limits().config_bytes)) return false;
    auto now = parsed(ctx, *f);
    if (!is_script(*before, at->second) || !is_script(*now, at->second)) return false;
    auto old = std::find_if(scripts.begin(), scripts.end(),
                            [&](const ShellScript& s) { return s.path == f->path; });
    if (old == scripts.end()) return false;
    *old = now->script;
  }
  count_strict(facts);
  return true;
}

// The command lines of the scripts in command folders. A row of its own,
// so a change to other scripts does not resolve the tools again.
void probe_script_commands(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t budget = kMaxScriptCommands;
  each_script(ctx, [](const FileEntry& f) { return in_command_folder(f.path); },
              [&](const FileEntry&, const ParsedScript& p) {
                add_script_commands(p, facts.commands, budget);
              });
}

// It writes commands only, which the scanner takes out itself.
void reset_script_commands(RepoFacts&) {}

bool is_makefile(std::string_view path) {
  std::string_view base = text::basename(path);
  // Makefile.common, Makefile.release ... are included by the main one;
  // Makefile.in is configure's input, generated by automake.
  bool variant = text::starts_with(base, "Makefile.") && base != "Makefile.in";
  return base == "Makefile" || base == "makefile" || base == "GNUmakefile" || variant ||
         text::extension(path) == ".mk";
}

// Makefiles nearest the root first: they hold the project's entry points.
std::vector<const FileEntry*> makefiles(const ScanContext& ctx) {
  std::vector<const FileEntry*> out;
  for (const FileEntry* f : ctx.own_files(is_makefile))
    if (f->kind != FileKind::symlink) out.push_back(f);
  auto depth = [](const FileEntry* f) { return std::count(f->path.begin(), f->path.end(), '/'); };
  std::stable_sort(out.begin(), out.end(),
                   [&](const FileEntry* a, const FileEntry* b) { return depth(a) < depth(b); });
  if (out.size() > kMaxMakefiles) out.resize(kMaxMakefiles);
  return out;
}

// Variables that name a program (`GO := $(shell type -P go)`, `GO ?= go`,
// `GOLANGCI_LINT = $(shell which golangci-lint)`): NAME -> program, so that
// `$(GO) fmt ./...` reads as the `go fmt ./...` it runs.
std::map<std::string, std::string> program_variables(const make::Makefile& mk) {
  static const RE2 program(
      R"(^\s*(?:\$\(shell\s+(?:which|type\s+-[Pp]|command\s+-v)\s+([\w.+-]+)\s*\)|([\w.+-]+))\s*$)");
  std::map<std::string, std::string> out;
  for (const make::Assignment& a : mk.assignments) {
    std::string shelled, plain;
    if (RE2::FullMatch(a.value, program, &shelled, &plain))
      out[a.name] = shelled.empty() ? plain : shelled;
  }
  return out;
}

// The recipe line with program variables replaced by the program's name.
std::string with_programs(std::string line, const std::map<std::string, std::string>& programs) {
  if (programs.empty() || line.find('$') == std::string::npos) return line;
  for (const auto& [name, value] : programs)
    for (const std::string& ref : {"$(" + name + ")", "${" + name + "}"})
      for (auto at = line.find(ref); at != std::string::npos;
           at = line.find(ref, at + value.size()))
        line.replace(at, ref.size(), value);
  return line;
}

// The prerequisites of rule `r` that are targets of the same Makefile
// (`ci: lint test` -> "lint test"): make builds them before the recipe,
// so they run wherever `make ci` runs. Files, variables and pattern rules
// are left out; "" when there are none.
std::string prerequisite_goals(const make::Rule& r, const std::set<std::string_view>& targets) {
  std::string_view h = r.header;
  std::size_t colon = h.find(':');
  if (colon == std::string_view::npos) return "";
  h.remove_prefix(colon + 1);
  if (!h.empty() && h.front() == ':') h.remove_prefix(1);  // `a:: b`
  h = h.substr(0, h.find(';'));  // an inline recipe follows
  if (text::contains(h, "=")) return "";  // a target-specific variable
  std::string words(h);
  std::replace(words.begin(), words.end(), '\t', ' ');
  std::vector<std::string> goals;
  for (auto word : text::split(words, ' ')) {
    word = text::trim(word);
    if (!word.empty() && word != "|" && targets.count(word)) goals.emplace_back(word);
  }
  return goals.empty() ? "" : "make " + text::join(goals, " ");
}

void add_makefile(const std::string& path, const make::Makefile& mk, RepoFacts& facts,
                  std::size_t& budget) {
  const auto programs = program_variables(mk);
  std::set<std::string_view> targets;
  for (const make::Rule& r : mk.rules)
    for (const std::string& name : r.targets)
      if (!text::contains(name, "%")) targets.insert(name);
  for (const make::Rule& r : mk.rules) {
    // Prerequisites count as a first recipe line that makes them.
    if (std::string goals = prerequisite_goals(r, targets); !goals.empty() && budget > 0) {
      --budget;
      facts.commands.push_back(Command{Origin::make, "make", r.targets.front(), goals,
                                       Evidence{path, r.line, text::excerpt(r.header)}});
    }
    for (const std::string& name : r.targets) {
      MakeTarget t;
      t.name = name;
      t.file = path;
      t.phony = std::find(mk.phony.begin(), mk.phony.end(), name) != mk.phony.end();
      for (const auto& line : r.recipe) t.recipe.push_back(line.text);
      t.at = Evidence{path, r.line, text::excerpt(r.header)};
      facts.scripts.make_targets.push_back(std::move(t));
    }
    // A rule with several targets shares one recipe: its lines count once.
    for (const auto& line : r.recipe) {
      if (budget == 0) return;
      --budget;
      facts.commands.push_back(Command{Origin::make, "make", r.targets.front(),
                                       with_programs(line.text, programs),
                                       Evidence{path, line.line, text::excerpt(line.text)}});
    }
  }
}

// TESTS in a Makefile.am: its entries, variables ($(...)) left out.
void add_automake_tests(const std::string& path, const make::Makefile& mk, RepoFacts& facts) {
  if (text::basename(path) != "Makefile.am") return;
  AutomakeTests tests{path, {}, {}};
  for (const make::Assignment& a : mk.assignments) {
    if (a.name != "TESTS") continue;
    if (tests.at.path.empty())
      tests.at = Evidence{path, a.line, text::excerpt("TESTS = " + a.value)};
    std::string value = a.value;
    std::replace(value.begin(), value.end(), '\t', ' ');
    for (auto word : text::split(value, ' ')) {
      word = text::trim(word);
      if (!word.empty() && !text::contains(word, "$")) tests.programs.emplace_back(word);
    }
  }
  if (!tests.programs.empty()) facts.scripts.automake_tests.push_back(std::move(tests));
}

void probe_makefiles(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t budget = kMaxMakeCommands;
  // Parsed once per blob; nullopt when read_text refused the file.
  std::function<std::optional<make::Makefile>(const FileEntry&)> parse =
      [&](const FileEntry& f) -> std::optional<make::Makefile> {
    auto body = ctx.read_text(f);
    if (!body) return std::nullopt;
    return make::parse(*body);
  };
  for (const FileEntry* f : makefiles(ctx)) {
    auto parsed = ctx.memo<std::optional<make::Makefile>>("script.make", *f, parse);
    if (!*parsed) continue;
    facts.scripts.makefiles.push_back(f->path);
    add_makefile(f->path, **parsed, facts, budget);
    add_automake_tests(f->path, **parsed, facts);
  }
  facts.metrics["scripts.make_targets"] = static_cast<double>(facts.scripts.make_targets.size());
}

// Its commands are the scanner's to take out (Command::producer).
void reset_makefiles(RepoFacts& facts) {
  facts.scripts.make_targets.clear();
  facts.scripts.makefiles.clear();
  facts.scripts.automake_tests.clear();
}

}  // namespace

std::vector<ProbeRow> script_probes() {
  return {
      {"shell-scripts", probe_shell_scripts, "*.sh, *.bash, extensionless sh/bash scripts", false,
       reset_shell_scripts, false, false, false, update_shell_scripts, nullptr, keep_shell_scripts},
      {"script-commands", probe_script_commands, "shell scripts in command folders", false,
       reset_script_commands, false, true},
      {"makefiles", probe_makefiles, "Makefile, GNUmakefile, *.mk", false, reset_makefiles, false,
       true},
  };
}

}  // namespace practrack
