#include <gtest/gtest.h>

#include "util/glob.h"

namespace practrack {

TEST(Glob, StarStopsAtSlash) {
  EXPECT_TRUE(glob_match("*.yml", "a.yml"));
  EXPECT_FALSE(glob_match("*.yml", "dir/a.yml"));
  EXPECT_TRUE(glob_match(".github/workflows/*.yml", ".github/workflows/ci.yml"));
}

TEST(Glob, DoubleStarCrossesDirectories) {
  EXPECT_TRUE(glob_match("**/Dockerfile", "Dockerfile"));
  EXPECT_TRUE(glob_match("**/Dockerfile", "a/b/Dockerfile"));
  EXPECT_FALSE(glob_match("**/Dockerfile", "a/b/Dockerfile.dev"));
  EXPECT_TRUE(glob_match("docs/**", "docs/a/b.md"));
}

TEST(Glob, AlternativesAndQuestionMark) {
  EXPECT_TRUE(glob_match("*.{yml,yaml}", "x.yaml"));
  EXPECT_TRUE(glob_match("*.{yml,yaml}", "x.yml"));
  EXPECT_FALSE(glob_match("*.{yml,yaml}", "x.json"));
  EXPECT_TRUE(glob_match("file?.txt", "file1.txt"));
  EXPECT_FALSE(glob_match("file?.txt", "file/.txt"));
}

TEST(Glob, FullPathNotBasename) {
  // A security.md deep in a vendored folder is not the project's policy.
  EXPECT_FALSE(glob_match("SECURITY.md", "vendor/lib/SECURITY.md"));
}

}  // namespace practrack
