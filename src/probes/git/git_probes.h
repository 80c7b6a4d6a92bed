// The probes of the git family (rows of git_probes() in git_family.cc).
#pragma once

#include <span>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::gitprobe {

// Remotes, branch, commit counts, message/signature sample, tags.
void probe_git_history(const ScanContext& ctx, RepoFacts& facts);
void reset_git_history(RepoFacts& facts);
// CODEOWNERS files, PR/MR templates, protection declared as code.
void probe_forge_files(const ScanContext& ctx, RepoFacts& facts);
void reset_forge_files(RepoFacts& facts);
// Directories with a manifest or Dockerfile of their own.
void probe_components(const ScanContext& ctx, RepoFacts& facts);
void reset_components(RepoFacts& facts);
// --version flags and version actions in the product's own source.
void probe_version_reports(const ScanContext& ctx, RepoFacts& facts);
void reset_version_reports(RepoFacts& facts);
bool same_version_reports(const ScanContext& ctx, std::span<const FileChange> changes);
// Its per-file analysis, for the file pass (scan/file_pass.h).
FileAnalysis version_analysis();

// GitLab CI jobs with the `release:` keyword, as release-cli commands.
void probe_gitlab_releases(const ScanContext& ctx, RepoFacts& facts);

}  // namespace practrack::gitprobe
