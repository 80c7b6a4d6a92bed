// Regression (trial 9, htop-dev/htop): an awk colour check in a shell
// script run by CI, `/^(black|blue|green|...)$/`, made formatting adopted
// by "black": the '|' of the regular expression was read as a pipe, and
// `black` ended a command. A tool is a command word, not a regex's word.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(on: [push, pull_request]
jobs:
  style:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./check-pcp-style.sh
)";

constexpr const char* kScript = R"(#!/bin/sh
for f in pcp/meters/*; do
  awk '
    /color/ {
      if (!(value ~ /^(black|blue|green|red|cyan|magenta|yellow|(dark)?gray|white)$/)) {
        print "Error: colour"
        exit 1
      }
    }
  ' "$f"
done
)";

TEST(RegexWordNotTool, AwkAlternationIsNoBlackRun) {
  MemoryTree t;
  t.add("configure.ac", "AC_INIT([htop], [3.4.1])\n");
  t.add("htop.c", "int main(void) { return 0; }\n");
  t.add(".github/workflows/ci.yml", kCi);
  t.add("check-pcp-style.sh", kScript);
  Assessment a = assess(t, "formatting");
  EXPECT_FALSE(text::contains(a.note, "black")) << a.note;
}

TEST(RegexWordNotTool, PipedAndPlainBlackStillRun) {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"x\"\nversion = \"1.0\"\n");
  t.add("x/__init__.py", "VALUE = 1\n");
  t.add(".github/workflows/ci.yml", R"(on: [push]
jobs:
  fmt:
    runs-on: ubuntu-latest
    steps:
      - run: git ls-files '*.py' | xargs black --check
)");
  Assessment a = assess(t, "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "black")) << a.note;
}

}  // namespace
}  // namespace practrack
