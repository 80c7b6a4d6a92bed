// Coverage report parsers: one small real-format report per format, plus
// truncated, malformed and hostile ones, and format detection.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "coverage/report_parse.h"

namespace practrack::coverage {
namespace {

const FileLines& file(const ParsedReport& r, std::string_view path) {
  for (const auto& f : r.files)
    if (f.path == path) return f;
  throw std::runtime_error("no file " + std::string(path));
}

// coverage.py's `coverage xml`: package-relative filenames under <sources>.
constexpr const char* kCobertura = R"(<?xml version="1.0" ?>
<coverage version="7.4.0" line-rate="0.75" lines-valid="4" lines-covered="3">
  <sources>
    <source>/home/runner/work/app/app/src</source>
  </sources>
  <packages>
    <package name="rfc" line-rate="0.75">
      <classes>
        <class name="mod1.py" filename="rfc/mod1.py" line-rate="0.75">
          <lines>
            <line number="1" hits="1"/>
            <line number="2" hits="0"/>
            <line number="3" hits="4"/>
          </lines>
        </class>
        <class name="mod1.py" filename="rfc/mod1.py">
          <lines><line number="2" hits="2"/><line number="9" hits="0"/></lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
)";

TEST(CoverageReports, CoberturaJoinsSourceAndMergesClasses) {
  auto r = parse_report(kCobertura, "coverage.xml");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::cobertura);
  ASSERT_EQ(r->files.size(), 1u);
  const auto& f = file(*r, "/home/runner/work/app/app/src/rfc/mod1.py");
  EXPECT_EQ(f.total, 4);    // lines 1, 2, 3, 9
  EXPECT_EQ(f.covered, 3);  // line 2 covered by the second class
}

TEST(CoverageReports, CoberturaTruncatedNamesFileAndLine) {
  std::string text = kCobertura;
  text.resize(text.find("<line number=\"3\""));
  auto r = parse_report(text, "coverage.xml");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("coverage.xml"), std::string::npos) << r.error();
  EXPECT_NE(r.error().find("malformed XML: line"), std::string::npos) << r.error();
}

TEST(CoverageReports, CoberturaBadHitsNamesTheLine) {
  std::string text = kCobertura;
  text.replace(text.find("hits=\"4\""), 8, "hits=\"x\"");
  auto r = parse_report(text, "coverage.xml");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("coverage.xml:13:"), std::string::npos) << r.error();
}

TEST(CoverageReports, GcovrCoberturaWithoutSources) {
  auto r = parse_report(R"(<?xml version="1.0"?>
<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>
<coverage line-rate="0.5"><packages><package name="src"><classes>
<class name="a_cc" filename="src/a.cc"><lines>
<line number="3" hits="2" branch="false"/><line number="4" hits="0" branch="false"/>
</lines></class></classes></package></packages></coverage>)",
                        "gcovr.xml");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(file(*r, "src/a.cc").covered, 1);
  EXPECT_EQ(file(*r, "src/a.cc").total, 2);
}

constexpr const char* kLcov =
    "TN:\n"
    "SF:/builds/group/app/src/rfc/mod1.py\n"
    "FN:1,main\n"
    "DA:1,1\n"
    "DA:2,0\n"
    "DA:3,7,abcdef\n"
    "LF:3\n"
    "LH:2\n"
    "end_of_record\n"
    "SF:scripts/tool.py\n"
    "LF:10\n"
    "LH:4\n"
    "end_of_record\n";

TEST(CoverageReports, LcovCountsDaLinesElseLfLh) {
  auto r = parse_report(kLcov, "lcov.info");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::lcov);
  EXPECT_EQ(file(*r, "/builds/group/app/src/rfc/mod1.py").covered, 2);
  EXPECT_EQ(file(*r, "/builds/group/app/src/rfc/mod1.py").total, 3);
  EXPECT_EQ(file(*r, "scripts/tool.py").covered, 4);
  EXPECT_EQ(file(*r, "scripts/tool.py").total, 10);
}

TEST(CoverageReports, LcovTruncatedRecord) {
  std::string text = kLcov;
  text.resize(text.find("LF:10"));
  auto r = parse_report(text, "lcov.info");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "lcov.info:10: record for scripts/tool.py has no end_of_record "
                       "(truncated report?)");
}

