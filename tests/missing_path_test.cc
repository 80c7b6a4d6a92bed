// Regression (new-user trial 6): `practrack scan PATH` on a path that does
// not exist said "not a git repository".
#include <gtest/gtest.h>

#include "support/cli_run.h"

namespace practrack {
namespace {

using test_support::practrack;
using test_support::TempRepo;

// Every command that opens a repository says so.
TEST(MissingPath, IsNoSuchDirectoryForEveryCommand) {
  TempRepo repo;
  std::string missing = repo.path() + "/no-such-folder";
  for (const std::string& cmd : {"scan " + missing + " --no-store", "diff HEAD HEAD " + missing,
                                 "timeline " + missing, "history " + missing}) {
    auto r = practrack(cmd);
    EXPECT_NE(r.status, 0) << cmd;
    EXPECT_NE(r.out.find(missing + ": no such directory"), std::string::npos) << cmd << r.out;
    EXPECT_EQ(r.out.find("not a git repository"), std::string::npos) << cmd << r.out;
  }
  // An existing folder outside any repository still says so.
  auto r = practrack("scan /proc/self --no-store");
  EXPECT_NE(r.out.find("not a git repository"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace practrack
