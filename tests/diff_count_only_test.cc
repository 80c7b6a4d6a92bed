// Regression (new-user trial 6): `diff A B` listed as "changed" a practice
// whose status and evidence stayed and whose note moved only in a count
// ("12 test files" -> "13 test files"). Such changes are left out unless
// asked for (-v).
#include <gtest/gtest.h>

#include <algorithm>

#include "history/change_render.h"
#include "history/compare.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::scan_memory;

MemoryTree with_tests(int n) {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"x\"\nversion = \"1.0.0\"\n");
  for (int i = 0; i < n; ++i)
    t.add("tests/test_m" + std::to_string(10 + i) + ".py",
          "def test_a():\n    pass\n\ndef test_b():\n    pass\n");
  return t;
}

const PracticeChange* change_of(const std::vector<PracticeChange>& cs, std::string_view id) {
  auto it = std::find_if(cs.begin(), cs.end(), [&](const auto& c) { return c.id == id; });
  return it == cs.end() ? nullptr : &*it;
}

TEST(DiffCountOnly, ANoteThatMovesOnlyInACountIsCountOnly) {
  auto changes = compare_reports(scan_memory(with_tests(12)), scan_memory(with_tests(13)));
  const PracticeChange* unit = change_of(changes, "unit-tests");
  ASSERT_NE(unit, nullptr);
  EXPECT_NE(unit->note_before, unit->note_after);
  EXPECT_TRUE(count_only(*unit)) << unit->note_before << " -> " << unit->note_after;
}

TEST(DiffCountOnly, StatusOrWordsChangingIsNot) {
  PracticeChange c;
  c.kind = PracticeChange::Kind::changed;
  c.before = c.after = Status::adopted;
  c.note_before = "12 test files, 24 test functions (pytest)";
  c.note_after = "13 test files, 1,026 test functions (pytest)";
  EXPECT_TRUE(count_only(c));
  c.note_after = "13 test files, 26 test functions (pytest, hypothesis)";
  EXPECT_FALSE(count_only(c));
  c.note_after = c.note_before;
  c.after = Status::partial;
  c.kind = PracticeChange::Kind::lost;
  EXPECT_FALSE(count_only(c));
  c.after = Status::adopted;
  c.kind = PracticeChange::Kind::changed;
  c.note_after = "13 test files, 26 test functions (pytest)";
  c.appeared.push_back(Evidence{"tests/test_x.py", 1, "def test_a():"});
  EXPECT_FALSE(count_only(c));
}

TEST(DiffCountOnly, RenderersSayHowManyWereLeftOut) {
  DiffHeader h{"a", "b", 2};
  EXPECT_NE(render_diff_table(h, {}).find("(2 more changed only in a count in the note; -v lists "
                                          "them)"),
            std::string::npos);
  EXPECT_NE(render_diff_md(h, {}).find("2 more changed only in a count"), std::string::npos);
  EXPECT_NE(render_diff_json(h, {}).find("\"count_only_hidden\": 2"), std::string::npos);
  EXPECT_EQ(render_diff_table(DiffHeader{"a", "b"}, {}).find("count"), std::string::npos);
}

}  // namespace
}  // namespace practrack
