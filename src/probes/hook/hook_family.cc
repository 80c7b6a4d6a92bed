// The hook family: git hook managers and commit-message checkers. Runs
// before the CI and tool families so hook commands reach the resolver.
#include "probes/hook/hook_probes.h"
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> hook_probes() {
  using namespace hookprobe;
  return {
      {"hook-pre-commit", probe_pre_commit, ".pre-commit-config.yaml"},
      {"hook-husky", probe_husky, ".husky/<hook>"},
      {"hook-package-json", probe_package_json_hooks,
       "package.json husky.hooks, simple-git-hooks, lint-staged"},
      {"hook-lefthook", probe_lefthook, "lefthook.yml and its spellings"},
      {"hook-overcommit", probe_overcommit, ".overcommit.yml"},
      {"hook-path", probe_hooks_path, ".githooks/<hook>, git-hooks/<hook> ..."},
      {"hook-commit-checks", probe_commit_checks, "commitlint, commitizen, gitlint configs"},
  };
}

}  // namespace practrack
