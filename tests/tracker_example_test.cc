#include <gtest/gtest.h>

#include "scan/scanner.h"
#include "support/realistic_repo.h"

namespace practrack {
namespace {

const Assessment& get(const Report& r, const std::string& id) {
  static const Assessment none;
  const Assessment* a = r.find(id);
  EXPECT_NE(a, nullptr) << id;
  return a ? *a : none;
}

}  // namespace

TEST(TrackerExample, RfcConfigDecidesItsCustomPractices) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  repo.write("dashboard/monitoring.py",
             "import requests\n\n\ndef poll(host):\n"
             "    tags = requests.get(f'{host}/api/tags').json()\n"
             "    ps = requests.get(f'{host}/api/ps').json()\n    return tags, ps\n");
  repo.write("dashboard/gitlab_status.py",
             "URL = 'https://gitlab.example.com/api/v4/projects/42/pipelines'\n");
  repo.write("superset/dashboards/models.yaml", "dashboard_title: Models\n");
  repo.commit("feat(dashboard): host and pipeline monitoring", "2026-01-08T10:00:00Z");

  ScanRequest request;
  request.path = repo.path();
  request.config_path = std::string(PRACTRACK_SOURCE_DIR) + "/examples/rfc-practrack.yml";
  request.today = "2026-03-01";
  auto report = scan(request);
  ASSERT_TRUE(report.ok()) << report.error();

  const Assessment& ollama = get(*report, "ollama-host-monitoring");
  EXPECT_EQ(ollama.status, Status::adopted);
  EXPECT_TRUE(ollama.custom);
  EXPECT_EQ(ollama.category, "observability");
  EXPECT_EQ(ollama.note, "Dashboard polls /api/tags and /api/ps (`dashboard/monitoring.py`)");
  ASSERT_FALSE(ollama.evidence.empty());
  EXPECT_EQ(ollama.evidence[0].path, "dashboard/monitoring.py");
  EXPECT_EQ(ollama.evidence[0].line, 5);

  const Assessment& hook = get(*report, "robot-post-commit-hook");
  EXPECT_EQ(hook.status, Status::adopted);
  EXPECT_EQ(hook.note,
            "post-commit hook runs the modified .robot files "
            "(`.pre-commit-config.yaml`, `scripts/run_modified_robot.sh`)");

  const Assessment& exports = get(*report, "superset-dashboard-exports");
  EXPECT_EQ(exports.status, Status::partial);
  EXPECT_EQ(exports.note,
            "One Superset dashboard export (`superset/dashboards/models.yaml`); "
            "the others live only in Superset");

  const Assessment& pipelines = get(*report, "gitlab-pipeline-monitoring");
  EXPECT_EQ(pipelines.status, Status::adopted);
  EXPECT_EQ(pipelines.note,
            "Dashboard reads pipeline status from the GitLab API "
            "(`dashboard/gitlab_status.py`)");

  const Assessment& bp = get(*report, "branch-protection");
  EXPECT_EQ(bp.status, Status::adopted);
  ASSERT_TRUE(bp.attestation);
  EXPECT_EQ(bp.attestation->owner, "alice");
  EXPECT_EQ(get(*report, "progressive-delivery").status, Status::not_applicable);
  EXPECT_EQ(report->decisions.size(), 3u);
  EXPECT_EQ(report->required.back(), "ollama-host-monitoring");
  ASSERT_TRUE(report->policy.min_adoption);
  EXPECT_DOUBLE_EQ(*report->policy.min_adoption, 45);
}

TEST(TrackerExample, CustomPracticesSayWhatIsMissing) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  ScanRequest request;
  request.path = repo.path();
  request.config_path = std::string(PRACTRACK_SOURCE_DIR) + "/examples/rfc-practrack.yml";
  request.today = "2026-03-01";
  auto report = scan(request);
  ASSERT_TRUE(report.ok()) << report.error();
  const Assessment& ollama = get(*report, "ollama-host-monitoring");
  EXPECT_EQ(ollama.status, Status::not_started);
  EXPECT_EQ(ollama.note, "No dashboard code polls an Ollama host");
  EXPECT_EQ(get(*report, "superset-dashboard-exports").note,
            "No Superset dashboard exports in superset/dashboards/");
}

}  // namespace practrack
