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

TEST(JqChangelog, GnuChangeLogEntriesAreDated) {
  MemoryTree t = jq_like();
  t.add("ChangeLog",
        "2015-07-10  Nicolas Williams  nico@cryptonector.com\n\n"
        "\tUse `include` for import into namespace\n\n"
        "2015-07-06  James Andariese  james.andariese@locationlabs.com\n\n"
        "\tDockerfile reorganized\n");
  auto a = assess(t, "changelog");
  EXPECT_EQ(a.status, Status::adopted) << a.note;  // no tags to compare with here
  EXPECT_TRUE(has(a.note, "newest entry 2015-07-10")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 1);
}

TEST(JqChangelog, NewsBesideAnOldChangeLogIsTheChangelog) {
  MemoryTree t = jq_like();
  t.add("ChangeLog", "2015-07-10  Nicolas Williams  nico@cryptonector.com\n\n\tFix typo\n");
  t.add("NEWS.md",
        "# 1.8.2\n\nThis is a patch release with security fixes.\n\n"
        "# 1.8.1\n\nBug fixes.\n");
  auto a = assess(t, "changelog");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "`NEWS.md` — newest entry 1.8.2")) << a.note;

  // The other way round: a versioned CHANGELOG.md beside a stale NEWS.
  MemoryTree u;
  u.add("CHANGELOG.md", "# Changelog\n\n## 2.1.0 (2024-05-01)\n\n- x\n");
  u.add("NEWS", "Version 1.0 (2019-01-01)\n\n- old\n");
  auto b = assess(u, "changelog");
  EXPECT_TRUE(has(b.note, "`CHANGELOG.md` — newest entry 2.1.0")) << b.note;
}

// jq names its tags `jq-1.8.2`: a project prefix, not a pre-release.
TEST(JqChangelog, ProjectPrefixedTagsAreComparedWithTheEntries) {
  RepoFacts f;
  f.git.tags.push_back(Tag{"jq-1.8.2", "abc", 1781000000, true, true, true, false});
  f.git.tags.push_back(Tag{"jq-1.9.0rc1", "def", 1781000001, true, true, true, false});
  f.docs.changelog.path = "NEWS.md";
  f.docs.changelog.newest_version = "1.8.2";
  f.docs.changelog.at = Evidence{"NEWS.md", 1, "# 1.8.2"};
  auto a = test_support::decide_rule("changelog", f);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "covers newest tag `jq-1.8.2`")) << a.note;

  f.docs.changelog = {};
  f.docs.changelog.path = "ChangeLog";
  f.docs.changelog.newest_date = "2015-07-10";
  f.docs.changelog.newest_time = 1436486400;
  auto b = test_support::decide_rule("changelog", f);
  EXPECT_EQ(b.status, Status::partial) << b.note;
  EXPECT_TRUE(has(b.note, "stale")) << b.note;
}

MemoryTree pages_site(std::string_view deploy_step) {
  MemoryTree t;
  t.add("configure.ac", "AC_INIT([jq], [1.8.2])\n");
  t.add(".github/workflows/website.yml",
        std::string("on:\n  push:\n    branches: [master]\njobs:\n  build:\n"
                    "    runs-on: ubuntu-latest\n    steps:\n      - run: make -C docs build\n"
                    "  deploy:\n    needs: build\n    environment:\n      name: github-pages\n"
                    "    runs-on: ubuntu-latest\n    steps:\n") +
            std::string(deploy_step));
  return t;
}

TEST(JqPages, GitHubPagesDeployIsTheDocsSiteNotTheProduct) {
  for (std::string_view step :
       {"      - uses: actions/deploy-pages@v5\n", "      - run: mkdocs gh-deploy --force\n",
        "      - uses: peaceiris/actions-gh-pages@v4\n"}) {
    auto a = assess(pages_site(step), "automated-deploy");
    EXPECT_EQ(a.status, Status::not_applicable) << step << a.note;
    EXPECT_TRUE(has(a.note, "docs site")) << a.note;
    EXPECT_TRUE(has(a.note, "CI job `deploy` in `.github/workflows/website.yml`")) << a.note;
    EXPECT_FALSE(has(a.note, "job job")) << a.note;
  }
}

TEST(JqPages, DeployCommandNoteNamesTheJobOnce) {
  MemoryTree t = pages_site("      - uses: actions/deploy-pages@v5\n");
  t.add(".github/workflows/app.yml",
        "on:\n  push:\n    branches: [main]\njobs:\n  ship:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: kubectl apply -f k8s/\n");
  auto a = assess(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "kubectl apply run by CI job `ship` in `.github/workflows/app.yml`"))
      << a.note;
}

}  // namespace
}  // namespace practrack
