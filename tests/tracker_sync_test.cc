#include "tracker/tracker_sync.h"

#include <gtest/gtest.h>

#include <fstream>

#include "scan/scanner.h"
#include "tracker/tracker_doc.h"
#include "tracker/tracker_lint.h"
#include "tree/tree.h"

namespace practrack {
namespace {

std::string reference_text() {
  auto text =
      read_tracker_file(std::string(PRACTRACK_SOURCE_DIR) + "/tests/data/DEVOPS-reference.md");
  EXPECT_TRUE(text.ok());
  return text.ok() ? *text : "";
}

// A report over a small tree, with a pinned date so runs agree.
Report small_report() {
  MemoryTree tree;
  tree.add("README.md", "# app\n\n## Install\n\nmake\n");
  tree.add(".gitlab-ci.yml", "test:\n  script: [pytest]\n");
  tree.add("tests/test_a.py", "def test_a():\n    assert True\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  Report report = scan_tree(ctx);
  report.meta.scanned_at = "2026-03-01T10:00:00Z";
  report.meta.commit = "0123456789abcdef0123456789abcdef01234567";
  report.decisions.push_back({"Secrets stay in `.env`", "No vault | needed", "ai/CLAUDE.md"});
  return report;
}

// The document's lines from..to (1-based, inclusive), with their ends.
std::string lines_of(const std::string& text, int from, int to) {
  std::string out;
  int n = 1;
  std::size_t start = 0;
  while (start < text.size() && n <= to) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    if (n >= from) out += text.substr(start, end - start);
    start = end;
    ++n;
  }
  return out;
}

}  // namespace

TEST(TrackerSync, FirstSyncMarksGeneratedPartsAndKeepsHumanText) {
  std::string ref = reference_text();
  auto parts = sync_parts(small_report());
  SyncResult first = sync_document(ref, parts);
  const std::string& out = first.text;
  // Title and intro, the cross-references, the coverage map subsection, the
  // decisions heading and its prose: kept byte for byte.
  for (auto [from, to] : std::vector<std::pair<int, int>>{{1, 5}, {7, 15}, {77, 96}, {264, 269}})
    EXPECT_NE(out.find(lines_of(ref, from, to)), std::string::npos)
        << "lines " << from << "-" << to;
  EXPECT_EQ(out.rfind(lines_of(ref, 1, 5), 0), 0u);  // still at the very start
  EXPECT_NE(out.find("<!-- practrack:begin header -->\n"
                     "Updated as of 2026-03-01 — commit 0123456"),
            std::string::npos);
  EXPECT_NE(out.find("<!-- practrack:begin category-testing -->\n## 4. Testing\n"),
            std::string::npos);
  EXPECT_NE(out.find("<!-- practrack:end summary -->"), std::string::npos);
  EXPECT_NE(out.find("| Secrets stay in `.env` | No vault \\| needed | ai/CLAUDE.md |\n"
                     "<!-- practrack:end decisions -->"),
            std::string::npos);
  // The old tables are gone: their rows are replaced, not duplicated.
  EXPECT_EQ(out.find("| Git version control | Adopted | Git repo with GitLab primary"),
            std::string::npos);
  EXPECT_EQ(out.find("| 90-day data retention |"), std::string::npos);
  EXPECT_EQ(first.replaced, static_cast<int>(parts.size()));
  EXPECT_EQ(first.added, 0);

  SyncResult second = sync_document(out, parts);
  EXPECT_EQ(second.text, out);  // idempotent

  // What sync wrote agrees with itself: lint finds nothing in the document.
  auto doc = parse_tracker(out);
  ASSERT_TRUE(doc.ok());
  for (const auto& f : lint_document(*doc, import_tracker(*doc)))
    ADD_FAILURE() << f.line << ": " << f.message;
}

TEST(TrackerSync, HumanEditsOutsideMarkersSurviveAndInsideAreRegenerated) {
  auto parts = sync_parts(small_report());
  std::string synced = sync_document(reference_text(), parts).text;
  std::string edited = "<!-- a note for people -->\n" + synced;
  std::size_t at = edited.find("## 4. Testing\n");
  ASSERT_NE(at, std::string::npos);
  edited.insert(at, "stale human edit inside a generated part\n");
  edited += "\n## Appendix\n\nWritten by hand.  \n";
  std::string again = sync_document(edited, parts).text;
  EXPECT_EQ(again.find("stale human edit"), std::string::npos);
  EXPECT_EQ(again,
            "<!-- a note for people -->\n" + synced + "\n## Appendix\n\nWritten by hand.  \n");
}

TEST(TrackerSync, MissingPartsAreAddedAndUnknownMarkersLeftAlone) {
  auto parts = sync_parts(small_report());
  std::string doc =
      "# Mine\n\n<!-- practrack:begin summary -->\nold\n<!-- practrack:end summary -->\n\n"
      "<!-- practrack:begin gone -->\nkept\n<!-- practrack:end gone -->\n";
  SyncResult r = sync_document(doc, parts);
  EXPECT_EQ(r.replaced, 1);
  EXPECT_EQ(r.added, static_cast<int>(parts.size()) - 1);
  EXPECT_NE(r.text.find("<!-- practrack:begin gone -->\nkept\n<!-- practrack:end gone -->\n"),
            std::string::npos);
  EXPECT_EQ(r.text.find("\nold\n"), std::string::npos);
  // Categories go before the summary.
  EXPECT_LT(r.text.find("practrack:begin category-"), r.text.find("practrack:begin summary"));
  EXPECT_EQ(sync_document(r.text, parts).text, r.text);
}

}  // namespace practrack
