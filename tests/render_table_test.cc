// The terminal table, explain and the catalog listing: widths, colour,
// quiet mode, and that untrusted text cannot drive the terminal.
#include <gtest/gtest.h>

#include <sstream>

#include "render/render.h"
#include "render_fixture.h"
#include "util/terminal.h"
#include "util/text.h"

namespace practrack {
namespace {

RenderOptions opts(int width, bool color = false, bool quiet = false) {
  RenderOptions o;
  o.width = width;
  o.color = color;
  o.quiet = quiet;
  return o;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void expect_fits(const std::string& out, int width) {
  for (const auto& line : lines_of(out))
    EXPECT_LE(term::display_width(line), static_cast<std::size_t>(width))
        << "width " << width << ": " << line;
}

TEST(RenderTable, LinesNeverExceedTheWidth) {
  for (int width : {20, 40, 60, 80, 120, 160}) {
    for (bool color : {false, true}) {
      expect_fits(render_table(fixture::sample_report(), opts(width, color)), width);
      expect_fits(render_table(fixture::full_report(), opts(width, color)), width);
      expect_fits(render_table(fixture::full_report(), opts(width, color, true)), width);
    }
  }
}

// A pipe or a file gets whole notes (trial 7: cut even in `| grep`).
TEST(RenderTable, FullNotesAreNotCut) {
  Report r = fixture::sample_report();
  r.assessments[0].note = std::string(200, 'x') + " end";
  RenderOptions o = opts(80);
  o.full_notes = true;
  std::string out = render_table(r, o);
  EXPECT_NE(out.find(std::string(200, 'x') + " end"), std::string::npos) << out;
  EXPECT_EQ(out.find("xxx…"), std::string::npos);
}

TEST(RenderTable, RowsAreAlignedAndNotesCutWithAnEllipsis) {
  Report r = fixture::sample_report();
  r.assessments[0].note = std::string(200, 'x') + " end";
  std::string out = render_table(r, opts(80));
  std::size_t status_col = std::string::npos;
  for (const auto& line : lines_of(out)) {
    if (!line.starts_with("  ") || line.find("Adopted") == std::string::npos) continue;
    if (line.find("Total") != std::string::npos || line.find("Category") != std::string::npos)
      continue;
    std::size_t col = line.find("Adopted");
    if (status_col == std::string::npos) status_col = col;
    EXPECT_EQ(col, status_col) << line;
  }
  EXPECT_NE(out.find("xxx…"), std::string::npos);
  EXPECT_EQ(out.find(" end"), std::string::npos);
}

TEST(RenderTable, ColourOnlyWhenAskedAndNeverFromNotes) {
  std::string plain = render_table(fixture::sample_report(), opts(100));
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  std::string color = render_table(fixture::sample_report(), opts(100, true));
  EXPECT_NE(color.find("\x1b[32mAdopted"), std::string::npos);
  EXPECT_NE(color.find("\x1b[33mPartial"), std::string::npos);
  EXPECT_NE(color.find("\x1b[31mNot Started"), std::string::npos);
  EXPECT_NE(color.find("\x1b[2mN/A"), std::string::npos);
  // The note's own escape sequences are gone.
  EXPECT_EQ(color.find("\x1b[2J"), std::string::npos);
  EXPECT_NE(color.find("Single component[2J[31m only"), std::string::npos);
  EXPECT_TRUE(text::valid_utf8(color));
}

TEST(RenderTable, QuietIsTheOverallLineOnly) {
  std::string out = render_table(fixture::sample_report(), opts(160, false, true));
  EXPECT_EQ(out,
            "Overall adoption: 4/9 adopted (44%), 2 partial (22%), 3 not started (33%), "
            "1 not applicable\n");
  std::string narrow = render_table(fixture::sample_report(), opts(40, false, true));
  EXPECT_GT(lines_of(narrow).size(), 1u);
  expect_fits(narrow, 40);
}

TEST(RenderTable, SummaryCountsPerCategory) {
  std::string out = render_table(fixture::sample_report(), opts(100));
  bool found = false;
  for (const auto& line : lines_of(out)) {
    if (!line.starts_with("  Source Control & Branching")) continue;
    found = true;
    std::istringstream nums(line.substr(28));
    int a, p, n, na, t;
    nums >> a >> p >> n >> na >> t;
    EXPECT_EQ(a, 1);
    EXPECT_EQ(p, 1);
    EXPECT_EQ(n, 1);
    EXPECT_EQ(na, 0);
    EXPECT_EQ(t, 3);
  }
  EXPECT_TRUE(found) << out;
  EXPECT_NE(out.find("2 files could not be read"), std::string::npos);
}

TEST(RenderTable, TitleDatesACommitByTheCommit) {
  Report worktree = fixture::sample_report();
  RenderOptions o;
  o.width = 120;
  std::string first = render_table(worktree, o).substr(0, 80);
  EXPECT_NE(first.find("(working tree), 2026-02-17"), std::string::npos) << first;
  Report committed = fixture::sample_report();
  committed.meta.source = "commit";
  committed.meta.commit_time = 1700000000;  // 2023-11-14
  first = render_table(committed, o).substr(0, 80);
  EXPECT_NE(first.find("commit 0123456 of 2023-11-14\n"), std::string::npos) << first;
}

TEST(RenderTable, EmptyReportStillHasASummary) {
  Report r;
  std::string out = render_table(r, opts(80));
  EXPECT_NE(out.find("Overall adoption: 0/0 adopted (0%)"), std::string::npos) << out;
  expect_fits(out, 80);
  std::string md = render_markdown(r, {});
  EXPECT_NE(md.find("| **Total** | **0** | **0** | **0** | **0** | **0** |"), std::string::npos);
  EXPECT_EQ(md.find("Top Priorities"), std::string::npos);
  std::string json = render_json(r, {});
  EXPECT_NE(json.find("\"practices\": []"), std::string::npos) << json;
}

TEST(RenderTable, LongUnknownIdIsCutNotOverflowing) {
  Report r = fixture::sample_report();
  Assessment a;
  a.id = std::string(60, 'z');
  a.status = Status::partial;
  a.note = "note";
  r.assessments.push_back(a);
  std::string out = render_table(r, opts(80));
  expect_fits(out, 80);
  EXPECT_NE(out.find(std::string(27, 'z') + "…"), std::string::npos) << out;
}

TEST(RenderExplain, ShowsCriteriaStatusEveryEvidenceAndHowTo) {
  std::string out = render_explain(fixture::sample_report(), "ci-on-push", opts(100));
  const Practice* p = find_practice("ci-on-push");
  EXPECT_TRUE(out.starts_with("ci-on-push — CI pipeline on every push\n"));
  EXPECT_NE(out.find("Continuous Integration (ci)"), std::string::npos);
  EXPECT_NE(out.find("5 of 5"), std::string::npos);
  EXPECT_NE(out.find(std::string(p->adopted.substr(0, 30))), std::string::npos);
  EXPECT_NE(out.find("  .gitlab-ci.yml:1  stages:\n"), std::string::npos);
  EXPECT_NE(out.find("  .gitlab-ci.yml:2  - lint\n"), std::string::npos);
  EXPECT_NE(out.find("`.gitlab-ci.yml` — 7 stages"), std::string::npos);
  EXPECT_NE(out.find(std::string(p->howto.substr(0, 20))), std::string::npos);
  expect_fits(out, 100);
}

TEST(RenderExplain, NotAssessedAndAttestationAreSaid) {
  std::string missing = render_explain(fixture::sample_report(), "fuzzing", opts(80));
  EXPECT_NE(missing.find("not assessed"), std::string::npos);
  std::string attest = render_explain(fixture::sample_report(), "branch-protection", opts(80));
  EXPECT_NE(attest.find("attest it in config"), std::string::npos);
  std::string none = render_explain(fixture::sample_report(), "sast", opts(80));
  EXPECT_NE(none.find("(none)"), std::string::npos);
}

TEST(RenderCatalog, TableAndMarkdownListEveryPractice) {
  std::string table = render_catalog_table(opts(80));
  std::string md = render_catalog_markdown();
  expect_fits(table, 80);
  for (const auto& p : practices()) {
    EXPECT_NE(table.find("  " + std::string(p.id) + " "), std::string::npos) << p.id;
    EXPECT_NE(md.find("| `" + std::string(p.id) + "` |"), std::string::npos) << p.id;
  }
  std::size_t headings = 0;
  for (const auto& line : lines_of(md)) headings += line.starts_with("## ");
  EXPECT_EQ(headings, categories().size());
}

}  // namespace
}  // namespace practrack
