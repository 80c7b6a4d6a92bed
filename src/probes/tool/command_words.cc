#include "probes/tool/command_words.h"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "util/text.h"

namespace practrack {

namespace {

// A word of the segment: [begin, end) as written, `name` from the first
// character past leading quotes, '(' and make's '@'/'+' prefixes. `nested`
// words start a command substitution or subshell (`$(find`, `(cd`).
struct Word {
  std::size_t begin = 0;
  std::size_t name = 0;
  std::size_t end = 0;
  bool nested = false;
  bool program = false;
};

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  bool nested = false;
  auto add = [&](std::size_t b, std::size_t e) {
    Word w{b, b, e, nested};
    while (w.name < e && std::string_view("\"'({!@+").find(s[w.name]) != std::string_view::npos) {
      w.nested = w.nested || s[w.name] == '(';
      ++w.name;
    }
    if (w.name < e) out.push_back(w);
    nested = w.name >= e && w.nested;  // a lone `(` opens the next word's command
  };
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && blank(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !blank(s[j])) ++j;
    std::size_t start = i;
    for (std::size_t k = i; k < j; ++k) {
      std::size_t skip = s[k] == '`' ? 1 : s[k] == '$' && k + 1 < j && s[k + 1] == '(' ? 2 : 0;
      if (skip == 0) continue;
      if (k > start) add(start, k);
      nested = true;
      start = k + skip;
      k = start - 1;
    }
    if (j > start) add(start, j);
    i = j;
  }
  return out;
}

// The program a word names: "gradlew" for `./gradlew`, "python3" for
// `"/usr/bin/python3`, without quotes and a Windows suffix.
std::string program_name(std::string_view w) {
  while (!w.empty() && std::string_view("\"');").find(w.back()) != std::string_view::npos)
    w.remove_suffix(1);
  std::size_t sep = w.find_last_of("/\\");
  if (sep != std::string_view::npos) w.remove_prefix(sep + 1);
  std::string n = text::lower(w);
  for (std::string_view ext : {".exe", ".cmd", ".bat"})
    if (text::ends_with(n, ext)) n.resize(n.size() - ext.size());
  return n;
}

bool one_of(std::string_view word, std::string_view names) {
  for (auto n : text::split(names, '|'))
    if (n == word) return true;
  return false;
}

// Words that run the command after them (`sudo`, `time`, `xargs -0`) or
// open one (`then`, `do`, `!`).
constexpr std::string_view kPrefixes =
    "sudo|time|env|exec|nohup|nice|ionice|stdbuf|timeout|xargs|then|do|else|if|elif|while|"
    "until|!|{|builtin|cross-env|dotenv|unbuffer|chronic|eval|command";

// Options, of prefixes and runners, that take the next word as a value.
constexpr std::string_view kValueOptions =
    "-u|-g|-n|-I|-P|-L|-d|-s|-a|-C|-p|-e|-f|--file|--package|--from|--with|--python|"
    "--filter|-F|--dir|--cwd|--directory|--project|--env|--env-file|--name|--hook-stage|"
    "--group|--only-group|--extra|--with-requirements|--index|--index-url|--package-path|"
    "-cp|-classpath|--class-path";

// A runner hands its command line on to another program: after one of its
// `through` words (none: at once), the next word is a program, or with
// `tasks` every following word is one (docker run IMAGE CMD). `itself`:
// a word that is no `through` word is itself a program (`yarn eslint`,
// `cargo tarpaulin`, `dotnet sonarscanner`). A `script` runner (an
// interpreter) runs the file it is given, or after `-c`/`-m`/`-jar` a
// command, module or jar.
struct Runner {
  std::string_view names;
  std::string_view through;
  bool itself = false;
  bool tasks = false;
  bool script = false;
};

constexpr std::array<Runner, 13> kRunners = {{
    {"npx|pnpx|bunx|uvx|xcrun", ""},
    {"npm", "exec|x"},
    {"pnpm|yarn|bun", "exec|dlx|run|x", true},
    {"cargo|dotnet|go|mix|gh|git|helm|kubectl|swift|dart|flutter", "tool|run|exec|pub", true},
    {"uv|pipx", "tool|run"},
    {"poetry|pdm|pipenv|rye|hatch|pixi|conda|mamba|micromamba|coverage", "run"},
    {"bundle|bundler|asdf|composer|stack|cabal|opam|mint|devbox", "exec|run"},
    {"mise|rtx", "exec|x"},
    {"pre-commit|prek", "run"},
    {"docker|podman|nerdctl", "run|exec|compose|container", false, true},
    // Build tools run tasks and goals by name: `./gradlew spotlessCheck`.
    {"gradle|gradlew|mvn|mvnw|mvnd|sbt|ant|bazel|bazelisk|lein|mill|rake", "", false, true},
    // Wrappers whose options may take values run the command at their end
    // (`nyc --exclude test npm test`): any of their words may be it.
    {"concurrently|nyc|c8|xvfb-run|valgrind|nodemon|dotenv|scl|watchexec|direnv|nix-shell|"
     "kcov",
     "", false, true},
    // Interpreters run the script or module they are given.
    {"sh|bash|zsh|dash|ksh|node|tsx|ts-node|ruby|perl|php|java", "", false, false, true},
}};

