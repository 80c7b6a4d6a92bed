// Regressions from jqlang/jq (new-user trial 7): a C project built with
// autotools tests with automake's `make check` (TESTS in Makefile.am),
// parses --version with its own option helper, keeps a GNU ChangeLog that
// ended in 2015 beside the NEWS.md it maintains, and deploys its website
// to GitHub Pages.
#include <gtest/gtest.h>

#include "probes/script/make_parse.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree jq_like() {
  MemoryTree t;
  t.add("configure.ac", "AC_INIT([jq], [1.8.2])\nAM_INIT_AUTOMAKE\n");
  t.add("Makefile.am",
        "bin_PROGRAMS = jq\n"
        "### Tests (make check)\n\n"
        "TESTS = tests/mantest tests/jqtest tests/shtest tests/utf8test \\\n"
        "\ttests/base64test tests/uritest\n"
        "if !WIN32\nTESTS += tests/optionaltest\nendif\n"
        "AM_TESTS_ENVIRONMENT = JQ=$(abs_builddir)/jq\n"
        "if WITH_ONIGURUMA\nTESTS += tests/onigtest $(EXTRA_TESTS)\nendif\n"
        "jq.1: $(srcdir)/docs/content/manual/manual.yml\n\t$(AM_V_GEN) build_manpage.py > $@\n");
  t.add("tests/jqtest",
        "#!/bin/sh\n. \"${0%/*}/setup\" \"$@\"\n$VALGRIND $Q $JQ -L \"$mods\" --run-tests "
        "$JQTESTDIR/jq.test\n");
  t.add("tests/jq.test", "true\nnull\ntrue\n\n.[0]\n[1,2]\n1\n");
  t.add(".github/workflows/ci.yml",
        "on:\n  push:\n    branches: [master]\n  pull_request:\njobs:\n  linux:\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: autoreconf -i && ./configure\n"
        "      - name: Test\n        run: |\n          make check VERBOSE=yes\n");
  return t;
}

TEST(JqAutotools, AutomakeTestsRunByMakeCheckAreUnitTests) {
  auto a = assess(jq_like(), "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "8 test programs in `Makefile.am` TESTS")) << a.note;
  EXPECT_TRUE(has(a.note, "make check (CI job linux)")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "Makefile.am");
  EXPECT_EQ(a.evidence[0].line, 4);

  // Without TESTS, `make check` alone names no tests.
  MemoryTree plain = jq_like();
  plain.add("Makefile.am", "bin_PROGRAMS = jq\n");
  EXPECT_EQ(assess(plain, "unit-tests").status, Status::not_started);
}

TEST(JqAutotools, MakeParserKeepsAssignmentsAndRules) {
  auto mk = make::parse(
      "TESTS = a b\nTESTS += c\nX := y:z\nY ::= 1\nall: build\n\tcc -o x x.c\nZ ?= 2\n");
  ASSERT_EQ(mk.assignments.size(), 5u);
  EXPECT_EQ(mk.assignments[0].name, "TESTS");
  EXPECT_EQ(mk.assignments[1].name, "TESTS");
  EXPECT_EQ(mk.assignments[1].value, "c");
  EXPECT_EQ(mk.assignments[2].name, "X");
  EXPECT_EQ(mk.assignments[3].name, "Y");
  EXPECT_EQ(mk.assignments[4].line, 7);
  ASSERT_EQ(mk.rules.size(), 1u);
  EXPECT_EQ(mk.rules[0].targets[0], "all");
  ASSERT_EQ(mk.rules[0].recipe.size(), 1u);
}

TEST(JqAutotools, OwnOptionHelperWithVersionIsAVersionCommand) {
  MemoryTree t = jq_like();
  t.add("src/main.c",
        "int main(int argc, char *argv[]) {\n"
        "  if (isoption(&text, 'h', \"help\", is_short)) {\n    usage(0);\n  }\n"
        "  if (isoption(&text, 'V', \"version\", is_short)) {\n"
        "    printf(\"jq-%s\\n\", JQ_VERSION);\n    ret = 0;\n  }\n}\n");
  auto a = assess(t, "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "src/main.c");
  EXPECT_EQ(a.evidence[0].line, 5);
}

}  // namespace
}  // namespace practrack
