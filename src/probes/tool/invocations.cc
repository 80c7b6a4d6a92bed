#include "probes/tool/invocations.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "util/text.h"

namespace practrack {

namespace {

// One way of running something by name. `all` rows run every member when
// no name is given ("tox", "pre-commit run --all-files").
struct InvocationRow {
  const char* runner;
  const char* pattern;  // RE2; group 1, when present, is the name
  bool all = false;
  // Group 1 is the rest of the command: make's goals, every one of them
  // ("make requirements check" runs both targets).
  bool goals = false;
  // RE2: a command matching it runs nothing of this row's.
  const char* unless = nullptr;
};

const InvocationRow kRows[] = {
    {"make", R"(\bmake\s+([^;&|<>()`]*))", false, true},
    {"just", R"(\bjust\s+([A-Za-z_][\w-]*))"},
    {"task", R"(\btask\s+([A-Za-z_][\w:-]*))"},
    {"npm", R"(\bnpm\s+(?:run(?:-script)?\s+)(?:--?\S+\s+)*([\w:.@/-]+))"},
    {"npm", R"(\bnpm\s+(test|start|t)\b)"},
    {"npm", R"(\b(?:yarn|pnpm|bun)\s+run\s+([\w:.@/-]+))"},
    {"npm", R"(\b(?:yarn|pnpm)\s+([A-Za-z][\w:.-]*))"},
    // deno.json's tasks; `--cwd=dir` runs another folder's (not followed).
    {"deno", R"(\bdeno\s+task\s+([A-Za-z_][\w:.-]*))"},
    {"tox", R"(\btox\b[^|;&]*\s-e\s*([\w,.-]+))"},
    {"tox", R"(\btox(?:\s+(?:-p|--parallel|-r|--recreate|run-parallel|run|p|r))*\s*$)", true},
    {"nox", R"(\bnox\b[^|;&]*\s(?:-s|--sessions?)\s+([\w.-]+))"},
    {"nox", R"(\bnox\s*$)", true},
    {"poe", R"(\bpoe\s+([A-Za-z_][\w:.-]*))"},
    {"pdm", R"(\bpdm\s+run\s+([A-Za-z_][\w:.-]*))"},
    {"hatch", R"(\bhatch\s+(?:-e\s+\S+\s+)?run\s+(?:[\w.-]+:)?([A-Za-z_][\w.-]*))"},
    {"pipenv", R"(\bpipenv\s+run\s+([A-Za-z_][\w:.-]*))"},
    {"composer", R"(\bcomposer\s+(?:run-script\s+|run\s+)?([A-Za-z_][\w:.-]*))"},
    // A lifecycle phase (or the default goal) runs every bound plugin goal.
    {"maven",
     R"(\b(?:mvnw?|mvnd)(?:\.cmd)?(?:\s+-\S+)*(?:\s+(?:clean|validate|compile|test|)"
     R"(package|verify|install|deploy|site)\b|\s*$))",
     true},
    {"gradle", R"(\bgradlew?(?:\.bat)?\b[^|;&]*\s(?:check|build)\b)", true},
    // MSBuild runs the analyzers of every project it builds or tests, unless
    // the command sets an analyzer property (`-p:RunAnalyzers=false`, Polly's
    // `/p:SKIP_POLLY_ANALYZERS=true`): one is set to switch them off.
    {"dotnet", R"(\bdotnet\s+(?:build|test|pack|publish|msbuild)\b|\bmsbuild(?:\.exe)?\b)", true,
     false, R"((?i)[/-]p(?:roperty)?:\w*analy[sz]ers?\w*=)"},
    // A shell script of the repository, by its path from the root.
    {"script",
     R"((?:^|[\s;(])(?:(?:ba|z)?sh\s+|source\s+)?(?:\./)?([\w.-]+(?:/[\w.-]+)*\.(?:sh|bash))\b)"},
    // A JS file of the repository run by node (`node scripts/release.js`):
    // the lines ci.release-scripts kept from it.
    {"script", R"(\bnode\s+(?:--?[\w-]+(?:=\S+)?\s+)*(?:\./)?([\w.-]+(?:/[\w.-]+)*\.[cm]?js)\b)"},
    {"pre-commit", R"(\b(?:pre-commit|prek)\s+run\s+([a-z][\w.-]*))"},
    {"pre-commit", R"(\b(?:pre-commit|prek)\s+run\b)", true},
};

struct Compiled {
  const InvocationRow* row;
  std::unique_ptr<RE2> re;
  std::unique_ptr<RE2> unless;  // null when the row has none
};

const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> all = [] {
    std::vector<Compiled> out;
    for (const auto& r : kRows)
      out.push_back({&r, std::make_unique<RE2>(r.pattern),
                     r.unless ? std::make_unique<RE2>(r.unless) : nullptr});
    return out;
  }();
  return all;
}

// Every row's pattern in one set: a command is scanned once to learn which
// rows match at all (most match none), then only those run with captures.
const RE2::Set& row_set() {
  static const RE2::Set* set = [] {
    auto* s = new RE2::Set(RE2::Options(), RE2::UNANCHORED);
    for (const auto& r : kRows) s->Add(r.pattern, nullptr);
    s->Compile();
    return s;
  }();
  return *set;
}

// make's goals among its words: options (and the argument of those that
// take one), VAR=value assignments and anything that cannot name a
// target are skipped.
void add_goals(std::vector<Invocation>& out, const char* runner, std::string_view words) {
  static const RE2 target(R"([A-Za-z_][\w.-]*)");
  bool skip_next = false, in_expression = false;
  for (auto w : text::split(words, ' ')) {
    w = text::trim(w);
    if (w.empty()) continue;
    if (skip_next) {
      skip_next = false;
      continue;
    }
    // A CI expression's words (`TAG=${{ github.ref_name }}`) are no goals.
    if (text::contains(w, "${{")) in_expression = true;
    if (in_expression) {
      in_expression = !text::contains(w, "}}");
      continue;
    }
    if (w == "-C" || w == "-f" || w == "-I" || w == "-o" || w == "-W" || w == "-j" || w == "-l" ||
        w == "--directory" || w == "--file" || w == "--makefile") {
      skip_next = w != "-j" && w != "-l";  // "-j" alone or "-j 4": the number is not a goal
      continue;
    }
    if (w.front() == '-' || text::contains(w, "=")) continue;
    if (RE2::FullMatch(re2::StringPiece(w.data(), w.size()), target))
      out.push_back({runner, std::string(w)});
  }
}

void add_names(std::vector<Invocation>& out, const char* runner, const std::string& names) {
  for (auto n : text::split(names, ',')) {
    n = text::trim(n);
    if (!n.empty()) out.push_back({runner, std::string(n)});
  }
}

}  // namespace

