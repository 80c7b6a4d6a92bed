#include <gtest/gtest.h>

#include <cmath>

#include "config/project_config.h"
#include "scan/scanner.h"
#include "support/realistic_repo.h"
#include "tracker/init_config.h"

namespace practrack {

TEST(TrackerInit, WritesAConfigThatParsesAndFollowsTheScan) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  ScanRequest request;
  request.path = repo.path();
  request.no_config = true;
  auto report = scan(request);
  ASSERT_TRUE(report.ok()) << report.error();
  std::string yaml = init_yaml(*report, "alice", "2026-03-01");
  std::vector<ConfigIssue> issues;
  auto cfg = parse_config(yaml, ".practrack.yml", issues);
  ASSERT_TRUE(cfg.ok()) << (issues.empty() ? cfg.error() : issues[0].message) << "\n" << yaml;
  EXPECT_EQ(cfg->packs.size(), report->categories.size());
  EXPECT_TRUE(cfg->attest.empty());  // offered as comments only: nothing false is claimed
  std::vector<std::string> expected;
  for (const auto& a : report->assessments)
    if (a.weight == 5 && a.status == Status::adopted) expected.push_back(a.id);
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(cfg->required, expected);
  ASSERT_TRUE(cfg->policy.min_adoption);
  double adoption = report->tally().adoption();
  EXPECT_EQ(*cfg->policy.min_adoption, std::floor(adoption / 5) * 5);
  for (const auto& a : report->assessments) {
    if (!a.needs_attestation) continue;
    EXPECT_NE(yaml.find("#  " + a.id + ":"), std::string::npos) << a.id;
  }
}

}  // namespace practrack
