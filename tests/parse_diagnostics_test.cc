// Trial 7: diagnostics for files that do not parse came in two shapes,
// `FILE:LINE: malformed YAML: line N: ...` and `FILE: malformed YAML:
// line N: ...`, and an error at the end of a 2-line file said "line 3".
// Every one is `FILE:LINE: message` now, the line within the file.
#include <gtest/gtest.h>

#include "parse/limits.h"
#include "parse/toml.h"
#include "parse/xml.h"
#include "parse/yaml.h"
#include "scan/diagnostics.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

TEST(ParseDiagnostics, LineOfAnErrorIsSplitOut) {
  LocatedError e = locate_error("malformed YAML: line 3: bad indentation of a mapping entry");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.message, "malformed YAML: bad indentation of a mapping entry");
  e = locate_error("malformed TOML: line 2 (end of file): expected value");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.message, "malformed TOML: at the end of the file: expected value");
  e = locate_error("nested more than 200 levels deep; not parsed");
  EXPECT_EQ(e.line, 0);
  EXPECT_EQ(e.message, "nested more than 200 levels deep; not parsed");
  // "line" further in is part of the message.
  EXPECT_EQ(locate_error("malformed JSON: unexpected end of line 4").line, 0);
}

TEST(ParseDiagnostics, ALinePastTheLastIsTheEndOfTheFile) {
  EXPECT_EQ(error_line_prefix("a\nb\n", 3), "line 2 (end of file): ");
  EXPECT_EQ(error_line_prefix("a\nb", 3), "line 2 (end of file): ");
  EXPECT_EQ(error_line_prefix("a\nb\n", 2), "line 2: ");
  EXPECT_EQ(error_line_prefix("", 1), "line 1: ");
  auto doc = parse_yaml("on: push\njobs: [\n");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().find("line 3"), std::string::npos) << doc.error();
  // Trial 12: a truncated pom.xml fails at its last byte; that is the end.
  auto pom = parse_xml("<project>\n  <dependencies>\n    <groupId>x</groupId>\n");
  ASSERT_FALSE(pom.ok());
  EXPECT_EQ(locate_error(pom.error()).message,
            "malformed XML: at the end of the file: Start-end tags mismatch")
      << pom.error();
  auto middle = parse_xml("<a>\n<b></c>\n</a>\n");
  ASSERT_FALSE(middle.ok());
  EXPECT_EQ(middle.error().find("end of"), std::string::npos) << middle.error();
}

TEST(ParseDiagnostics, EveryProbeReportsFileAndLineOnce) {
  MemoryTree t;
  t.add("docker-compose.yml", "services:\n  web:\n    image: [unclosed\n  - bad: : :\n");
  t.add("pyproject.toml", "[tool.coverage.report]\nfail_under = = 90\n");
  t.add(".github/workflows/ci.yml", "on: [push]\njobs: {lint: [\n");
  t.add("web/package.json", "{\"name\": \"x\",\n  \"version\": }\n");
  Report r = test_support::scan_memory(t);
  int seen = 0;
  for (const auto& d : r.diagnostics) {
    SCOPED_TRACE(d.path + ":" + std::to_string(d.line) + ": " + d.message);
    EXPECT_GT(d.line, 0);
    EXPECT_EQ(d.message.find("line "), std::string::npos);
    EXPECT_EQ(d.message.find("malformed TOML: malformed"), std::string::npos);
    EXPECT_LE(d.line, 4);
    ++seen;
  }
  EXPECT_GE(seen, 4);
}

}  // namespace
}  // namespace practrack

namespace practrack {

// One message per file that failed, however many probes tried it: the
// first by line, in the same order whichever thread came first; other
// kinds of messages about the file stay.
TEST(ParseDiagnostics, AFailedFileIsSaidToFailOnce) {
  Diagnostics d;
  d.warn(".hooks.json", 1, "malformed JSON: syntax error");
  d.warn(".hooks.json", 0, "skipped: binary content where text was expected");
  d.warn(".hooks.json", 3, "unknown hook 'pre-comit'");
  d.warn("a.yml", 2, "malformed YAML: bad indent");
  auto all = d.all();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].message, "skipped: binary content where text was expected");
  EXPECT_EQ(all[1].message, "unknown hook 'pre-comit'");
  EXPECT_EQ(all[2].path, "a.yml");
}

}  // namespace practrack
