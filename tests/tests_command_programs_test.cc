// Trial 14 (jq): `tests` said "No tests found" while scan's unit-tests
// counted the programs automake's `make check` runs. Both list them now.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_run.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

using test_support::practrack;
using test_support::TempRepo;

TEST(TestsCommand, ListsTheProgramsAutomakeRuns) {
  TempRepo repo;
  repo.write("configure.ac", "AC_INIT([tool], [1.0])\nAM_INIT_AUTOMAKE\n");
  repo.write("Makefile.am", "bin_PROGRAMS = tool\nTESTS = tests/shtest tests/jqtest\n");
  repo.write("tests/shtest", "#!/bin/sh\nexit 0\n");
  repo.commit("c");
  auto table = practrack("tests " + repo.path());
  EXPECT_EQ(table.status, 0) << table.out;
  EXPECT_EQ(table.out.find("No tests found"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("automake TESTS (Makefile.am)"), std::string::npos) << table.out;
  auto json = practrack("tests " + repo.path() + " --format json 2>/dev/null");
  auto j = nlohmann::json::parse(json.out);
  ASSERT_EQ(j["test_programs"].size(), 1u);
  EXPECT_EQ(j["test_programs"][0]["programs"].size(), 2u);
}

}  // namespace
}  // namespace practrack
