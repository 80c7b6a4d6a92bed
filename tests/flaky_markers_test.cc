// flaky-tests: pytest-rerunfailures turned on in pytest's config
// (`addopts = --reruns 3`) and tests marked to rerun (`@pytest.mark.flaky`,
// `@flaky`) are retries as much as `pytest --reruns` on a command line.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree python_project() {
  MemoryTree t;
  t.add("pyproject.toml",
        "[project]\nname = \"x\"\nversion = \"1.0.0\"\n"
        "[project.optional-dependencies]\ntest = [\"pytest\", "
        "\"pytest-rerunfailures\"]\n");
  t.add("tests/test_net.py", "def test_ok():\n    assert True\n");
  return t;
}

TEST(FlakyTests, RerunsInPytestAddopts) {
  MemoryTree t = python_project();
  t.add("pytest.ini", "[pytest]\naddopts =\n    -ra\n    --reruns 3\n");
  auto a = assess(t, "flaky-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("pytest-rerunfailures"), std::string::npos) << a.note;
}

TEST(FlakyTests, RerunsCommentedOutIsNoRetry) {
  MemoryTree t = python_project();
  t.add("pytest.ini", "[pytest]\n# addopts = --reruns 3\n");
  EXPECT_EQ(assess(t, "flaky-tests").status, Status::not_started);
}

TEST(FlakyTests, FlakyMarkerOnATest) {
  MemoryTree t = python_project();
  t.add("tests/test_remote.py",
        "import pytest\n\n@pytest.mark.flaky(reruns=5)\ndef test_remote():\n    assert True\n");
  auto a = assess(t, "flaky-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("tests/test_remote.py"), std::string::npos) << a.note;
}

TEST(FlakyTests, FlakyDecoratorOfTheFlakyPackage) {
  MemoryTree t = python_project();
  t.add("tests/test_remote.py",
        "from flaky import flaky\n\n@flaky(max_runs=3)\ndef test_remote():\n    assert True\n");
  EXPECT_EQ(assess(t, "flaky-tests").status, Status::adopted);
}

// The dependency alone is not a retry: nothing turns reruns on.
TEST(FlakyTests, DependencyAloneIsNotStarted) {
  EXPECT_EQ(assess(python_project(), "flaky-tests").status, Status::not_started);
}

}  // namespace
}  // namespace practrack