const Runner* runner_of_name(const std::string& name) {
  static const RE2 python(R"((python|pypy)[\d.]*|py)");
  if (RE2::FullMatch(name, python)) return &kRunners.back();
  for (const Runner& r : kRunners)
    if (one_of(name, r.names)) return &r;
  return nullptr;
}

enum class Mode { command, args, runner, tasks, script };

// Marks the words of `s` that name a program it runs.
void mark_programs(std::string_view s, std::vector<Word>& words) {
  Mode mode = Mode::command;
  const Runner* runner = nullptr;
  bool passed_through = false, skip_value = false, skip_duration = false;
  for (Word& w : words) {
    std::string_view word = s.substr(w.name, w.end - w.name);
    std::string_view raw = s.substr(w.begin, w.end - w.begin);
    if (w.nested) mode = Mode::command;
    if (skip_value) {
      skip_value = false;
      continue;
    }
    bool option = text::starts_with(raw, "-");
    if (option) {
      // An interpreter's options are flags (`bash -e x.sh`), but for a class path.
      skip_value = one_of(raw, kValueOptions) &&
                   (mode != Mode::script || one_of(raw, "-cp|-classpath|--class-path"));
      if (mode == Mode::args && one_of(raw, "-exec|-execdir|-ok|-okdir")) mode = Mode::command;
      // `sh -c "cmd"`, `python -m mod`, `java -jar tool.jar`: a command follows.
      if (mode == Mode::script && one_of(raw, "-c|-m|-jar")) mode = Mode::command;
      if (mode == Mode::command && one_of(raw, "-v|-V")) mode = Mode::args;  // command -v x
      continue;
    }
    switch (mode) {
      case Mode::args:
        break;
      case Mode::tasks:
        w.program = true;
        break;
      case Mode::runner:
        if (one_of(word, runner->through)) {
          passed_through = true;
          if (runner->tasks) mode = Mode::tasks;
          break;
        }
        if (!passed_through && !runner->itself && !runner->through.empty()) {
          mode = Mode::args;
          break;
        }
        [[fallthrough]];
      case Mode::script:
      case Mode::command: {
        static const RE2 assignment(R"([A-Za-z_][A-Za-z0-9_]*=.*)");
        if (mode == Mode::command &&
            RE2::FullMatch(re2::StringPiece(raw.data(), raw.size()), assignment))
          break;
        if (skip_duration) {  // timeout 5m cmd
          skip_duration = false;
          break;
        }
        std::string name = program_name(word);
        if (mode == Mode::command && one_of(name, kPrefixes)) {
          skip_duration = name == "timeout";
          break;
        }
        w.program = true;
        runner = runner_of_name(name);
        passed_through = false;
        if (!runner) {
          mode = Mode::args;
        } else if (runner->script) {
          mode = Mode::script;
        } else if (runner->through.empty()) {
          mode = runner->tasks ? Mode::tasks : Mode::command;
        } else {
          mode = Mode::runner;
        }
        break;
      }
    }
  }
}

// Whether the rest of a program word after its name is a Go module's
// major version (`go run example.com/x/cmd/tool/v2@latest`).
bool version_suffix(std::string_view rest) {
  static const RE2 re(R"(/v\d+(@\S*)?)");
  return RE2::FullMatch(re2::StringPiece(rest.data(), rest.size()), re);
}

}  // namespace

bool runs_at(std::string_view segment, std::size_t pos) {
  if (pos >= segment.size() || !std::isalnum(static_cast<unsigned char>(segment[pos]))) return true;
  std::vector<Word> words = split_words(segment);
  mark_programs(segment, words);
  for (const Word& w : words) {
    if (pos < w.begin || pos >= w.end) continue;
    // A setting (`SMOKESHOW_GITHUB_COVERAGE_THRESHOLD=90 smokeshow ...`) is
    // what its pattern asks for, wherever it is.
    static const RE2 assignment(R"([A-Za-z_][A-Za-z0-9_]*=)");
    re2::StringPiece word(segment.data() + w.begin, w.end - w.begin);
    if (RE2::Consume(&word, assignment)) return true;
    bool at_name = pos <= w.name;
    bool component = pos > w.name && segment[pos - 1] == '/' &&
                     !(pos >= 3 && segment.substr(pos - 3, 3) == "://");
    if (!at_name && !component) return true;  // inside a word: the pattern decides
    if (!w.program) return false;
    std::string_view rest = segment.substr(pos, w.end - pos);
    std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos || version_suffix(rest.substr(slash))) return true;
    // An npm scope names its tool too: `npx @redocly/cli lint`.
    bool scope = at_name && w.name > w.begin && segment[w.name - 1] == '@';
    return scope && rest.find('/', slash + 1) == std::string_view::npos;
  }
  return true;
}

}  // namespace practrack
