// The CI family's probes, one per CI system (rows of ci_probes()).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::ci {

void probe_gitlab_ci(const ScanContext& ctx, RepoFacts& facts);
void probe_github_actions(const ScanContext& ctx, RepoFacts& facts);
void probe_jenkins(const ScanContext& ctx, RepoFacts& facts);
void probe_circleci(const ScanContext& ctx, RepoFacts& facts);
void probe_azure(const ScanContext& ctx, RepoFacts& facts);
void probe_bitbucket(const ScanContext& ctx, RepoFacts& facts);
void probe_travis(const ScanContext& ctx, RepoFacts& facts);
void probe_drone(const ScanContext& ctx, RepoFacts& facts);
void probe_woodpecker(const ScanContext& ctx, RepoFacts& facts);
void probe_buildkite(const ScanContext& ctx, RepoFacts& facts);
void probe_deploy_configs(const ScanContext& ctx, RepoFacts& facts);
bool same_deploy_configs(const ScanContext& ctx, std::span<const FileChange> changes);
// After the CI probes: release API calls in the JS files CI jobs run.
void probe_release_scripts(const ScanContext& ctx, RepoFacts& facts);
// The JS files package scripts run (`"release": "node scripts/release.js"`);
// after the manifest probes.
void probe_package_release_scripts(const ScanContext& ctx, RepoFacts& facts);
// Runs after the others: reads the CI commands they recorded.
void probe_ci_scripts(const ScanContext& ctx, RepoFacts& facts);
// Repository paths of the scripts a command line runs (`bash ci/x.sh`,
// `./ci/build`, `{tox_root}/tools/t.sh`) that exist in the tree.
std::vector<std::string> scripts_in(const ScanContext& ctx, std::string_view command);
// A path as a CI command writes it, relative to the repository root:
// "./", "$CI_PROJECT_DIR/", "${{ github.workspace }}/", tox's "{tox_root}/" ... dropped.
std::string workspace_path(std::string path);
// After the manifests: scripts CI reaches through tox envs, make targets,
// package scripts (ci.indirect_scripts).
void probe_indirect_scripts(const ScanContext& ctx, RepoFacts& facts);
void reset_ci_scripts(RepoFacts& facts);
void reset_indirect_scripts(RepoFacts& facts);

// The CI systems' probes (ci.gitlab ... ci.release-scripts) run again
// together: one reset clears what they found (the scanner takes their
// command lines out).
void reset_ci(RepoFacts& facts);
bool same_ci_scripts(const ScanContext& ctx, std::span<const FileChange> changes);

}  // namespace practrack::ci
