// Regression (trial 10): `diff A B` listed "changed ci-on-push adopted →
// adopted" among the status changes when only the note or evidence moved;
// real status changes did not stand out. They are now counted and listed
// apart, after the status changes.
#include <gtest/gtest.h>

#include "history/change_render.h"
#include "history/compare.h"
#include "util/text.h"

namespace practrack {
namespace {

PracticeChange change(std::string id, Status before, Status after, PracticeChange::Kind kind) {
  PracticeChange c;
  c.id = std::move(id);
  c.kind = kind;
  c.before = before;
  c.after = after;
  c.note_before = "old note";
  c.note_after = "new note";
  return c;
}

TEST(DiffSameStatus, NoteOnlyChangesAreListedApartAfterStatusChanges) {
  using K = PracticeChange::Kind;
  std::vector<PracticeChange> cs = {
      change("ci-on-push", Status::adopted, Status::adopted, K::changed),
      change("linting", Status::partial, Status::adopted, K::gained),
      change("iac", Status::adopted, Status::not_applicable, K::changed)};
  EXPECT_TRUE(same_status(cs[0]));
  EXPECT_FALSE(same_status(cs[2]));
  std::string out = render_diff_table(DiffHeader{"a", "b"}, cs);
  EXPECT_TRUE(text::contains(out, "a → b: 1 gained, 0 lost, 1 changed; 1 kept their status"))
      << out;
  std::size_t heading = out.find("Same status, new note or evidence:");
  ASSERT_NE(heading, std::string::npos) << out;
  EXPECT_GT(out.find("ci-on-push"), heading) << out;
  EXPECT_LT(out.find("changed  iac"), heading) << out;
  EXPECT_LT(out.find("gained   linting"), heading) << out;
}

TEST(DiffSameStatus, NoHeadingWithoutThem) {
  std::vector<PracticeChange> cs = {
      change("linting", Status::partial, Status::adopted, PracticeChange::Kind::gained)};
  std::string out = render_diff_table(DiffHeader{"a", "b"}, cs);
  EXPECT_FALSE(text::contains(out, "Same status")) << out;
  EXPECT_TRUE(text::contains(out, "1 gained, 0 lost, 0 changed\n")) << out;
}

}  // namespace
}  // namespace practrack
