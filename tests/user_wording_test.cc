// Regressions (new-user trial 6) in what users read: internal codes
// ("map-write") in notes, and a warning suffix repeated on every problem
// of a broken project config.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "support/cli_run.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::practrack;
using test_support::TempRepo;

TEST(UserWording, WorkflowPermissionsSayWhatTheFileSays) {
  MemoryTree t;
  t.add(".github/workflows/a.yml",
        "on: [push]\npermissions:\n  contents: write\njobs:\n  b:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make\n");
  t.add(".github/workflows/b.yml",
        "on: [push]\npermissions: write-all\njobs:\n  b:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make\n");
  auto a = assess(t, "workflow-permissions");
  EXPECT_EQ(a.note.find("map-write"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("`.github/workflows/a.yml` (`permissions:` grants a write scope)"),
            std::string::npos)
      << a.note;
  EXPECT_NE(a.note.find("`.github/workflows/b.yml` (`permissions: write-all`)"), std::string::npos)
      << a.note;
}

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

TEST(UserWording, ConfigIgnoredIsSaidOnce) {
  TempRepo repo;
  repo.write(".practrack.yml", "version: 1\npractices:\n  nosuch: {status: adopted}\nweights: 3\n");
  repo.commit("broken config");
  auto r = practrack("scan " + repo.path() + " --no-store");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("practices must be a list"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("weights must be a mapping"), std::string::npos) << r.out;
  EXPECT_EQ(count(r.out, "project config ignored"), 1) << r.out;
}

}  // namespace
}  // namespace practrack
