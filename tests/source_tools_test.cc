// The tool rows of the testing, observability and mlops tables: every
// command pattern compiles and every row names a practice of its category.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "catalog/catalog.h"
#include "probes/tool/tool_table.h"

namespace practrack {
namespace {

void check_rows(const std::vector<ToolRow>& rows, std::string_view category) {
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    const Practice* practice = nullptr;
    for (const auto& p : practices())
      if (p.id == row.practice) practice = &p;
    ASSERT_NE(practice, nullptr) << row.tool << ": unknown practice " << row.practice;
    EXPECT_EQ(practice->category, category) << row.tool;
    if (!row.command.empty()) {
      RE2 re(row.command, RE2::Quiet);
      EXPECT_TRUE(re.ok()) << row.tool << ": " << re.error();
    }
    EXPECT_FALSE(row.command.empty() && row.configs.empty() && row.sections.empty() &&
                 row.deps.empty() && row.hooks.empty() && row.actions.empty())
        << row.tool << " can never match";
  }
}

TEST(SourceTools, TestingRowsAreValid) { check_rows(testing_tools(), "testing"); }
TEST(SourceTools, ObservabilityRowsAreValid) {
  check_rows(observability_tools(), "observability");
}
TEST(SourceTools, MlopsRowsAreValid) { check_rows(mlops_tools(), "mlops"); }

TEST(SourceTools, CommandPatternsMatchWhatTheyShould) {
  auto matches = [](std::string_view tool, const std::string& line) {
    for (const auto& row : testing_tools())
      if (row.tool == tool && !row.command.empty())
        return RE2::PartialMatch(line, RE2(row.command));
    return false;
  };
  EXPECT_TRUE(matches("pytest-cov", "pytest --cov=src --cov-report=xml"));
  EXPECT_TRUE(matches("pytest-cov --cov-fail-under", "pytest --cov --cov-fail-under=85"));
  EXPECT_FALSE(matches("pytest-cov --cov-fail-under", "pytest --cov"));
  EXPECT_TRUE(matches("go test", "go test ./... -race"));
  EXPECT_TRUE(matches("Robot Framework", "python -m robot --outputdir out tests/robot"));
  EXPECT_FALSE(matches("Robot Framework", "echo robotic"));
  EXPECT_TRUE(matches("mutmut", "mutmut run --paths-to-mutate src"));
  EXPECT_TRUE(matches("k6", "k6 run load/smoke.js"));
}

}  // namespace
}  // namespace practrack
