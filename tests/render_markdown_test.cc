// The Markdown tracker: layout of the reference, counts that add up to
// the rows, escaping, priorities.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>

#include "render/priorities.h"
#include "render/render.h"
#include "render_fixture.h"
#include "util/text.h"

namespace practrack {
namespace {

// Cells of a table line, splitting on pipes that are not escaped.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cur += "\\|";
      ++i;
    } else if (line[i] == '|') {
      out.push_back(std::string(text::trim(cur)));
      cur.clear();
    } else {
      cur += line[i];
    }
  }
  // A line "| a | b |" gives "", a, b and a trailing "" that is dropped.
  if (!out.empty()) out.erase(out.begin());
  return out;
}

std::string strip_bold(std::string s) {
  if (s.size() > 4 && s.starts_with("**") && s.ends_with("**")) return s.substr(2, s.size() - 4);
  return s;
}

struct Parsed {
  std::map<std::string, Tally> rows;     // counted from the category tables
  std::map<std::string, Tally> summary;  // as printed in the summary
  std::vector<std::string> sections;
  std::string overall;
  int cells_per_row_min = 99, cells_per_row_max = 0;
};

void add_summary_row(Parsed& p, const std::vector<std::string>& c) {
  ASSERT_EQ(c.size(), 6u);
  Tally t;
  t.adopted = std::stoi(strip_bold(c[1]));
  t.partial = std::stoi(strip_bold(c[2]));
  t.not_started = std::stoi(strip_bold(c[3]));
  t.not_applicable = std::stoi(strip_bold(c[4]));
  EXPECT_EQ(std::stoi(strip_bold(c[5])), t.total()) << c[0];
  p.summary[strip_bold(c[0])] = t;
}

Parsed parse(const std::string& md) {
  Parsed p;
  std::string section;
  bool in_summary = false;
  std::istringstream in(md);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## ")) {
      in_summary = line == "## Summary";
      static const std::regex numbered(R"(## \d+\. (.*))");
      std::smatch m;
      section = std::regex_match(line, m, numbered) ? m[1].str() : "";
      if (!section.empty()) p.sections.push_back(section);
      continue;
    }
    if (line.starts_with("**Overall adoption:")) p.overall = line;
    if (!line.starts_with("| ") || line.starts_with("|--")) continue;
    auto c = cells(line);
    if (c.empty() || c[0] == "Practice" || c[0] == "Category") continue;
    if (in_summary) {
      add_summary_row(p, c);
    } else if (!section.empty()) {
      p.cells_per_row_min = std::min<int>(p.cells_per_row_min, static_cast<int>(c.size()));
      p.cells_per_row_max = std::max<int>(p.cells_per_row_max, static_cast<int>(c.size()));
      auto st = parse_status(c[1]);
      EXPECT_TRUE(st.has_value()) << line;
      if (st) p.rows[section].add(*st);
    }
  }
  return p;
}

void expect_same(const Tally& a, const Tally& b, const std::string& what) {
  EXPECT_EQ(a.adopted, b.adopted) << what;
  EXPECT_EQ(a.partial, b.partial) << what;
  EXPECT_EQ(a.not_started, b.not_started) << what;
  EXPECT_EQ(a.not_applicable, b.not_applicable) << what;
}

void expect_summary_matches_rows(const Report& report) {
  Parsed p = parse(render_markdown(report, {}));
  EXPECT_EQ(p.cells_per_row_min, 3);
  EXPECT_EQ(p.cells_per_row_max, 3);
  Tally sum;
  for (const auto& [title, t] : p.rows) {
    ASSERT_TRUE(p.summary.count(title)) << title;
    expect_same(p.summary[title], t, title);
    sum.adopted += t.adopted;
    sum.partial += t.partial;
    sum.not_started += t.not_started;
    sum.not_applicable += t.not_applicable;
  }
  EXPECT_EQ(p.summary.size(), p.rows.size() + 1);  // + Total
  expect_same(p.summary["Total"], sum, "Total");
  expect_same(sum, report.tally(), "report tally");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(p.overall, m, std::regex(R"((\d+)/(\d+) practices adopted)")))
      << p.overall;
  EXPECT_EQ(std::stoi(m[1]), sum.adopted);
  EXPECT_EQ(std::stoi(m[2]), sum.applicable());
}

TEST(RenderMarkdown, SummaryCountsEqualTheRowsOfTheSample) {
  expect_summary_matches_rows(fixture::sample_report());
}

TEST(RenderMarkdown, SummaryCountsEqualTheRowsOfAFullCatalog) {
  Report r = fixture::full_report();
  expect_summary_matches_rows(r);
  Parsed p = parse(render_markdown(r, {}));
  EXPECT_EQ(p.sections.size(), categories().size());
  EXPECT_EQ(p.sections.front(), "Source Control & Branching");
}

