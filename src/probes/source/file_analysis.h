// What the source scan learns from one file, computed once per blob and
// kept in the FileMemo: library uses, tests, hints. Pure functions of
// (path, text), so they are safe to run on any thread.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace practrack::source {

// Language groups, one bit each, so table rows can name several.
enum Lang : unsigned {
  kPython = 1u << 0,
  kJs = 1u << 1,  // JavaScript and TypeScript
  kGo = 1u << 2,
  kRust = 1u << 3,
  kJava = 1u << 4,  // Java, Kotlin, Scala, Groovy
  kCpp = 1u << 5,   // C and C++
  kRuby = 1u << 6,
  kPhp = 1u << 7,
  kCs = 1u << 8,
  kRobot = 1u << 9,
  kShell = 1u << 10,
  kElixir = 1u << 11,
  kSwift = 1u << 12,
  kJulia = 1u << 13,
};
// How many groups there are: tables indexed by group have this many slots.
constexpr unsigned kLangGroups = 14;

struct LangInfo {
  std::string_view name;  // "python": the key of SourceFacts::files_by_language
  Lang group;
};
// The language of a path by its extension, or null for other files.
const LangInfo* language_of(std::string_view path);

struct Hit {
  std::string kind;
  std::string name;
  int count = 0;
  int line = 0;  // first line, 1-based
  std::string excerpt;
};

struct TestCount {
  std::string framework;
  int tests = 0;
  int parametrized = 0;
  int line = 0;
  std::string excerpt;
};

struct FileResult {
  bool read = false;  // false: skipped (binary, too large, unreadable)
  std::vector<Hit> hits;
  std::vector<TestCount> tests;
  int non_blank_lines = 0;
  // Test files and JS/TS index files only: the paths their imports may
  // name (see import_targets() in test_mapping.h); the test mapping reads
  // them here instead of reading every test file again.
  bool test_file = false;
  std::vector<std::string> import_targets;
};

// Analyses one file's text. `lang` is the file's language group.
FileResult analyse(std::string_view path, Lang lang, std::string_view text);

// Pieces of analyse(), exposed for tests.
struct Import {
  std::string_view module;  // points into the analysed text
  int line = 0;
  std::size_t offset = 0;  // of the line
};
std::vector<Import> imports_of(Lang lang, std::string_view text);
std::vector<TestCount> count_tests(std::string_view path, Lang lang, std::string_view text,
                                   const std::vector<Import>& imports);
bool is_test_path(std::string_view path, Lang lang);
bool in_dir(std::string_view path, std::string_view dir);
// Whether any of `dirs` is such a folder (the path is looked at once).
bool in_any_dir(std::string_view path, std::initializer_list<std::string_view> dirs);

// Adds `count` uses of (kind, name) first seen at `offset` of `text`.
void add_hit(FileResult& out, std::string_view kind, std::string_view name, int count,
             std::string_view text, std::size_t offset);

}  // namespace practrack::source
