// The CI family: one probe per CI system, then the files that show what
// is deployed. Every probe fills CiFacts and the shared command/action
// lists that the tool resolver reads.
#include "probes/ci/ci_probes.h"
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> ci_probes() {
  return {
      {"ci.gitlab", ci::probe_gitlab_ci, ".gitlab-ci.yml and its local includes"},
      {"ci.github", ci::probe_github_actions, ".github/workflows/*.yml"},
      {"ci.jenkins", ci::probe_jenkins, "Jenkinsfile"},
      {"ci.circleci", ci::probe_circleci, ".circleci/config.yml; CircleCI 1.0 circle.yml"},
      {"ci.azure", ci::probe_azure, "azure-pipelines.yml, .azure-pipelines/*.yml"},
      {"ci.bitbucket", ci::probe_bitbucket, "bitbucket-pipelines.yml"},
      {"ci.travis", ci::probe_travis, ".travis.yml"},
      {"ci.drone", ci::probe_drone, ".drone.yml"},
      {"ci.woodpecker", ci::probe_woodpecker, ".woodpecker.yml, .woodpecker/*.yml"},
      {"ci.buildkite", ci::probe_buildkite, ".buildkite/pipeline.yml"},
      {"ci.release-scripts", ci::probe_release_scripts, "JS files CI runs: release API calls"},
      {"ci.deploy", ci::probe_deploy_configs, "Helm charts, Kubernetes manifests, platform files",
       false, [](RepoFacts& facts) { facts.ci.deploy_configs.clear(); }, false, false, false,
       nullptr, ci::same_deploy_configs},
      {"ci.scripts", ci::probe_ci_scripts, "scripts called by CI jobs; rollback docs", false,
       ci::reset_ci_scripts, false, false, false, nullptr, ci::same_ci_scripts},
  };
}

}  // namespace practrack
