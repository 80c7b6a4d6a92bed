// Regression (new-user trial 6): `practrack explain` printed criteria that
// contradicted the status it explained: binary-artifacts Partial beside
// "Partial when: (no partial state)", secrets-excluded Partial for "no
// ignore rule, nothing found" beside "Partial when: ignored but something
// was found".
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "render/render.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::scan_memory;

std::string explain(const MemoryTree& t, std::string_view id) {
  return render_explain(scan_memory(t), id, RenderOptions{});
}

TEST(ExplainCriteria, VendoredBinariesArePartialByTheCatalog) {
  MemoryTree t;
  t.add("tests/data/sherlock.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) + "data");
  Report r = scan_memory(t);
  ASSERT_EQ(r.find("binary-artifacts")->status, Status::partial)
      << r.find("binary-artifacts")->note;
  std::string out = explain(t, "binary-artifacts");
  EXPECT_EQ(out.find("(no partial state)"), std::string::npos) << out;
  EXPECT_NE(out.find("only in vendored or test-data folders"), std::string::npos) << out;
}

TEST(ExplainCriteria, NothingFoundButNothingIgnoredIsInThePartialCriteria) {
  MemoryTree t;
  t.add("app.py", "print('hello')\n");
  Report r = scan_memory(t);
  ASSERT_EQ(r.find("secrets-excluded")->status, Status::partial);
  std::string out = explain(t, "secrets-excluded");
  EXPECT_NE(out.find("nothing found but no ignore rule"), std::string::npos) << out;
}

// Every practice that can be partial says when in the catalog; these two
// were the ones whose rules return partial without it.
TEST(ExplainCriteria, PartialPracticesHaveAPartialCriterion) {
  for (std::string_view id : {"binary-artifacts", "secrets-excluded"})
    EXPECT_FALSE(find_practice(id)->partial.empty()) << id;
}

}  // namespace
}  // namespace practrack
