// End to end: the realistic repository (tests/support/realistic_repo.h)
// scanned by the real binary. Every practice's status and note is pinned
// in tests/golden/e2e_statuses.txt; PRACTRACK_UPDATE_GOLDEN=1 rewrites it
// on purpose after a reviewed change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/realistic_repo.h"

namespace practrack {
namespace {

using test_support::run_command;
using test_support::TempRepo;

nlohmann::json scan_json(const TempRepo& repo, const std::string& extra) {
  int status = 0;
  std::string out = run_command(std::string(PRACTRACK_BINARY) + " scan " + repo.path() +
                                    " --no-store --format json" + extra + " 2>/dev/null",
                                &status);
  EXPECT_EQ(status, 0) << out.substr(0, 2000);
  return nlohmann::json::parse(out);
}

// "id<TAB>status<TAB>note", one line per practice.
std::string statuses(const nlohmann::json& j) {
  std::string out;
  for (const auto& p : j["practices"])
    out += p["id"].get<std::string>() + "\t" + p["status"].get<std::string>() + "\t" +
           p["note"].get<std::string>() + "\n";
  return out;
}

// Drops what describes the scan itself, which may differ between a working
// tree and --rev of the same commit.
void drop_scan_identity(nlohmann::json& j) {
  j.erase("scanned_at");
  j.erase("source");
  j.erase("branch");
}

std::string golden_path() { return std::string(PRACTRACK_SOURCE_DIR) + "/tests/golden/e2e_statuses.txt"; }

}  // namespace

TEST(EndToEnd, EveryPracticeOfTheRealisticRepository) {
  TempRepo repo;
  test_support::build_realistic_repo(repo);
  std::string got = statuses(scan_json(repo, ""));
  if (const char* update = std::getenv("PRACTRACK_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(golden_path()) << got;
    GTEST_SKIP() << "rewrote " << golden_path();
  }
  std::ifstream in(golden_path());
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(got, want.str());
}

TEST(EndToEnd, WorkingTreeAndRevGiveIdenticalJson) {
  TempRepo repo;
  test_support::build_realistic_repo(repo);
  auto work = scan_json(repo, "");
  auto rev = scan_json(repo, " --rev HEAD");
  drop_scan_identity(work);
  drop_scan_identity(rev);
  EXPECT_EQ(work.dump(1), rev.dump(1));
}

// A file over a probe's size limit is skipped the same way in both: the
// working tree's listing knows its size, a commit's blob tells it from its
// header (a YAML file of 3 MB warned at --rev only).
TEST(EndToEnd, OversizedFilesAreTreatedAlikeInTheWorkingTreeAndAtRev) {
  TempRepo repo;
  test_support::build_realistic_repo(repo);
  std::string big = "kind: List\nitems:\n";
  while (big.size() < (3u << 20)) big += "  - {name: item, value: 1234567890}\n";
  repo.write("deploy/big.yaml", big);
  repo.write("docs/huge.md", std::string(3u << 20, 'x'));
  repo.commit("big files");
  auto work = scan_json(repo, "");
  auto rev = scan_json(repo, " --rev HEAD");
  drop_scan_identity(work);
  drop_scan_identity(rev);
  EXPECT_EQ(work["diagnostics"].dump(1), rev["diagnostics"].dump(1));
  EXPECT_EQ(work.dump(1), rev.dump(1));
}

}  // namespace practrack