TEST(CoverageReports, LcovMalformedDa) {
  auto r = parse_report("SF:a.py\nDA:x,1\nend_of_record\n", "lcov.info");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "lcov.info:2: DA: needs line,hits");
  auto outside = parse_report("TN:\nDA:1,1\n", "lcov.info");
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error(), "lcov.info:2: DA: outside SF:");
}

constexpr const char* kJacoco = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="app">
  <sessioninfo id="x" start="1" dump="2"/>
  <group name="core">
    <package name="com/acme/core">
      <class name="com/acme/core/Parser" sourcefilename="Parser.java"/>
      <sourcefile name="Parser.java">
        <line nr="3" mi="0" ci="3" mb="0" cb="0"/>
        <counter type="INSTRUCTION" missed="5" covered="20"/>
        <counter type="LINE" missed="2" covered="8"/>
      </sourcefile>
    </package>
  </group>
  <package name="com/acme">
    <sourcefile name="App.java"><counter type="LINE" missed="4" covered="0"/></sourcefile>
  </package>
  <counter type="LINE" missed="6" covered="8"/>
</report>
)";

TEST(CoverageReports, JacocoLineCountersPerSourceFile) {
  auto r = parse_report(kJacoco, "jacoco.xml");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::jacoco);
  ASSERT_EQ(r->files.size(), 2u);
  EXPECT_EQ(file(*r, "com/acme/core/Parser.java").covered, 8);
  EXPECT_EQ(file(*r, "com/acme/core/Parser.java").total, 10);
  EXPECT_EQ(file(*r, "com/acme/App.java").total, 4);
}

TEST(CoverageReports, JacocoBadCounter) {
  std::string text = kJacoco;
  text.replace(text.find("missed=\"2\""), 10, "missed=\"-\"");
  auto r = parse_report(text, "jacoco.xml");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("jacoco.xml:11: LINE counter"), std::string::npos) << r.error();
}

constexpr const char* kCoverageJson = R"({
  "meta": {"version": "7.4.0", "format": 2},
  "files": {
    "src/rfc/mod1.py": {"executed_lines": [1, 3],
      "summary": {"covered_lines": 2, "num_statements": 3, "percent_covered": 66.7}},
    "dashboard/app.py": {"summary": {"covered_lines": 0, "num_statements": 5}}
  },
  "totals": {"covered_lines": 2, "num_statements": 8}
})";

TEST(CoverageReports, CoveragePyJsonSummaries) {
  auto r = parse_report(kCoverageJson, "coverage.json");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::coverage_json);
  EXPECT_EQ(file(*r, "src/rfc/mod1.py").covered, 2);
  EXPECT_EQ(file(*r, "dashboard/app.py").total, 5);
}

TEST(CoverageReports, CoveragePyJsonTruncatedAndWrongShape) {
  std::string text = kCoverageJson;
  text.resize(text.find("\"dashboard"));
  auto r = parse_report(text, "coverage.json");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("coverage.json: "), std::string::npos) << r.error();
  EXPECT_NE(r.error().find("line"), std::string::npos) << r.error();
  auto shape = parse_report(R"({"files": {"a.py": {"summary": {}}}})", "c.json");
  ASSERT_FALSE(shape);
  EXPECT_NE(shape.error().find("\"a.py\" has no summary"), std::string::npos);
}

constexpr const char* kGo =
    "mode: count\n"
    "github.com/acme/app/pkg/store/store.go:10.2,12.16 2 1\n"
    "github.com/acme/app/pkg/store/store.go:12.16,14.3 1 0\n"
    "github.com/acme/app/pkg/store/store.go:12.16,14.3 1 3\n"
    "github.com/acme/app/cmd/main.go:5.13,7.2 4 0\n";

TEST(CoverageReports, GoProfileMergesRepeatedBlocks) {
  auto r = parse_report(kGo, "cover.out");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::go);
  EXPECT_EQ(file(*r, "github.com/acme/app/pkg/store/store.go").covered, 3);
  EXPECT_EQ(file(*r, "github.com/acme/app/pkg/store/store.go").total, 3);
  EXPECT_EQ(file(*r, "github.com/acme/app/cmd/main.go").covered, 0);
}

