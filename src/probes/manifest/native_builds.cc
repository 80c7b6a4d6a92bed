// CMake (project and version, warnings as errors, tests, analyzers wired
// into the build) and Meson. Recorded as "cmake:*" / "meson:*" sections so
// the tool table and the testing rules can use them.
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <set>

#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {

// What a CMake line shows, as the section it records.
struct CmakeSignal {
  const char* key;
  const char* pattern;
};

struct CompiledSignal {
  std::string key;
  std::unique_ptr<RE2> re;
};

const std::vector<CompiledSignal>& cmake_signals() {
  static const CmakeSignal rows[] = {
      {"enable_testing", R"(\benable_testing\s*\()"},
      {"ctest", R"(\binclude\s*\(\s*CTest\b)"},
      {"add_test", R"(\badd_test\s*\()"},
      {"gtest", R"(\bfind_package\s*\(\s*GTest\b|\bgtest_discover_tests\s*\(|\bgoogletest\b)"},
      {"catch2", R"(\bfind_package\s*\(\s*Catch2\b|\bcatch_discover_tests\s*\()"},
      {"clang-tidy", R"(\bCMAKE_(C|CXX)_CLANG_TIDY\b)"},
      {"cppcheck", R"(\bCMAKE_(C|CXX)_CPPCHECK\b)"},
      {"coverage", R"(--coverage\b|-fprofile-arcs\b|-fprofile-instr-generate\b)"},
      {"sanitizers", R"(-fsanitize=)"},
  };
  static const std::vector<CompiledSignal> compiled = [] {
    std::vector<CompiledSignal> out;
    for (const auto& r : rows) out.push_back({r.key, std::make_unique<RE2>(r.pattern)});
    return out;
  }();
  return compiled;
}

// -Werror, /WX or CMake's own switch: warnings are errors.
bool werror_line(std::string_view line) {
  static const RE2 re(
      R"((^|[\s"';(])(-Werror|/WX)($|[\s"';)])|COMPILE_WARNING_AS_ERROR\s+(ON|TRUE|YES|1)\b)");
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), re);
}

// An if() that only picks the compiler does not make -Werror optional;
// one on a project option does.
bool compiler_condition(std::string_view cond) {
  static const RE2 re(R"((?i)MSVC|COMPILER_ID|CMAKE_COMPILER_IS|GNU|CLANG|WIN32|APPLE|UNIX)");
  return RE2::PartialMatch(re2::StringPiece(cond.data(), cond.size()), re);
}

// set(WERROR_FLAG -Werror) only names the flag; something else applies it
// (often behind an option). Setting the compiler's own flags applies it.
bool flag_variable(std::string_view line) {
  static const RE2 set_re(R"(^\s*set\s*\(\s*(\w+))");
  static const RE2 applies(R"(^CMAKE_\w*FLAGS\w*$|^CMAKE_COMPILE_WARNING_AS_ERROR$)");
  std::string var;
  if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), set_re, &var)) return false;
  return !RE2::FullMatch(var, applies);
}

std::string_view strip_comment(std::string_view line) {
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == '#' && !quoted) return line.substr(0, i);
  }
  return line;
}

// option(PEDANTIC "..." ON): options that are on unless a build turns them off.
std::set<std::string> options_on(
    const std::vector<std::pair<const FileEntry*, std::string>>& files) {
  static const RE2 option_re(R"((?i)^\s*option\s*\(\s*(\w+)\s+"[^"]*"\s+ON\s*\))");
  std::set<std::string> on;
  for (const auto& [file, text] : files)
    for (std::string_view l : text::lines(text)) {
      std::string name;
      if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), option_re, &name))
        on.insert(name);
    }
  return on;
}

// "PEDANTIC)" or "${PEDANTIC})": a bare test of an option that defaults to ON.
bool default_on(std::string_view cond, const std::set<std::string>& on) {
  static const RE2 bare(R"(^\s*\$?\{?(\w+)\}?\s*\)\s*$)");
  std::string name;
  return RE2::FullMatch(re2::StringPiece(cond.data(), cond.size()), bare, &name) && on.count(name);
}

