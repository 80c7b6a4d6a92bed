// Facts about what the tests cover: which modules have a test file, how
// many tests each source area holds, and (when a coverage report was given)
// the covered lines per file. Filled by the source probe
// (probes/source/test_mapping.cc) and by coverage reports (src/coverage/).
#pragma once

#include <string>
#include <vector>

namespace practrack {

// A source file that needs tests: not a test, not glue (`__init__.py`,
// `setup.py`, docs/ and examples/ files) and at least kMinModuleLines
// non-blank lines (see test_mapping.h).
struct ModuleInfo {
  std::string path;
  int lines = 0;          // non-blank lines
  std::string tested_by;  // first test file that names or imports it; "" = untested
};

struct TestFileInfo {
  std::string path;
  std::string framework;  // "pytest", "go" ...; "" when no test case was counted
  int tests = 0;
  bool approximate = false;  // parametrized or counted by pattern
  // The first module it tests: its tests count in that module's area.
  // "" when it maps to none: they count where the test file lies.
  std::string subject;
};

// Line coverage of one tree file, from a report.
struct FileLines {
  std::string path;  // tree path
  long covered = 0;
  long total = 0;
};

// One row of the coverage map.
struct CoverageArea {
  std::string name;  // "src/rfc/", "dashboard/"
  int modules_tested = 0;
  int modules_total = 0;
  int test_files = 0;
  int tests = 0;
  bool approximate = false;
  long lines_covered = 0;  // from reports; lines_total == 0: no data
  long lines_total = 0;
};

struct CoverageFacts {
  std::vector<ModuleInfo> modules;     // path order
  std::vector<TestFileInfo> test_files;  // path order
  std::vector<std::string> sources;    // every own source file: report paths match these
  std::vector<std::string> area_globs;   // --area; empty = default areas
  std::vector<CoverageArea> areas;     // name order
  CoverageArea total;                  // name "Total"
  std::vector<std::string> reports;    // report files read ("coverage.xml")
  std::vector<FileLines> lines;        // report files matched to the tree
  std::vector<std::string> unmatched;  // report paths no tree file matches

  bool has_tests() const { return !test_files.empty(); }
  bool has_line_data() const { return total.lines_total > 0; }
};

}  // namespace practrack
