// Regressions (more-itertools/more-itertools): CI runs `make requirements
// check`, whose second goal runs stubtest (type checking); the changelog
// is docs/versions.rst ("Version History").
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree more_itertools() {
  MemoryTree t;
  t.add("pyproject.toml", "[project]\nname = \"more-itertools\"\nversion = \"11.1.0\"\n");
  t.add("more_itertools/__init__.py", "from .more import *\n");
  t.add("Makefile", R"(.PHONY: requirements
requirements:
	python -m pip install --upgrade -r requirements/development.txt

.PHONY: check
check:
	ruff format --check .
	stubtest more_itertools.more more_itertools.recipes
)");
  t.add(".github/workflows/python-app.yml", R"(on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
    - uses: actions/checkout@v4
    - name: Static checks
      run: make requirements check
)");
  return t;
}

TEST(MoreItertools, StubtestInSecondMakeGoalIsTypeChecking) {
  auto a = assess(more_itertools(), "type-checking");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("stubtest"), std::string::npos) << a.note;
}

constexpr const char* kVersions = R"(===============
Version History
===============

.. automodule:: more_itertools
   :noindex:

11.1.0
------

* Changes to existing functions

11.0.2
------

* Updates
)";

TEST(MoreItertools, DocsVersionHistoryIsTheChangelog) {
  MemoryTree t = more_itertools();
  t.add("docs/versions.rst", kVersions);
  auto a = assess(t, "changelog");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_NE(a.note.find("docs/versions.rst"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("11.1.0"), std::string::npos) << a.note;
}

// A page of supported versions is no changelog, however it is named.
TEST(MoreItertools, SupportedVersionsPageIsNoChangelog) {
  MemoryTree t = more_itertools();
  t.add("docs/versions.md",
        "# Supported versions\n\n## 3.12\n\nSupported.\n\n## 3.11\n\nSupported.\n");
  EXPECT_EQ(assess(t, "changelog").status, Status::not_started);
}

}  // namespace
}  // namespace practrack
