// What each probe asks of the listing is logged per probe row, so that a
// history knows which probes a path that comes or goes concerns
// (scan/context.h ListingUse, history/incremental_scan.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "scan/context.h"
#include "util/parallel.h"

namespace practrack {
namespace {

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(ListingUse, EachProbeRowKeepsWhatItAskedOfTheListing) {
  MemoryTree tree;
  tree.add("README.md", "# Demo\n");
  tree.add("docs/guide.md", "# Guide\n");
  tree.add(".github/workflows/ci.yml", "on: push\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  ctx.log_readers();
  t_task_tag = 3;
  EXPECT_EQ(ctx.glob("docs/*.md").size(), 1u);
  EXPECT_EQ(ctx.glob("docs/*.md").size(), 1u);  // asked twice, kept once
  EXPECT_NE(ctx.find("README.md"), nullptr);
  t_task_tag = 5;
  EXPECT_EQ(ctx.own_files().size(), 3u);
  t_task_tag = -1;  // outside any probe: not logged
  EXPECT_EQ(ctx.glob("**/*.yml").size(), 1u);
  ListingUses uses = ctx.take_listing_uses();
  ASSERT_EQ(uses.size(), static_cast<std::size_t>(kMaxProbes));
  EXPECT_EQ(uses[3].patterns, std::vector<std::string>{"docs/*.md"});
  EXPECT_EQ(uses[3].paths, std::vector<std::string>{"README.md"});
  EXPECT_FALSE(uses[3].whole);
  EXPECT_TRUE(uses[5].whole);
  EXPECT_TRUE(uses[5].patterns.empty());
  for (int row : {0, 4, 6}) {
    EXPECT_FALSE(uses[static_cast<std::size_t>(row)].whole);
    EXPECT_TRUE(uses[static_cast<std::size_t>(row)].patterns.empty());
  }
}

TEST(ListingUse, ConcernsThePathsItsGlobsFindsOrWalksCouldSee) {
  ListingUse use;
  use.patterns = {"{.github,.gitea}/workflows/*.{yml,yaml}", "docs/**/*.md"};
  use.paths = {"CHANGELOG.md"};
  EXPECT_TRUE(use.concerns(".gitea/workflows/ci.yaml"));
  EXPECT_TRUE(use.concerns("docs/a/b/c.md"));
  EXPECT_TRUE(use.concerns("CHANGELOG.md"));
  EXPECT_FALSE(use.concerns("src/CHANGELOG.md"));
  EXPECT_FALSE(use.concerns(".github/workflows/README.md"));
  EXPECT_FALSE(use.concerns("src/app.py"));
  use.whole = true;
  EXPECT_TRUE(use.concerns("src/app.py"));
}

TEST(ListingUse, MergeKeepsEachPatternAndPathOnce) {
  ListingUse a, b;
  a.patterns = {"*.md"};
  a.paths = {"Makefile"};
  b.patterns = {"*.md", "*.yml"};
  b.paths = {"Makefile", "Dockerfile"};
  a.merge(b);
  EXPECT_EQ(a.patterns, (std::vector<std::string>{"*.md", "*.yml"}));
  EXPECT_EQ(a.paths, (std::vector<std::string>{"Makefile", "Dockerfile"}));
  EXPECT_FALSE(a.whole);
  b.whole = true;
  a.merge(b);
  EXPECT_TRUE(a.whole);
  EXPECT_TRUE(has(a.patterns, "*.yml"));
}

}  // namespace
}  // namespace practrack
