// --format html: one self-contained page. It is well-formed (parsed here
// as XML), has a row per practice and counts that add up, and text from the
// scanned repository never becomes markup.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "render/html_render.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

Report sample() {
  MemoryTree t;
  t.add("README.md", "# x\n\n## Install\n\n`pip install x`\n");
  t.add(".gitlab-ci.yml",
        "test:\n  script: [\"pytest\"]\n  # <script>alert(1)</script>\n"
        "\"<img src=x onerror=alert(1)>\":\n  script: [make]\n");
  t.add("tests/test_a.py", "def test_a():\n    assert True\n");
  return test_support::scan_memory(t);
}

TEST(HtmlRender, AWellFormedPageWithEveryPractice) {
  Report report = sample();
  std::string page = render_html(report, {});
  EXPECT_TRUE(text::starts_with(page, "<!DOCTYPE html>")) << page.substr(0, 60);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(page.data(), page.size());
  ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset << ": "
                      << page.substr(parsed.offset > 80 ? parsed.offset - 80 : 0, 160);
  auto rows = doc.select_nodes("//tr[@id]");
  EXPECT_EQ(rows.size(), report.assessments.size());
  EXPECT_EQ(doc.select_nodes("//script").size(), 0u);
  EXPECT_EQ(doc.select_nodes("//img").size(), 0u);
  // The summary's total row counts every practice once.
  auto total = doc.select_node("//table[1]/tr[last()]/td[last()]").node();
  EXPECT_EQ(std::string(total.child_value("b")), std::to_string(report.assessments.size()));
}

TEST(HtmlRender, CodeSpansOfNotesAreCode) {
  Report report = sample();
  for (auto& a : report.assessments)
    if (a.id == "readme") a.note = "`README.md` has `<b>` and a stray ` tick";
  std::string page = render_html(report, {});
  EXPECT_NE(page.find("<code>README.md</code> has <code>&lt;b&gt;</code> and a stray ` tick"),
            std::string::npos);
}

TEST(HtmlRender, TextFromTheRepositoryIsEscaped) {
  Report report = sample();
  for (auto& a : report.assessments)
    if (a.id == "readme") a.note = "<script>alert('x')</script> & \"quoted\"";
  std::string page = render_html(report, {});
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"),
            std::string::npos);
}

}  // namespace
}  // namespace practrack