TEST(RenderMarkdown, FollowsTheReferenceLayout) {
  std::string md = render_markdown(fixture::sample_report(), {});
  EXPECT_TRUE(md.starts_with("# DevOps Practices Tracker\n")) << md.substr(0, 80);
  EXPECT_NE(md.find("**demo-app**"), std::string::npos);
  EXPECT_NE(md.find("Updated as of 2026-02-17 — commit 0123456 (working tree)"),
            std::string::npos);
  // A commit scanned from the object store is dated by the commit.
  Report committed = fixture::sample_report();
  committed.meta.source = "commit";
  committed.meta.commit_time = 1700000000;  // 2023-11-14
  EXPECT_NE(render_markdown(committed, {}).find("Updated as of 2023-11-14 — commit 0123456.\n"),
            std::string::npos);
  EXPECT_NE(md.find("**Legend:** Adopted / Partial / Not Started / N/A"), std::string::npos);
  EXPECT_NE(md.find("## 1. Source Control & Branching\n\n| Practice | Status | Notes |"),
            std::string::npos);
  EXPECT_NE(md.find("| Git version control | Adopted | Git repo with `origin` on github.com |"),
            std::string::npos);
  EXPECT_NE(md.find("| Docker Compose orchestration | N/A |"), std::string::npos);
  EXPECT_NE(md.find("| **Total** | **4** | **2** | **3** | **1** | **10** |"), std::string::npos);
  EXPECT_NE(md.find("**Overall adoption: 4/9 practices adopted (44%), 2 partial (22%), "
                    "3 not started (33%); 1 not applicable**"),
            std::string::npos);
  EXPECT_NE(md.find("2 files could not be read or parsed"), std::string::npos);
}

TEST(RenderMarkdown, PipesNewlinesAndInvalidUtf8InNotesAreEscaped) {
  std::string md = render_markdown(fixture::sample_report(), {});
  EXPECT_TRUE(text::valid_utf8(md));
  EXPECT_NE(md.find("No cache \\| between runs \xEF\xBF\xBD\xEF\xBF\xBD in `ci/`"),
            std::string::npos);
  EXPECT_NE(md.find("Coverage measured<br>no threshold in CI"), std::string::npos);
  EXPECT_EQ(md.find('\x1b'), std::string::npos);
}

TEST(RenderMarkdown, HtmlFromTheRepositoryStaysText) {
  Report report = fixture::sample_report();
  report.assessments.front().note = "README says <script>alert(1)</script>; see `<version>`";
  std::string md = render_markdown(report, {});
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_NE(md.find("&lt;script>alert(1)&lt;/script>; see `<version>`"), std::string::npos);
  // So it does in the priorities' "current:" notes (trial 16).
  for (auto& a : report.assessments)
    if (a.id == "sast") a.note = "job t|<script>alert(1)</script>";
  md = render_markdown(report, {});
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_NE(md.find("(current: job t\\|&lt;script>alert(1)&lt;/script>)"), std::string::npos) << md;
}

TEST(RenderMarkdown, PrioritiesRankByWeightThenCatalogOrder) {
  Report r = fixture::full_report();
  auto rows = render::top_priorities(r);
  ASSERT_EQ(rows.size(), 10u);
  std::map<std::string_view, std::size_t> order;
  for (std::size_t i = 0; i < practices().size(); ++i) order[practices()[i].id] = i;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Status s = rows[i].assessment->status;
    EXPECT_TRUE(s == Status::not_started || s == Status::partial) << rows[i].practice->id;
    if (i == 0) continue;
    const Practice* a = rows[i - 1].practice;
    const Practice* b = rows[i].practice;
    EXPECT_TRUE(a->weight > b->weight || (a->weight == b->weight && order[a->id] < order[b->id]))
        << a->id << " before " << b->id;
  }
  // Nothing left out outranks the last one taken.
  int last = rows.back().practice->weight;
  for (const auto& a : r.assessments) {
    bool open = a.status == Status::not_started || a.status == Status::partial;
    bool taken = false;
    for (const auto& row : rows) taken |= row.assessment == &a;
    if (open && !taken) {
      EXPECT_LE(find_practice(a.id)->weight, last) << a.id;
    }
  }
}

TEST(RenderMarkdown, PrioritiesSectionListsHowToAndCurrentNote) {
  std::string md = render_markdown(fixture::sample_report(), {});
  auto at = md.find("### Top Priorities for DevOps Improvement\n\n");
  ASSERT_NE(at, std::string::npos);
  std::string rest = md.substr(at);
  EXPECT_NE(rest.find(render::kPriorityRule), std::string::npos);
  // branch-protection (4, partial) and sast (4) outrank coverage-gate (3),
  // ci-caching (3) and monorepo (1); equal weights keep catalog order.
  auto pos = [&rest](std::string_view s) { return rest.find(s); };
  EXPECT_NE(pos("1. **Branch protection rules** — "), std::string::npos);
  EXPECT_NE(pos("2. **SAST (static analysis security)** — "), std::string::npos);
  EXPECT_NE(pos("3. **CI caching** — "), std::string::npos);
  EXPECT_NE(pos("4. **Coverage thresholds/gates** — "), std::string::npos);
  EXPECT_NE(pos("5. **Monorepo structure** — "), std::string::npos);
  EXPECT_EQ(pos("6. "), std::string::npos);
  EXPECT_NE(pos("(current: No Bandit, Semgrep, etc.)"), std::string::npos);
}

TEST(RenderMarkdown, NoPrioritiesOrDiagnosticsWhenAllAdopted) {
  Report r = fixture::sample_report();
  for (auto& a : r.assessments) a.status = Status::adopted;
  r.diagnostics.clear();
  std::string md = render_markdown(r, {});
  EXPECT_EQ(md.find("Top Priorities"), std::string::npos);
  EXPECT_EQ(md.find("could not be read"), std::string::npos);
  EXPECT_NE(md.find("10/10 practices adopted (100%)"), std::string::npos);
}

}  // namespace
}  // namespace practrack