std::vector<Invocation> invocations(std::string_view command) {
  std::vector<Invocation> out;
  for (auto segment : text::split(command, '\n')) {
    for (auto piece : text::split(segment, '&')) {  // "a && b" and "a & b"
      re2::StringPiece p(piece.data(), piece.size());
      std::vector<int> rows;
      if (!row_set().Match(p, &rows)) continue;
      std::sort(rows.begin(), rows.end());  // table order decides `named`
      bool named = false;
      for (int row : rows) {
        const Compiled& c = compiled()[static_cast<std::size_t>(row)];
        if (c.unless && RE2::PartialMatch(p, *c.unless)) continue;
        std::string name;
        if (c.row->all) {
          if (!named) out.push_back({c.row->runner, ""});
        } else if (RE2::PartialMatch(p, *c.re, &name)) {
          std::size_t before = out.size();
          if (c.row->goals)
            add_goals(out, c.row->runner, name);
          else
            add_names(out, c.row->runner, name);
          named = named || out.size() > before;
        }
      }
    }
  }
  return out;
}

std::string runner_of(const Command& cmd) {
  if (cmd.origin == Origin::script) return "script";
  if (cmd.origin == Origin::make) return cmd.system.empty() ? "make" : cmd.system;
  if (cmd.origin == Origin::hook) return cmd.system == "prek" ? "pre-commit" : cmd.system;
  if (cmd.origin != Origin::package_script) return "";
  if (cmd.system == "yarn" || cmd.system == "pnpm" || cmd.system == "bun") return "npm";
  return cmd.system;
}

std::string invoked_name(const Command& cmd) {
  return cmd.origin == Origin::script ? cmd.at.path : cmd.context;
}

}  // namespace practrack
