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

bool markdown(std::string_view path) { return path.ends_with(".md"); }
bool yaml(std::string_view path) { return path.ends_with(".yml"); }

// A probe that walks the files through a filter sees only those paths, and
// only those concern it: a new source file runs no document probe again.
TEST(ListingUse, AFilteredWalkSeesAndConcernsOnlyThePathsItsFilterPasses) {
  MemoryTree tree;
  tree.add("README.md", "# Demo\n");
  tree.add("docs/guide.md", "# Guide\n");
  tree.add("node_modules/pkg/README.md", "# vendored\n");
  tree.add("src/app.py", "print(1)\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  ctx.log_readers();
  t_task_tag = 2;
  const auto& own = ctx.own_files(markdown);
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[0]->path, "README.md");
  EXPECT_EQ(own[1]->path, "docs/guide.md");
  EXPECT_EQ(&ctx.own_files(markdown), &own);  // filtered once per listing
  EXPECT_EQ(ctx.files(markdown).size(), 3u);  // every file, vendored too
  t_task_tag = 4;
  EXPECT_TRUE(ctx.own_files(yaml).empty());
  t_task_tag = -1;
  ListingUses uses = ctx.take_listing_uses();
  EXPECT_FALSE(uses[2].whole);
  EXPECT_EQ(uses[2].filters.size(), 1u);  // asked three times, kept once
  EXPECT_TRUE(uses[2].concerns("CHANGELOG.md"));
  EXPECT_FALSE(uses[2].concerns("src/cli.py"));
  EXPECT_TRUE(uses[4].concerns(".github/workflows/ci.yml"));
  EXPECT_FALSE(uses[4].concerns("docs/new.md"));
  ListingUse merged = uses[2];
  merged.merge(uses[4]);
  merged.merge(uses[4]);
  EXPECT_EQ(merged.filters.size(), 2u);
  EXPECT_TRUE(merged.concerns("a.yml") && merged.concerns("b.md"));
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