TEST(CoverageReports, GoProfileMalformedLine) {
  auto r = parse_report("mode: set\na.go:1.1,2.2 1\n", "cover.out");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "cover.out:2: expected file:start.col,end.col statements count");
  auto nomode = parse_report("a.go:1.1,2.2 1 1\n", "cover.out", Format::go);
  ASSERT_FALSE(nomode);
  EXPECT_EQ(nomode.error(), "cover.out:1: Go profile must start with mode:");
}

TEST(CoverageReports, JunitTestsuitesAttributesAndCounts) {
  auto r = parse_report(R"(<?xml version="1.0"?>
<testsuites>
  <testsuite name="pytest" tests="4" failures="1" errors="0" skipped="1" time="1.5">
    <testcase classname="t" name="a"/>
  </testsuite>
  <testsuite name="counted">
    <testcase name="a"/><testcase name="b"><failure/></testcase>
    <testcase name="c"><skipped/></testcase><testcase name="d"><error/></testcase>
  </testsuite>
</testsuites>)",
                        "junit.xml");
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->format, Format::junit);
  ASSERT_EQ(r->suites.size(), 2u);
  const SuiteResult& a = r->suites[0].name == "pytest" ? r->suites[0] : r->suites[1];
  const SuiteResult& b = r->suites[0].name == "pytest" ? r->suites[1] : r->suites[0];
  EXPECT_EQ(a.tests, 4);
  EXPECT_EQ(a.failures, 1);
  EXPECT_EQ(a.skipped, 1);
  EXPECT_DOUBLE_EQ(a.seconds, 1.5);
  EXPECT_EQ(b.tests, 4);
  EXPECT_EQ(b.failures, 1);
  EXPECT_EQ(b.errors, 1);
  EXPECT_EQ(b.skipped, 1);
}

TEST(CoverageReports, JunitSingleTestsuiteRoot) {
  auto r = parse_report(R"(<testsuite name="go" tests="2"><testcase name="x"/></testsuite>)",
                        "report.xml");
  ASSERT_TRUE(r) << r.error();
  ASSERT_EQ(r->suites.size(), 1u);
  EXPECT_EQ(r->suites[0].tests, 2);
}

TEST(CoverageReports, DetectionAndOverride) {
  EXPECT_EQ(detect_format("\xEF\xBB\xBF  <?xml version='1.0'?>\n<coverage/>"), Format::cobertura);
  EXPECT_EQ(detect_format("<!DOCTYPE report><report/>"), Format::jacoco);
  EXPECT_EQ(detect_format("TN:\nSF:a\n"), Format::lcov);
  EXPECT_EQ(detect_format("mode: atomic\n"), Format::go);
  EXPECT_EQ(detect_format("plain text"), Format::automatic);
  auto unknown = parse_report("plain text", "x.txt");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("x.txt:1: unknown report format"), std::string::npos);
  // Forced to the wrong XML format: the root element says so.
  auto wrong = parse_report(kJacoco, "jacoco.xml", Format::cobertura);
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().find("<report> is not a cobertura report"), std::string::npos);
  EXPECT_FALSE(parse_format("xml"));
  EXPECT_EQ(*parse_format("coverage-json"), Format::coverage_json);
}

TEST(CoverageReports, HostileInputsFailCleanly) {
  // Deep nesting, binary bytes, a huge element count: errors or bounded
  // results, never a crash.
  std::string deep = "<coverage><packages>";
  for (int i = 0; i < 100000; ++i) deep += "<package>";
  EXPECT_FALSE(parse_report(deep, "deep.xml"));
  std::string binary("SF:a\0\xff\xfe\nDA:1,1\n", 14);
  EXPECT_FALSE(parse_report(binary, "bin.info"));
  std::string nested_json(100000, '[');
  EXPECT_FALSE(parse_report("{\"files\":" + nested_json, "deep.json"));
}

TEST(CoverageReports, ReadReportRefusesSymlinksAndMissingFiles) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "practrack_cov_read";
  fs::remove_all(dir);
  fs::create_directories(dir);
  { std::ofstream(dir / "lcov.info") << kLcov; }
  fs::create_symlink(dir / "lcov.info", dir / "link.info");
  EXPECT_TRUE(read_report((dir / "lcov.info").string()));
  auto link = read_report((dir / "link.info").string());
  ASSERT_FALSE(link);
  EXPECT_NE(link.error().find("symbolic link"), std::string::npos);
  EXPECT_FALSE(read_report((dir / "missing.info").string()));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace practrack::coverage
