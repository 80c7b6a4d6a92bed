// The hook family: git hook managers and commit-message checkers. Runs
// before the CI and tool families so hook commands reach the resolver.
#include "probes/hook/hook_probes.h"
#include "probes/probe.h"

namespace practrack {

namespace {

// The hook probes run again together: they alone write the hook facts (the
// scanner takes their command lines out).
void reset_hooks(RepoFacts& facts) { facts.hooks = HookFacts{}; }

}  // namespace

std::vector<ProbeRow> hook_probes() {
  using namespace hookprobe;
  return {
      {"hook-pre-commit", probe_pre_commit, ".pre-commit-config.yaml", false, reset_hooks, false,
       true},
      {"hook-husky", probe_husky, ".husky/<hook>", false, reset_hooks, false, true},
      {"hook-package-json", probe_package_json_hooks,
       "package.json husky.hooks, simple-git-hooks, lint-staged", false, reset_hooks, false, true},
      {"hook-lefthook", probe_lefthook, "lefthook.yml and its spellings", false, reset_hooks, false,
       true},
      {"hook-overcommit", probe_overcommit, ".overcommit.yml", false, reset_hooks, false, true},
      {"hook-path", probe_hooks_path, ".githooks/<hook>, git-hooks/<hook> ...", false, reset_hooks,
       false, true},
      {"hook-commit-checks", probe_commit_checks, "commitlint, commitizen, gitlint configs", false,
       reset_hooks, false, true},
  };
}

}  // namespace practrack
