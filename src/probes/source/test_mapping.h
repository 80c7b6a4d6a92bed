// Which modules have tests: the source scan pairs test files with
// the source files they test, by naming convention first and by imports
// where naming does not decide. Pure helpers are exposed for tests.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "probes/source/file_analysis.h"
#include "scan/context.h"

namespace practrack::source {

// A source file shorter than this (non-blank lines) is glue, not a module
// that needs its own tests. Never modules: short `__init__.py`, `__main__.py`,
// `setup.py`, `conftest.py`, `noxfile.py`, `.pyi` stubs, and files under docs/, doc/,
// examples/, samples/ or benchmarks/ folders.
inline constexpr int kMinModuleLines = 10;
// An `__init__.py` this long holds its package's code: it is a module,
// tested under the package's name (`test_pkg.py`).
inline constexpr int kMinInitModuleLines = 50;

// The stem a test file names by convention: "test_x.py", "x_test.py" -> "x";
// "x_test.go" -> "x"; "x.test.ts", "x.spec.ts" -> "x"; "XTest.java",
// "TestX.java", "XIT.java" -> "X"; "test_x.cc", "x_test.cc",
// "x_unittest.cc" -> "x"; "x_spec.rb" -> "x". "" when none applies.
std::string tested_stem(std::string_view test_path);

// Paths, without extension, that the imports of a test file may name:
// "rfc.mod3" -> "rfc/mod3"; `from rfc import mod3` -> "rfc/mod3" and
// "rfc"; "../src/app" (relative to the test) -> "src/app". `imports` are
// those imports_of() found in `text`, in line order.
std::vector<std::string> import_targets(std::string_view test_path, std::string_view text,
                                        std::span<const Import> imports);
// The same, finding the imports first.
std::vector<std::string> import_targets(std::string_view test_path, std::string_view text);

// Sets tested_by on `modules` from the test files' names and import
// targets, and returns, per test, the path of the first module it tests
// ("" for none).
// Views into the source scan's results, which outlive the mapping.
struct TestImports {
  std::string_view path;
  std::span<const std::string> targets;  // import_targets() of the file
  std::vector<std::string> reached;      // what the glue indexes it requires import
};
std::vector<std::string> map_tests(std::vector<ModuleInfo>& modules,
                                   const std::vector<TestImports>& tests);

// One source file and what the source scan learnt from it.
struct AnalysedFile {
  const FileEntry* file;
  const LangInfo* lang;
  const FileResult* result;  // null or !read: not read
};
// What a source file is to the coverage facts: not listed (not read,
// robot or shell), a source only, a module that wants tests, a test, or a
// module with its own tests (Rust), listed as both.
enum class CoverageRole { none, source, module, test, tested_module };
CoverageRole coverage_role(const LangInfo& lang, const FileResult* r, std::string_view path);
// Whether a file of that role has an entry in CoverageFacts::modules, and
// in CoverageFacts::test_files.
inline bool listed_as_module(CoverageRole r) {
  return r == CoverageRole::module || r == CoverageRole::tested_module;
}
inline bool listed_as_test(CoverageRole r) {
  return r == CoverageRole::test || r == CoverageRole::tested_module;
}
// A test file's entry: its first framework, tests, and whether the count
// is approximate; `source`'s suites must be complete.
TestFileInfo test_file_info(const std::string& path, const FileResult& r, const SourceFacts& source);

// Sets the coverage facts' sources, modules and test files from the
// source scan's results, so that no file is read twice. It reads no other
// facts and can run while facts.source is merged: a test file is marked
// approximate here only by its own counts. Returns each test file's
// result, in the order of cov.test_files, for complete_test_files().
std::vector<const FileResult*> map_test_files(const std::vector<AnalysedFile>& files,
                                              CoverageFacts& cov);
// Then, once `source`'s suites are complete: marks the test files of
// approximate suites and builds the default areas.
void complete_test_files(CoverageFacts& cov, const std::vector<const FileResult*>& results,
                         const SourceFacts& source);

}  // namespace practrack::source
