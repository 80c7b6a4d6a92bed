#include "tracker/tracker_import.h"

#include <gtest/gtest.h>

#include <map>

#include "config/project_config.h"

namespace practrack {
namespace {

TrackerDoc reference() {
  auto text =
      read_tracker_file(std::string(PRACTRACK_SOURCE_DIR) + "/tests/data/DEVOPS-reference.md");
  EXPECT_TRUE(text.ok());
  auto doc = parse_tracker(text.ok() ? *text : "");
  EXPECT_TRUE(doc.ok());
  return doc.ok() ? *doc : TrackerDoc{};
}

std::string mapped(std::string_view name, std::string_view category) {
  MatchKind kind;
  return match_practice(name, category, kind);
}

}  // namespace

TEST(TrackerDoc, ParsesEveryPartOfTheReferenceWithLines) {
  TrackerDoc doc = reference();
  EXPECT_EQ(doc.title, "DevOps Practices Tracker");
  EXPECT_EQ(doc.updated, "2026-02-17");
  EXPECT_EQ(doc.updated_line, 6);
  EXPECT_EQ(doc.legend_line, 12);
  ASSERT_EQ(doc.sections.size(), 12u);
  std::size_t rows = 0;
  for (const auto& s : doc.sections) rows += s.rows.size();
  EXPECT_EQ(rows, 109u);
  EXPECT_EQ(doc.sections[0].line, 16);
  EXPECT_EQ(doc.sections[0].title, "Source Control & Branching");
  EXPECT_EQ(doc.sections[0].rows[0].line, 20);
  EXPECT_EQ(doc.sections[3].rows.size(), 10u);  // the coverage map table is not practices
  EXPECT_EQ(doc.sections[10].title, "AI/ML-Specific DevOps (MLOps)");
  ASSERT_EQ(doc.summary.size(), 13u);
  EXPECT_EQ(doc.summary[0].line, 232);
  EXPECT_TRUE(doc.summary[12].is_total);
  EXPECT_EQ(doc.summary[12].adopted, 55);
  ASSERT_TRUE(doc.overall);
  EXPECT_EQ(doc.overall->line, 246);
  EXPECT_EQ(doc.overall->not_started, 43);
  ASSERT_EQ(doc.priorities.size(), 7u);
  EXPECT_EQ(doc.priorities[0].line, 250);
  EXPECT_NE(doc.priorities[0].text.find("Current line coverage: 70%"), std::string::npos);
  ASSERT_EQ(doc.decisions.size(), 9u);
  EXPECT_EQ(doc.decisions[0].line, 272);
  EXPECT_EQ(doc.decisions[0].decision, "90-day data retention");
}

TEST(TrackerDoc, ColumnsByHeaderNameAndEscapedPipes) {
  auto doc = parse_tracker(
      "# T\n\n## 1. Testing\n\n| Notes | Status | Practice |\n|---|---|---|\n"
      "| a \\| b | Partial | Unit tests |\n| x | Maybe | Mutation testing |\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->sections.size(), 1u);
  ASSERT_EQ(doc->sections[0].rows.size(), 2u);
  const auto& r = doc->sections[0].rows[0];
  EXPECT_EQ(r.practice, "Unit tests");
  EXPECT_EQ(r.status, Status::partial);
  EXPECT_EQ(r.notes, "a \\| b");
  EXPECT_EQ(r.line, 7);
  EXPECT_FALSE(doc->sections[0].rows[1].status);
}

TEST(TrackerDoc, RefusesBinaryAndOversizeInput) {
  EXPECT_FALSE(parse_tracker(std::string("\x7f"
                                         "ELF\0\0\0",
                                         7))
                   .ok());
  EXPECT_FALSE(parse_tracker(std::string(kTrackerMaxBytes + 1, 'a')).ok());
  std::string many = "## 1. Testing\n| Practice | Status |\n|---|---|\n";
  for (std::size_t i = 0; i <= kTrackerMaxRows; ++i) many += "| x | Adopted |\n";
  EXPECT_FALSE(parse_tracker(many).ok());
}

TEST(TrackerImport, MapsNamesTheWayAReaderWould) {
  EXPECT_EQ(mapped("Linting (ruff)", "code-quality"), "linting");
  EXPECT_EQ(mapped("GitHub Actions CI", "ci"), "ci-multi-system");
  EXPECT_EQ(mapped("Post-commit Robot test hook", "source-control"), "hook-tests");
  EXPECT_EQ(mapped("Automated Superset deployment", "cd"), "automated-deploy");
  EXPECT_EQ(mapped("Docker Compose production stack", "cd"), "declarative-stack");
  EXPECT_EQ(mapped("Unit tests (pytest)", "testing"), "unit-tests");
  EXPECT_EQ(mapped("Test result database", "mlops"), "eval-results-db");
  EXPECT_EQ(mapped("Test result archival", "testing"), "test-archival");
  EXPECT_EQ(mapped("ci-caching", ""), "ci-caching");
  // Found by a new user: these went to hook-tests and scheduled-pipelines.
  EXPECT_EQ(mapped("Pre-commit hooks", "source-control"), "git-hooks");
  EXPECT_EQ(mapped("Pipeline caching", "ci"), "ci-caching");
  EXPECT_EQ(mapped("Refactoring notes (`ai/REFACTOR.md`)", "documentation"), "");
  EXPECT_EQ(category_for_title("AI/ML-Specific DevOps (MLOps)"), "mlops");
  EXPECT_EQ(category_for_title("Configuration & Secrets"), "config-secrets");
}

TEST(TrackerImport, EveryReferenceRowMappedStatusesKeptDuplicatesNoted) {
  TrackerDoc doc = reference();
  ImportResult r = import_tracker(doc);
  ASSERT_EQ(r.rows.size(), 109u);
  EXPECT_EQ(r.mapped(), 108u);
  EXPECT_EQ(r.custom(), 1u);
  std::map<int, const ImportedRow*> by_line;
  for (const auto& row : r.rows) by_line[row.row.line] = &row;
  EXPECT_EQ(by_line[174]->practice, "refactoring-notes");
  EXPECT_EQ(by_line[222]->practice, "vulnerability-scanning");
  EXPECT_EQ(by_line[222]->duplicate_of, 110);
  EXPECT_EQ(by_line[138]->practice, "container-health-checks");
  EXPECT_EQ(by_line[138]->duplicate_of, 55);
  int dups = 0;
  for (const auto& row : r.rows) dups += row.duplicate_of ? 1 : 0;
  EXPECT_EQ(dups, 2);

  std::string yaml = import_yaml(doc, r, {"alice", "", "DEVOPS.md"});
  std::vector<ConfigIssue> issues;
  auto cfg = parse_config(yaml, ".practrack.yml", issues);
  ASSERT_TRUE(cfg.ok()) << (issues.empty()
                                ? cfg.error()
                                : std::to_string(issues[0].line) + ": " + issues[0].message);
  EXPECT_TRUE(issues.empty());
  // One attestation per distinct practice: 109 rows less 2 duplicates.
  ASSERT_EQ(cfg->attest.size(), 107u);
  std::map<std::string, const AttestEntry*> att;
  for (const auto& a : cfg->attest) att[a.practice] = &a;
  for (const auto& row : r.rows) {
    if (row.duplicate_of) continue;
    ASSERT_TRUE(att.count(row.practice)) << row.practice;
    EXPECT_EQ(att[row.practice]->attestation.status, *row.row.status) << row.practice;
    EXPECT_EQ(att[row.practice]->attestation.note, row.row.notes);
    EXPECT_EQ(att[row.practice]->attestation.owner, "alice");
    EXPECT_EQ(att[row.practice]->attestation.date, "2026-02-17");
  }
  ASSERT_EQ(cfg->practices.size(), 1u);
  EXPECT_EQ(cfg->practices[0].category, "documentation");
  EXPECT_EQ(cfg->decisions.size(), 9u);
  EXPECT_EQ(cfg->decisions[8].decision, "Branching: main / staging / claude/*");
  EXPECT_NE(yaml.find("109 rows: 108 mapped to catalog practices, 1 custom"), std::string::npos);
}

TEST(TrackerImport, HostileTextStaysInsideQuotes) {
  auto doc = parse_tracker(
      "Updated as of 2026-01-01\n## 1. Odd Things\n| Practice | Status | Notes |\n|---|---|---|\n"
      "| Weird: \"x\" # y | Adopted | line\\ note: {a: b} |\n");
  ASSERT_TRUE(doc.ok());
  ImportResult r = import_tracker(*doc);
  std::vector<ConfigIssue> issues;
  auto cfg = parse_config(import_yaml(*doc, r, {"o\"wner", "", "x"}), "x", issues);
  ASSERT_TRUE(cfg.ok()) << (issues.empty() ? cfg.error() : issues[0].message);
  ASSERT_EQ(cfg->practices.size(), 1u);
  EXPECT_EQ(cfg->practices[0].name, "Weird: \"x\" # y");
  EXPECT_EQ(cfg->practices[0].category, "odd-things");
  EXPECT_EQ(cfg->attest[0].attestation.note, "line\\ note: {a: b}");
  EXPECT_EQ(cfg->attest[0].attestation.owner, "o\"wner");
}

}  // namespace practrack
