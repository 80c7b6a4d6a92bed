// The coverage map: report paths matched to the tree by path suffix, areas
// (default and --area), and the reference-shaped fixture.
#include <gtest/gtest.h>

#include "coverage/coverage_map.h"
#include "coverage/coverage_table.h"
#include "probes/source/source_scan.h"
#include "scan/context.h"
#include "tree/tree.h"
#include "util/terminal.h"
#include "util/text.h"

namespace practrack::coverage {
namespace {

TEST(CoverageMatch, AbsoluteAndPackageRelativePathsMatchBySuffix) {
  std::vector<std::string> tree{"src/rfc/mod1.py", "src/rfc/util.py", "dashboard/util.py",
                                "scripts/tool.py"};
  PathMatch m = match_paths({"/home/runner/work/app/app/src/rfc/mod1.py", "rfc/util.py",
                             "util.py", "C:\\ci\\scripts\\tool.py", "other/gone.py"},
                            tree);
  ASSERT_EQ(m.matched.size(), 3u);
  EXPECT_EQ(m.matched[0].second, "src/rfc/mod1.py");
  EXPECT_EQ(m.matched[1].second, "src/rfc/util.py");  // "rfc/" decides between two util.py
  EXPECT_EQ(m.matched[2].second, "scripts/tool.py");
  // "util.py" alone ties between two files; "gone.py" is in no file.
  EXPECT_EQ(m.unmatched, (std::vector<std::string>{"util.py", "other/gone.py"}));
}

TEST(CoverageMatch, GoImportPathsMatchTheModuleTree) {
  PathMatch m = match_paths({"github.com/acme/app/pkg/store/store.go"},
                            {"pkg/store/store.go", "internal/store/store.go"});
  ASSERT_EQ(m.matched.size(), 1u);
  EXPECT_EQ(m.matched[0].second, "pkg/store/store.go");
}

TEST(CoverageAreas, DefaultAndGivenAreas) {
  EXPECT_EQ(area_of("src/rfc/mod1.py", {}), "src/rfc/");
  EXPECT_EQ(area_of("src/main.py", {}), "src/");
  EXPECT_EQ(area_of("dashboard/core/x.py", {}), "dashboard/");
  EXPECT_EQ(area_of("setup.py", {}), "(root)");
  std::vector<std::string> globs{"dashboard/", "dashboard/core/**", "src/*/"};
  EXPECT_EQ(area_of("dashboard/core/x.py", globs), "dashboard/core/");
  EXPECT_EQ(area_of("dashboard/app.py", globs), "dashboard/");
  EXPECT_EQ(area_of("scripts/a.py", globs), "other");
  EXPECT_EQ(percent(85, 100), "85%");
  EXPECT_EQ(percent(1, 200), "0.5%");
  EXPECT_EQ(percent(0, 0), "—");
}

// A module of `n` non-blank lines.
std::string module(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "x" + std::to_string(i) + " = " + std::to_string(i) + "\n";
  return s;
}

std::string tests(int n, std::string_view imports = "") {
  std::string s(imports);
  for (int i = 0; i < n; ++i) s += "def test_" + std::to_string(i) + "():\n    assert True\n";
  return s;
}

// Shaped like the reference's Pytest Coverage Map: src/rfc/, dashboard/core/,
// dashboard/ and scripts/, each with known tested and untested modules.
MemoryTree reference_tree() {
  MemoryTree t;
  t.add("src/rfc/__init__.py", "");
  t.add("src/rfc/mod1.py", module(20));
  t.add("src/rfc/mod2.py", module(20));
  t.add("src/rfc/mod3.py", module(20));
  t.add("src/rfc/tiny.py", module(3));  // glue, not a module
  t.add("dashboard/core/queries.py", module(30));
  t.add("dashboard/core/charts.py", module(30));
  t.add("dashboard/app.py", module(40));
  t.add("dashboard/views.py", module(40));
  t.add("scripts/release.py", module(15));
  t.add("docs/conf.py", module(30));     // documentation build, not a module
  t.add("setup.py", module(30));
  t.add("tests/test_mod1.py", tests(5));                                // naming
  t.add("tests/test_imports.py", tests(3, "from rfc import mod3\n"));    // import
  t.add("tests/core/test_queries.py", tests(4));
  t.add("dashboard/tests/test_app.py", tests(2, "import dashboard.views\n"));
  t.add("scripts/tests/test_release.py",
        tests(1, "import pytest\n@pytest.mark.parametrize('a', [1, 2])\n"));
  return t;
}

CoverageFacts scan(const Tree& tree, std::vector<std::string> areas) {
  Diagnostics diags;
  ScanContext ctx(tree, diags, nullptr, std::nullopt, nullptr, {});
  RepoFacts facts;
  source::scan_sources(ctx, facts);
  facts.coverage.area_globs = std::move(areas);
  build_areas(facts.coverage);
  return facts.coverage;
}

const CoverageArea& area(const CoverageFacts& f, std::string_view name) {
  for (const auto& a : f.areas)
    if (a.name == name) return a;
  throw std::runtime_error("no area " + std::string(name));
}

const std::vector<std::string> kReferenceAreas{"src/rfc/", "dashboard/core/", "dashboard/",
                                               "scripts/"};

TEST(CoverageMap, ReferenceShapedFixture) {
  MemoryTree tree = reference_tree();
  CoverageFacts f = scan(tree, kReferenceAreas);
  EXPECT_EQ(area(f, "src/rfc/").modules_total, 3);  // __init__ and tiny.py left out
  EXPECT_EQ(area(f, "src/rfc/").modules_tested, 2);  // mod1 by name, mod3 by import
  EXPECT_EQ(area(f, "dashboard/core/").modules_tested, 1);
  EXPECT_EQ(area(f, "dashboard/core/").modules_total, 2);
  EXPECT_EQ(area(f, "dashboard/").modules_tested, 2);  // app by name, views by import
  EXPECT_EQ(area(f, "scripts/").modules_tested, 1);
  EXPECT_EQ(f.total.modules_total, 8);
  EXPECT_EQ(f.total.modules_tested, 6);
  // Tests count in the area of the module they test.
  EXPECT_EQ(area(f, "src/rfc/").tests, 8);
  EXPECT_EQ(area(f, "dashboard/core/").tests, 4);
  EXPECT_EQ(area(f, "dashboard/").tests, 2);
  EXPECT_EQ(area(f, "scripts/").tests, 1);
  EXPECT_EQ(test_count(area(f, "scripts/")), "~1");  // parametrized
  EXPECT_EQ(f.total.tests, 15);

  std::string md = coverage_markdown(f);
  EXPECT_NE(md.find("| Source Area | Modules Tested | Total Modules | Coverage % | Test Count |"),
            std::string::npos);
  EXPECT_NE(md.find("| src/rfc/ | 2 | 3 | — | ~8 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| **Total** | **6** | **8** | **—** | **~15** |"), std::string::npos) << md;
  EXPECT_NE(md.find("### Modules Without Tests\n\n- `dashboard/core/charts.py`\n"
                    "- `src/rfc/mod2.py`\n"),
            std::string::npos)
      << md;
}

const ModuleInfo* find_module(const CoverageFacts& f, std::string_view path) {
  for (const auto& m : f.modules)
    if (m.path == path) return &m;
  return nullptr;
}

// Trial 15 (ripgrep, libexpat): a Rust module with its own #[cfg(test)]
// tests is tested by itself and still a module; a crate's tests/ files are
// tests whether their tests are #[test] functions or a macro's; a C test
// program's libcheck START_TESTs count; a test folder's support code and
// fuzz targets are no modules wanting tests.
TEST(CoverageMap, RustInlineTestsCargoTestsAndCTestFolders) {
  MemoryTree t;
  t.add("crates/ignore/src/dir.rs",
        module(12) + "#[cfg(test)]\nmod tests {\n    #[test]\n    fn a() {}\n    #[test]\n"
                     "    fn b() {}\n}\n");
  t.add("crates/ignore/src/walk.rs", module(12));
  t.add("tests/misc.rs", "use crate::util::Dir;\n\nrgtest!(one, |dir: Dir, mut cmd| {\n});\n"
                         "rgtest!(two, |dir: Dir, mut cmd| {\n});\n" + module(10));
  t.add("tests/util.rs", module(20));
  t.add("lib/parse.c", module(20));
  t.add("tests/basic_tests.c",
        "#include \"parse.h\"\nSTART_TEST(test_one) {\n}\nEND_TEST\nSTART_TEST(test_two) {\n}\n"
        "END_TEST\n" + module(10));
  t.add("tests/handlers.c", module(20));
  t.add("fuzz/parse_fuzzer.c", module(20));
  CoverageFacts f = scan(t, {});
  const ModuleInfo* dir = find_module(f, "crates/ignore/src/dir.rs");
  ASSERT_NE(dir, nullptr);
  EXPECT_EQ(dir->tested_by, "crates/ignore/src/dir.rs");
  ASSERT_NE(find_module(f, "crates/ignore/src/walk.rs"), nullptr);
  EXPECT_EQ(find_module(f, "crates/ignore/src/walk.rs")->tested_by, "");
  ASSERT_NE(find_module(f, "lib/parse.c"), nullptr);
  for (std::string_view not_module :
       {"tests/misc.rs", "tests/util.rs", "tests/basic_tests.c", "tests/handlers.c",
        "fuzz/parse_fuzzer.c"})
    EXPECT_EQ(find_module(f, not_module), nullptr) << not_module;
  EXPECT_EQ(f.total.modules_total, 3);
  EXPECT_EQ(f.total.modules_tested, 2);  // dir.rs, and parse.c whose header a test includes
  EXPECT_EQ(find_module(f, "lib/parse.c")->tested_by, "tests/basic_tests.c");
  int rust = 0, check = 0;
  for (const auto& tf : f.test_files) {
    if (tf.path == "crates/ignore/src/dir.rs") {
      EXPECT_EQ(tf.subject, tf.path);
    }
    if (tf.framework == "rust") rust += tf.tests;
    if (tf.framework == "check") check += tf.tests;
  }
  EXPECT_EQ(rust, 4);  // two #[test] in dir.rs, two rgtest! in tests/misc.rs
  EXPECT_EQ(check, 2);
}

TEST(CoverageMap, ReportLinesPerAreaAndUnmatchedPaths) {
  MemoryTree tree = reference_tree();
  CoverageFacts f = scan(tree, kReferenceAreas);
  auto lcov = parse_report(
      "SF:/builds/app/src/rfc/mod1.py\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nend_of_record\n"
      "SF:/builds/app/src/rfc/__init__.py\nDA:1,1\nend_of_record\n"
      "SF:/builds/app/dashboard/app.py\nLF:10\nLH:5\nend_of_record\n"
      "SF:/builds/app/vendor/lib.py\nDA:1,1\nend_of_record\n",
      "lcov.info");
  ASSERT_TRUE(lcov) << lcov.error();
  apply_reports(f, {*lcov});
  EXPECT_EQ(area(f, "src/rfc/").lines_covered, 4);
  EXPECT_EQ(area(f, "src/rfc/").lines_total, 5);
  EXPECT_EQ(area(f, "dashboard/").lines_total, 10);
  EXPECT_EQ(f.total.lines_covered, 9);
  EXPECT_EQ(f.total.lines_total, 15);
  EXPECT_EQ(f.unmatched, std::vector<std::string>{"/builds/app/vendor/lib.py"});
  EXPECT_EQ(f.reports, std::vector<std::string>{"lcov.info"});
  std::string md = coverage_markdown(f);
  EXPECT_NE(md.find("| src/rfc/ | 2 | 3 | 80% | ~8 |"), std::string::npos) << md;
  EXPECT_NE(md.find("**60%**"), std::string::npos) << md;
  EXPECT_NE(md.find("- `/builds/app/vendor/lib.py`"), std::string::npos) << md;
  auto j = coverage_json(f);
  EXPECT_EQ(j["total"]["line_percent"], 60.0);
  EXPECT_EQ(j["unmatched_report_paths"][0], "/builds/app/vendor/lib.py");
  EXPECT_EQ(j["modules_without_tests"].size(), 2u);
}

TEST(CoverageMap, DefaultAreasWithoutGlobs) {
  MemoryTree tree = reference_tree();
  CoverageFacts f = scan(tree, {});
  EXPECT_EQ(area(f, "src/rfc/").modules_total, 3);
  EXPECT_EQ(area(f, "dashboard/").modules_total, 4);  // core/ folds into its top folder
  EXPECT_EQ(area(f, "dashboard/").tests, 6);
}

TEST(CoverageMap, NoTestsNoTable) {
  MemoryTree tree;
  tree.add("src/app/main.py", module(20));
  CoverageFacts f = scan(tree, {});
  EXPECT_EQ(coverage_markdown(f), "");
  EXPECT_EQ(f.total.modules_total, 1);
}

// Columns line up as a terminal shows them: an area named in UTF-8 takes
// fewer columns than bytes, so the numbers after it stay under each other.
TEST(CoverageMap, TextColumnsAlignByDisplayWidthNotBytes) {
  MemoryTree t;
  t.add("données/calc.py", module(20));
  t.add("données/tests/test_calc.py", tests(2));
  t.add("plain/util.py", module(20));
  t.add("plain/tests/test_util.py", tests(3));
  auto text = coverage_text(scan(t, {}));
  std::vector<std::string> rows;
  for (auto line : text::lines(text))
    if (text::starts_with(line, "données/") || text::starts_with(line, "plain/"))
      rows.emplace_back(line);
  ASSERT_EQ(rows.size(), 2u) << text;
  EXPECT_EQ(term::display_width(rows[0]), term::display_width(rows[1])) << text;
  EXPECT_NE(rows[0].size(), rows[1].size()) << text;  // the bytes differ, the columns do not
}

}  // namespace
}  // namespace practrack::coverage
