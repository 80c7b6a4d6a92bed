#include <gtest/gtest.h>

#include "util/terminal.h"
#include "util/text.h"

namespace practrack {

TEST(Text, Utf8ValidationAndRepair) {
  EXPECT_TRUE(text::valid_utf8("plain ascii"));
  EXPECT_TRUE(text::valid_utf8("caf\xC3\xA9"));
  EXPECT_FALSE(text::valid_utf8("bad \xC3"));
  EXPECT_FALSE(text::valid_utf8("overlong \xC0\xAF"));
  EXPECT_EQ(text::sanitize_utf8("a\xFFz"), "a\xEF\xBF\xBDz");
}

TEST(Text, BinaryByContent) {
  EXPECT_TRUE(text::looks_binary(std::string("ELF\0\1", 5)));
  EXPECT_FALSE(text::looks_binary("#!/bin/sh\necho hi\n"));
}

TEST(Text, LinesAndLineNumbers) {
  auto ls = text::lines("a\r\nb\n\nc");
  ASSERT_EQ(ls.size(), 4u);
  EXPECT_EQ(ls[0], "a");
  EXPECT_EQ(ls[3], "c");
  EXPECT_EQ(text::find_line("one\ntwo\nthree", "three"), 3);
  EXPECT_EQ(text::find_line("one", "zzz"), 0);
}

TEST(Text, ClosestSuggestsNearNames) {
  EXPECT_EQ(text::closest("ci-cachng", {"ci-caching", "linting"}), "ci-caching");
  EXPECT_EQ(text::closest("zzzzzzzz", {"ci-caching", "linting"}), "");
  // A whole part of a name beats a near spelling of another (trial: e2e -> git).
  EXPECT_EQ(text::closest("e2e", {"git", "e2e-tests", "unit-tests"}), "e2e-tests");
  EXPECT_EQ(text::closest("caching", {"ci-caching", "ci-caches-all"}), "ci-caching");
  EXPECT_EQ(text::closest("est", {"git", "e2e-tests"}), "git");  // not a part: spelling
}

TEST(Terminal, FitPadsAndCutsByCodePoint) {
  EXPECT_EQ(term::fit("ab", 4), "ab  ");
  EXPECT_EQ(term::display_width(term::fit("héllo world", 5)), 5u);
  EXPECT_EQ(term::display_width("\033[31mred\033[0m"), 3u);
}

TEST(Text, IContainsFoldsAsciiCaseOnly) {
  EXPECT_TRUE(text::icontains("src/CMD/Main.go", "cmd/main"));
  EXPECT_TRUE(text::icontains("abc", ""));
  EXPECT_TRUE(text::icontains("ABC", "abc"));
  EXPECT_TRUE(text::icontains("xxaBcx", "ABC"));
  EXPECT_FALSE(text::icontains("ab", "abc"));
  EXPECT_FALSE(text::icontains("a-b-c", "abc"));
  EXPECT_FALSE(text::icontains("aab", "abb"));
  EXPECT_TRUE(text::icontains("aabb", "abb"));
  EXPECT_FALSE(text::icontains("[]", "{}"));  // '[' and '{' differ by 32 but are no letters
}

}  // namespace practrack
