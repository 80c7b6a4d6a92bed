// Golden files: the hand-built report of render_fixture.h rendered in
// every format and compared byte for byte with tests/golden/. To accept
// a deliberate change, run once with PRACTRACK_UPDATE_GOLDEN=1 and review
// the diff of tests/golden/ before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "render/render.h"
#include "render_fixture.h"

namespace practrack {
namespace {

std::string golden_path(const std::string& name) {
  return std::string(PRACTRACK_SOURCE_DIR) + "/tests/golden/" + name;
}

bool updating() {
  const char* env = std::getenv("PRACTRACK_UPDATE_GOLDEN");
  return env && std::string(env) == "1";
}

void expect_golden(const std::string& name, const std::string& actual) {
  std::string path = golden_path(name);
  if (updating()) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << actual;
    ASSERT_TRUE(out.good()) << "cannot write " << path;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.good()) << path << " is missing; run with PRACTRACK_UPDATE_GOLDEN=1";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str())
      << name << " differs; if the change is intended, rerun with PRACTRACK_UPDATE_GOLDEN=1 "
      << "and review the diff";
}

RenderOptions plain(int width) {
  RenderOptions o;
  o.width = width;
  return o;
}

TEST(RenderGolden, Markdown) {
  expect_golden("report.md", render_markdown(fixture::sample_report(), plain(100)));
}

TEST(RenderGolden, Json) {
  expect_golden("report.json", render_json(fixture::sample_report(), plain(100)));
}

TEST(RenderGolden, TableAt80Columns) {
  expect_golden("report_table_80.txt", render_table(fixture::sample_report(), plain(80)));
}

TEST(RenderGolden, TableAt160Columns) {
  expect_golden("report_table_160.txt", render_table(fixture::sample_report(), plain(160)));
}

TEST(RenderGolden, TableQuiet) {
  RenderOptions o = plain(80);
  o.quiet = true;
  expect_golden("report_quiet.txt", render_table(fixture::sample_report(), o));
}

TEST(RenderGolden, ExplainWithEvidence) {
  expect_golden("explain_ci_on_push.txt",
                render_explain(fixture::sample_report(), "ci-on-push", plain(80)));
}

}  // namespace
}  // namespace practrack
