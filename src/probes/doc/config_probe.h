// Configuration and secrets probes: env files and their templates, what
// .gitignore says about `.env`, the config tree and who reads it, JSON
// Schemas for config, secret stores seen outside the tool table.
#pragma once

#include <span>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack {

void probe_env_files(const ScanContext& ctx, RepoFacts& facts);
void reset_env_files(RepoFacts& facts);
void probe_config_tree(const ScanContext& ctx, RepoFacts& facts);
void probe_secret_stores(const ScanContext& ctx, RepoFacts& facts);
void reset_secret_stores(RepoFacts& facts);
// Clears what probe_config_tree writes.
void reset_config_tree(RepoFacts& facts);
bool same_secret_stores(const ScanContext& ctx, std::span<const FileChange> changes);

namespace config {
// Whether a file name is an env file, and whether it is a template.
bool env_file_name(std::string_view basename);
bool env_template_name(std::string_view basename);
// Variable names of an env file that look like secrets (never values).
std::vector<std::string> secret_keys(std::string_view env_text, std::size_t max = 20);
// "CI" for CI configuration, else the first folder; a root file names itself.
std::string component_of(std::string_view path);
}  // namespace config

}  // namespace practrack
