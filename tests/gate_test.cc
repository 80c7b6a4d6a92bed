#include <gtest/gtest.h>

#include "gate/gate.h"
#include "render_fixture.h"
#include "support/temp_repo.h"

namespace practrack {

TEST(Gate, EachPolicyPassesAndFails) {
  Report r = fixture::sample_report();  // 4 adopted, 2 partial, 3 not started, 1 N/A
  GateOptions pass;
  pass.required = {"git", "unit-tests"};
  pass.policy.min_adoption = 40;
  pass.policy.max_partial = 2;
  pass.policy.min_category["ci"] = 50;
  EXPECT_TRUE(evaluate_gate(r, pass).empty());

  GateOptions fail;
  fail.required = {"git", "ci-caching"};
  fail.policy.min_adoption = 60;
  fail.policy.max_partial = 1;
  fail.policy.min_category["testing"] = 60;
  auto failures = evaluate_gate(r, fail);
  ASSERT_EQ(failures.size(), 4u);
  EXPECT_EQ(failures[0].kind, "required");
  EXPECT_EQ(failures[0].practice, "ci-caching");
  EXPECT_FALSE(failures[0].howto.empty());
  EXPECT_EQ(failures[1].kind, "min-adoption");
  EXPECT_NE(failures[1].message.find("44%"), std::string::npos) << failures[1].message;
  EXPECT_EQ(failures[2].kind, "min-category-adoption");
  EXPECT_NE(failures[2].message.find("Testing adoption is 50%"), std::string::npos) << failures[2].message;
  EXPECT_EQ(failures[3].kind, "max-partial");
}

TEST(Gate, ACategoryWhereNothingAppliesMeetsAnyMinimum) {
  Report r = fixture::sample_report();
  for (auto& a : r.assessments)
    if (a.category == "testing") a.status = Status::not_applicable;
  GateOptions o;
  o.policy.min_category["testing"] = 50;
  EXPECT_TRUE(evaluate_gate(r, o).empty());
}

TEST(Gate, LostPracticesAgainstABaseline) {
  Report before = fixture::sample_report();
  Report after = before;
  for (auto& a : after.assessments)
    if (a.id == "ci-on-push") a.status = Status::partial;
    else if (a.id == "sast") a.status = Status::adopted;  // a gain is no failure
    else if (a.id == "compose") a.status = Status::not_started;  // from N/A: not a loss
  auto failures = evaluate_gate(after, {}, {&before, "origin/main (abc1234)"});
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].kind, "lost");
  EXPECT_EQ(failures[0].practice, "ci-on-push");
  EXPECT_NE(failures[0].message.find("was adopted at origin/main (abc1234)"), std::string::npos);
  EXPECT_EQ(failures[0].evidence.size(), 2u);  // what the baseline had
}

TEST(CheckCommand, ABaselineRegressionFailsAndNamesThePracticeAndRange) {
  test_support::TempRepo repo;
  repo.write("gate.yml", R"Y(practices:
  - id: has-changelog
    name: Changelog kept
    category: documentation
    rules:
      - status: adopted
        when: {file_exists: CHANGELOG.md}
required: [has-changelog]
)Y");
  repo.write("CHANGELOG.md", "# 1.0\n");
  std::string base = repo.commit("docs: changelog");
  repo.sh("git tag base");
  std::string bin = PRACTRACK_BINARY;
  std::string cfg = " --config " + repo.path() + "/gate.yml";
  int status = 0;
  std::string out = test_support::run_command(bin + " check " + repo.path() + cfg + " --baseline base 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("PASS"), std::string::npos) << out;

  repo.remove("CHANGELOG.md");
  repo.commit("chore: drop changelog");
  out = test_support::run_command(bin + " check " + repo.path() + cfg + " --baseline base 2>&1", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("has-changelog (Changelog kept) was adopted at base (" + base.substr(0, 7)), std::string::npos) << out;
  EXPECT_NE(out.find("compared with the working tree"), std::string::npos) << out;
  EXPECT_NE(out.find("required practice has-changelog"), std::string::npos) << out;

  out = test_support::run_command(bin + " check " + repo.path() + cfg + " --baseline nope 2>&1", &status);
  EXPECT_EQ(status, 3) << out;
  out = test_support::run_command(bin + " check " + repo.path() + cfg + " --require no-such 2>&1", &status);
  EXPECT_EQ(status, 2) << out;
}

}  // namespace practrack
