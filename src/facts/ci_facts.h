// Facts from CI configuration (probes/ci/*): one CiPipeline per config
// file of every CI system, the jobs it runs and what starts them, plus the
// GitHub workflow-security facts and the files that show something is
// deployed. Command lines and action/image references also go to the
// shared lists of RepoFacts (commands, actions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// What starts a pipeline or job.
struct CiTriggers {
  bool push = false;
  bool merge_request = false;
  bool schedule = false;
  bool manual = false;  // workflow_dispatch, `when: manual`, web
  bool tag = false;
  bool workflow_run = false;          // started by another workflow
  std::vector<std::string> branches;  // push limited to these; empty = all
  std::vector<std::string> crons;     // cron expressions as written
  Evidence at;                        // the `on:`/`trigger:`/`workflow:` line
};

struct CiJob {
  std::string name;
  std::string stage;
  std::vector<std::string> script;   // command lines
  bool manual = false;               // needs a human to start
  bool default_branch_only = false;  // rules/only limit it to main/master
  bool merge_request = false;        // runs on MR/PR events
  bool schedule = false;             // runs on schedules
  bool tag_only = false;             // runs only for tags
  bool conditional = false;          // has its own rules/only/except/if
  bool no_push = false;              // its own conditions exclude push events (MR/schedule only)
  bool artifacts = false;
  long long artifact_ttl = 0;  // seconds its artifacts are kept; 0: the CI system's default
  bool junit_report = false;
  bool cache = false;
  bool retry = false;
  bool parallel = false;           // parallel:/matrix
  int parallel_count = 0;          // numeric `parallel: N`/parallelism: one suite split N ways
  bool dynamic_matrix = false;     // matrix built from another job's output
  bool continue_on_error = false;  // allow_failure / continue-on-error
  bool child_pipeline = false;     // GitLab `trigger:`
  bool dynamic_child = false;      // `trigger: include: artifact`
  std::string child_artifact;      // that artifact's file ...
  std::string child_source_job;    // ... and the job that generates it
  std::string when;                // GitLab `when:` (on_failure, always, ...)
  std::string environment;         // deploy environment name
  std::string permissions;         // GitHub job permissions: "", "read-all", "write-all", "map"
  bool permissions_write = false;  // job permissions grant some write scope
  // Files kept as artifacts; on GitHub also each upload's `name:`.
  std::vector<std::string> artifact_paths;
  std::vector<std::string> uses;  // actions/orbs/images the job references
  Evidence at;
};

struct CiPipeline {
  std::string system;  // "gitlab-ci", "github-actions", "jenkins", "circleci", ...
  std::string path;    // config file
  std::string name;    // workflow/pipeline name when declared
  std::vector<std::string> stages;
  std::vector<CiJob> jobs;
  CiTriggers triggers;
  std::vector<std::string> includes;  // local files merged into this config
  bool child_pipelines = false;       // trigger/include: artifact, dynamic config
  bool generated_config = false;      // config produced by a job or script
  Evidence at;
};

// Security-relevant shape of one GitHub Actions workflow file.
struct WorkflowSecurity {
  std::string path;
  // Top-level `permissions:`: "absent", "read-all", "write-all", "map" (a
  // map with only read/none scopes or `{}`), "map-write" (some write scope).
  std::string permissions = "absent";
  bool every_job_has_permissions = false;          // each job declares its own
  // `on: workflow_call` only: a reusable workflow, whose token is the
  // caller's (its own `permissions:` can only narrow what the caller gave).
  bool reusable = false;
  std::vector<std::string> privileged_triggers;    // pull_request_target, workflow_run
  std::vector<Evidence> pr_head_checkouts;         // checkout of the PR head under those
  std::vector<Evidence> untrusted_interpolations;  // ${{ github.event.* }} in run:
  Evidence at;
};

// A file showing that something is deployed or how: Helm chart,
// Kubernetes manifest, Nomad job, platform config (fly.toml, Procfile ...).
struct DeployConfig {
  std::string kind;  // "helm", "kubernetes", "kustomize", "nomad", "platform", "terraform"
  std::string path;
  std::string detail;        // "Deployment, Service", "fly.io", ...
  bool progressive = false;  // Argo Rollout, Flagger Canary, canary/blue-green strategy
  Evidence at;
};

// A script kept in the repository that a CI job calls (`bash ci/x.sh`,
// `./scripts/y.sh`, `python tools/gen.py`); the path exists in the tree.
struct CalledScript {
  std::string path;
  std::string system;
  std::string job;
  Evidence at;  // the CI line that calls it
};

struct CiFacts {
  std::vector<CiPipeline> pipelines;
  std::vector<WorkflowSecurity> workflows;
  std::vector<DeployConfig> deploy_configs;
  std::vector<CalledScript> called_scripts;
  // Called through a runner (`tox -e pkg` -> `bash tools/test-pkg.sh`); `job`
  // says the way ("tox -e pkg"), `at` is the CI line. Kept apart from
  // called_scripts, which ci.scripts' reset clears.
  std::vector<CalledScript> indirect_scripts;
  std::vector<Evidence> rollback_docs;  // documentation headings about rollback
  bool unread_includes = false;  // GitLab remote/project/template/component includes (not fetched)
  // CI config files that exist but could not be parsed: the file, the
  // error's line and the error message as excerpt.
  std::vector<Evidence> unparsed;

};

// "GitLab CI", "GitHub Actions" ... for notes; the id itself when unknown.
std::string ci_system_title(std::string_view system);
// A job that deploys: it names an environment, or its name or stage says
// deploy/release/publish/rollout.
bool is_deploy_job(const CiJob& job);
// Branch names and variables that mean the default branch in CI conditions
// (main, master, trunk, $CI_DEFAULT_BRANCH, ${CI_REPO_DEFAULT_BRANCH} ...).
bool is_default_branch(std::string_view branch);

}  // namespace practrack
