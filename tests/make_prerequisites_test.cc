// Gap left by helper 10 (session 9's closing note): make targets reached
// as prerequisites of the target CI runs (`make ci` where `ci: lint audit`)
// did not count as run in CI, unlike the targets of its recipe lines.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(MakePrerequisites, PrerequisitesOfTheTargetCiRunsRunInCi) {
  MemoryTree t;
  t.add("Makefile",
        "ci: lint audit\n\nlint:\n\truff check .\n\naudit:\n\tpip-audit -r requirements.txt\n"
        "\n.PHONY: ci lint audit\n");
  t.add("requirements.txt", "requests==2.32.0\n");
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make ci\n");
  Assessment a = assess(t, "vulnerability-scanning");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "make audit")) << a.note;
}

TEST(MakePrerequisites, FilePrerequisitesAndVariablesAreNoGoals) {
  MemoryTree t;
  t.add("Makefile", "all: $(OBJS) main.o\n\tcc -o app main.o\n\naudit:\n\tpip-audit\n");
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make all\n");
  Assessment a = assess(t, "vulnerability-scanning");
  EXPECT_EQ(a.status, Status::partial) << a.note;
}

}  // namespace
}  // namespace practrack
