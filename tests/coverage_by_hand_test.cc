// Coverage measured only by a package script no CI job runs is measured
// by hand (phoenix's `npm run test.coverage`, trial 12); the same script
// run by CI is adopted.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

MemoryTree js_package(bool ci_runs_coverage) {
  MemoryTree t;
  t.add("package.json",
        "{\n  \"name\": \"phoenix\",\n  \"scripts\": {\n    \"test\": \"jest\",\n"
        "    \"test.coverage\": \"jest --coverage\"\n  },\n"
        "  \"devDependencies\": {\"jest\": \"29.7.0\"}\n}\n");
  t.add("assets/js/app.test.js", "test('joins', () => {});\n");
  t.add(".github/workflows/ci.yml",
        std::string("on: [push]\njobs:\n  js:\n    runs-on: ubuntu-latest\n    steps:\n"
                    "      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: ") +
            (ci_runs_coverage ? "npm run test.coverage" : "npm test") + "\n");
  return t;
}

TEST(CoverageByHand, AScriptNoCiJobRunsIsPartial) {
  Assessment a = test_support::assess(js_package(false), "coverage-measurement");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "run by hand")) << a.note;
}

TEST(CoverageByHand, TheSameScriptRunByCiIsAdopted) {
  Assessment a = test_support::assess(js_package(true), "coverage-measurement");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

}  // namespace
}  // namespace practrack
