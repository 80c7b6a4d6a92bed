// coverage-gate: a threshold is enforced only where CI applies it. A
// fail_under in configuration with no CI job running coverage.py/pytest-cov,
// or a `--fail-under` make target CI never calls, is set but not enforced.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree python_project(std::string_view ci_step) {
  MemoryTree t;
  t.add("pyproject.toml",
        "[project]\nname = \"x\"\nversion = \"1.0.0\"\n\n"
        "[tool.coverage.report]\nfail_under = 95\n");
  t.add("x/__init__.py", "VALUE = 1\n");
  t.add("tests/test_x.py", "def test_x():\n    assert True\n");
  t.add("Makefile",
        ".PHONY: coverage\ncoverage:\n\tcoverage run -m pytest\n"
        "\tcoverage report --fail-under=99\n");
  t.add(".github/workflows/ci.yml",
        std::string("on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                    "      - uses: actions/checkout@v4\n      - run: ") +
            std::string(ci_step) + "\n");
  return t;
}

TEST(CoverageGateCi, ThresholdWithNoCoverageInCiIsPartial) {
  auto a = assess(python_project("pytest"), "coverage-gate");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_NE(a.note.find("no CI job runs coverage"), std::string::npos) << a.note;
}

TEST(CoverageGateCi, UploadToCodecovDoesNotApplyFailUnder) {
  MemoryTree t = python_project("pytest");
  t.add(".github/workflows/upload.yml",
        "on: [push]\njobs:\n  up:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: codecov/codecov-action@v4\n");
  EXPECT_EQ(assess(t, "coverage-gate").status, Status::partial);
}

TEST(CoverageGateCi, MakeTargetCiCallsIsEnforced) {
  auto a = assess(python_project("make coverage"), "coverage-gate");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

TEST(CoverageGateCi, CoverageRunInCiAppliesConfiguredThreshold) {
  auto a = assess(python_project("pytest --cov=x"), "coverage-gate");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("minimum 95%"), std::string::npos) << a.note;
}

}  // namespace
}  // namespace practrack
