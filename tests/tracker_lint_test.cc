#include "tracker/tracker_lint.h"

#include <gtest/gtest.h>

namespace practrack {
namespace {

std::vector<std::string> lint_lines(const std::string& text) {
  auto doc = parse_tracker(text);
  EXPECT_TRUE(doc.ok());
  std::vector<std::string> out;
  if (!doc.ok()) return out;
  for (const auto& f : lint_document(*doc, import_tracker(*doc)))
    out.push_back(std::to_string(f.line) + ": " + f.message);
  return out;
}

}  // namespace

TEST(TrackerLint, FindsEveryInconsistencyOfTheReference) {
  auto text =
      read_tracker_file(std::string(PRACTRACK_SOURCE_DIR) + "/tests/data/DEVOPS-reference.md");
  ASSERT_TRUE(text.ok());
  std::vector<std::string> expected = {
      "138: \"Docker health checks\" is practice 'container-health-checks', already listed at "
      "line 55 (\"Container health checks\"): listed in Continuous Deployment and "
      "Containerization & Infrastructure",
      "222: \"Dependency vulnerability scanning\" is practice 'vulnerability-scanning', already "
      "listed at line 110 (\"Dependency vulnerability scanning\"): listed in Code Quality and "
      "Security",
      "232: summary says Source Control & Branching has 5 adopted, 1 partial, 2 not started of 8; "
      "its rows (lines 20-26) have 4 adopted, 1 partial, 2 not started of 7",
      "238: summary says Containerization & Infrastructure has 5 adopted, 1 partial, 2 not started "
      "of 8; its rows (lines 135-143) have 5 adopted, 1 partial, 3 not started of 9",
      "244: summary total says 55 adopted, 11 partial, 43 not started of 109; the rows have 54 "
      "adopted, 11 partial, 44 not started of 109",
      "246: overall adoption says 55 adopted, 11 partial, 43 not started of 109; the rows have 54 "
      "adopted, 11 partial, 44 not started of 109",
      "251: line coverage is stated as 70% here but 85% at line 71, 85% at line 88",
  };
  EXPECT_EQ(lint_lines(*text), expected);
}

TEST(TrackerLint, CleanDocumentHasNothingToSay) {
  std::string doc =
      "# T\n\nUpdated as of 2026-01-01\n\n## 1. Testing\n\n| Practice | Status | Notes "
      "|\n|---|---|---|\n"
      "| Unit tests | Adopted | 10 files, line coverage 80% |\n| Mutation testing | Not Started | "
      "|\n\n"
      "## Summary\n\n| Category | Adopted | Partial | Not Started | Total "
      "|\n|---|---|---|---|---|\n"
      "| Testing | 1 | 0 | 1 | 2 |\n| **Total** | **1** | **0** | **1** | **2** |\n\n"
      "**Overall adoption: 1/2 practices adopted (50%), 0 partial (0%), 1 not started (50%)**\n\n"
      "Coverage threshold: minimum 70% in CI.\n";
  EXPECT_TRUE(lint_lines(doc).empty());
}

TEST(TrackerLint, RowThatDoesNotAddUpAndBadPercentages) {
  std::string doc =
      "## 1. Testing\n| Practice | Status |\n|---|---|\n| Unit tests | Adopted |\n"
      "## Summary\n| Category | Adopted | Partial | Not Started | Total |\n|---|---|---|---|---|\n"
      "| Testing | 1 | 0 | 1 | 1 |\n"
      "**Overall adoption: 1/1 practices adopted (90%), 0 partial (0%), 0 not started (0%)**\n";
  auto lines = lint_lines(doc);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "8: summary row Testing does not add up: 2 counted, total 1");
  EXPECT_EQ(lines[1],
            "8: summary says Testing has 1 adopted, 0 partial, 1 not started of 1; its "
            "rows (lines 4-4) have 1 adopted, 0 partial, 0 not started of 1");
  EXPECT_EQ(lines[2], "9: overall adoption percentages do not follow from its own counts");
}

TEST(TrackerLint, ContradictionsWithTheScanPrintEvidence) {
  auto doc = parse_tracker(
      "## 1. Testing\n| Practice | Status | Notes |\n|---|---|---|\n"
      "| Unit tests | Adopted | |\n| Mutation testing | Not Started | |\n| Load testing | Partial "
      "| |\n");
  ASSERT_TRUE(doc.ok());
  ImportResult imported = import_tracker(*doc);
  Report report;
  Assessment unit;
  unit.id = "unit-tests";
  unit.detected = Status::not_started;
  unit.detected_note = "No unit tests found";
  Assessment mut;
  mut.id = "mutation-testing";
  mut.detected = Status::adopted;
  mut.detected_note = "mutmut runs in CI";
  mut.evidence.push_back({".gitlab-ci.yml", 12, "mutmut run"});
  report.assessments = {unit, mut};
  auto found = lint_against_scan(imported, report);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].line, 4);
  EXPECT_EQ(
      found[0].message,
      "says \"Unit tests\" is Adopted, but the repository shows no evidence: No unit tests found");
  EXPECT_EQ(found[1].line, 5);
  EXPECT_EQ(found[1].message,
            "says \"Mutation testing\" is Not Started, but the repository shows it "
            "Adopted: mutmut runs in CI (.gitlab-ci.yml:12: mutmut run)");
}

TEST(TrackerLint, StaleDateNamesTheCommitsAfterIt) {
  auto doc = parse_tracker("# T\n\nUpdated as of 2026-01-01.\n");
  ASSERT_TRUE(doc.ok());
  auto f = lint_staleness(*doc, 3, "2026-02-01");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].line, 3);
  EXPECT_EQ(f[0].message,
            "\"Updated as of 2026-01-01\" but 3 commits came after it (latest 2026-02-01)");
  EXPECT_TRUE(lint_staleness(*doc, 0, "").empty());
}

}  // namespace practrack