struct CmakeReader {
  RepoFacts& facts;
  const std::string& path;
  const std::string& text;
  const std::set<std::string>& on;
  std::vector<bool> optional_stack;  // one per open if(): guarded by an option?
  std::set<std::string> seen;

  void record(const std::string& key, int n) {
    if (seen.insert(key).second) add_section(facts, "cmake:" + key, evidence_line(path, text, n));
  }

  void line(std::string_view l, int n) {
    static const RE2 if_re(R"(^\s*if\s*\((.*))");
    static const RE2 endif_re(R"(^\s*endif\s*\()");
    std::string cond;
    if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), if_re, &cond)) {
      optional_stack.push_back(!compiler_condition(cond) && !default_on(cond, on));
    } else if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), endif_re)) {
      if (!optional_stack.empty()) optional_stack.pop_back();
    }
    if (werror_line(l)) {
      bool optional =
          std::find(optional_stack.begin(), optional_stack.end(), true) != optional_stack.end() ||
          flag_variable(l);
      record(optional ? "werror-option" : "werror", n);
    }
    for (const auto& s : cmake_signals())
      if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), *s.re)) record(s.key, n);
  }
};

void read_project(const std::string& text, Manifest& m) {
  static const RE2 project_re(R"((?is)\bproject\s*\(\s*([\w.+-]+)([^)]*)\))");
  static const RE2 version_re(R"((?i)\bVERSION\s+"?([0-9][\w.]*))");
  static const RE2 std_re(R"(\bCMAKE_CXX_STANDARD\s+(\d+))");
  std::string name, args, version, standard;
  if (RE2::PartialMatch(text, project_re, &name, &args)) {
    m.name = name;
    if (RE2::PartialMatch(args, version_re, &version)) m.version = version;
  }
  if (RE2::PartialMatch(text, std_re, &standard)) m.language_version = "C++ " + standard;
}

void read_cmake(RepoFacts& facts, const FileEntry& file, const std::string& text,
                const std::set<std::string>& on) {
  CmakeReader r{facts, file.path, text, on, {}, {}};
  int n = 0;
  for (std::string_view l : text::lines(text)) r.line(strip_comment(l), ++n);
  if (text::basename(file.path) != "CMakeLists.txt") return;
  Manifest m;
  m.ecosystem = "cmake";
  m.path = file.path;
  m.at = Evidence{file.path, 0, ""};
  read_project(text, m);
  if (!m.name.empty() || file.path == "CMakeLists.txt")
    facts.manifests.manifests.push_back(std::move(m));
}

void read_meson(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  static const RE2 werror(R"(['"]werror\s*=\s*true['"])");
  static const RE2 project_re(R"((?s)\bproject\s*\(\s*'([^']+)'.*?\bversion\s*:\s*'([^']+)')");
  int n = 0;
  for (std::string_view l : text::lines(*text)) {
    ++n;
    if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), werror))
      add_section(facts, "meson:werror", evidence_line(file.path, *text, n));
  }
  Manifest m;
  m.ecosystem = "meson";
  m.path = file.path;
  m.at = Evidence{file.path, 0, ""};
  if (RE2::PartialMatch(*text, project_re, &m.name, &m.version) || file.path == "meson.build")
    facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_cmake(const ScanContext& ctx, RepoFacts& facts) {
  std::vector<std::pair<const FileEntry*, std::string>> files;
  for (auto pattern : {"**/CMakeLists.txt", "**/*.cmake"})
    for (const FileEntry* f : ctx.glob(pattern))
      if (auto text = ctx.read_text(*f)) files.emplace_back(f, std::move(*text));
  auto on = options_on(files);
  for (const auto& [file, text] : files) read_cmake(facts, *file, text, on);
  for (const FileEntry* f : ctx.glob("**/meson.build")) read_meson(ctx, facts, *f);
}

}  // namespace practrack::manifest
