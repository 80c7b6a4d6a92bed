// The CI family: one probe per CI system, then the files that show what
// is deployed. Every probe fills CiFacts and the shared command/action
// lists that the tool resolver reads.
#include "probes/ci/ci_probes.h"
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> ci_probes() {
  return {
      // One group: they share a reset and feed the shared lists.
      {"ci.gitlab", ci::probe_gitlab_ci, ".gitlab-ci.yml and its local includes", false,
       ci::reset_ci, false, true},
      {"ci.github", ci::probe_github_actions, ".github/workflows/*.yml", false, ci::reset_ci, false,
       true},
      {"ci.jenkins", ci::probe_jenkins, "Jenkinsfile", false, ci::reset_ci, false, true},
      {"ci.circleci", ci::probe_circleci, ".circleci/config.yml; CircleCI 1.0 circle.yml", false,
       ci::reset_ci, false, true},
      {"ci.azure", ci::probe_azure, "azure-pipelines.yml, .azure-pipelines/*.yml, .vsts-ci.yml", false,
       ci::reset_ci, false, true},
      {"ci.bitbucket", ci::probe_bitbucket, "bitbucket-pipelines.yml", false, ci::reset_ci, false,
       true},
      {"ci.travis", ci::probe_travis, ".travis.yml", false, ci::reset_ci, false, true},
      {"ci.drone", ci::probe_drone, ".drone.yml", false, ci::reset_ci, false, true},
      {"ci.woodpecker", ci::probe_woodpecker, ".woodpecker.yml, .woodpecker/*.yml", false,
       ci::reset_ci, false, true},
      {"ci.buildkite", ci::probe_buildkite, ".buildkite/pipeline.yml", false, ci::reset_ci, false,
       true},
      {"ci.release-scripts", ci::probe_release_scripts, "JS files CI runs: release API calls",
       false, ci::reset_ci, false, true},
      {"ci.deploy", ci::probe_deploy_configs, "Helm charts, Kubernetes manifests, platform files",
       false, [](RepoFacts& facts) { facts.ci.deploy_configs.clear(); }, false, false, false,
       nullptr, ci::same_deploy_configs},
      // Reads the CI command lines: runs again whenever they may change.
      {"ci.scripts", ci::probe_ci_scripts, "scripts called by CI jobs; rollback docs", false,
       ci::reset_ci_scripts, false, false, true, nullptr, ci::same_ci_scripts},
  };
}

}  // namespace practrack
