// The probes of the hook family (rows of hook_probes() in hook_family.cc)
// and the helpers they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "parse/json.h"
#include "scan/context.h"

namespace practrack::hookprobe {

void probe_pre_commit(const ScanContext& ctx, RepoFacts& facts);
void probe_husky(const ScanContext& ctx, RepoFacts& facts);
void probe_package_json_hooks(const ScanContext& ctx, RepoFacts& facts);
void probe_lefthook(const ScanContext& ctx, RepoFacts& facts);
void probe_overcommit(const ScanContext& ctx, RepoFacts& facts);
void probe_hooks_path(const ScanContext& ctx, RepoFacts& facts);
void probe_commit_checks(const ScanContext& ctx, RepoFacts& facts);

// Commit-message checkers configured in a parsed package.json: a
// "commitlint" key, commitizen's "config": {"commitizen": ...}.
void package_json_checks(const std::string& path, std::string_view content,
                         const nlohmann::json& root, RepoFacts& facts);

// Whether `name` is a hook git runs (pre-commit, commit-msg, post-commit ...).
bool is_git_hook(std::string_view name);
// Records a configured manager once (names stay unique).
void add_manager(RepoFacts& facts, std::string name, Evidence at);
// Records the hook; when it runs a known command, also appends
// Command{Origin::hook, manager, id, entry} for the tool resolver.
void add_hook(RepoFacts& facts, Hook hook);
// One warning for a file that did not parse, at the line the parser named.
void warn_malformed(const ScanContext& ctx, const std::string& path, const std::string& error);
// A manager's config that was found but could not be parsed: warns, and
// records it so the rule does not take the manager's presence for hooks.
void unparsed_config(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
                     const std::string& error);
// The command lines of a hook script with their 1-based line numbers:
// shebangs, comments, blank lines, hook-manager boilerplate, messages
// (echo/printf) and plain assignments are skipped.
std::vector<std::pair<int, std::string>> script_commands(std::string_view script);
// Records a hook script as one hook whose entry joins its commands, and
// appends each command line, with its own line, for the tool resolver.
void add_script_hook(RepoFacts& facts, const std::string& manager, const std::string& id,
                     const std::string& stage, const std::string& path, std::string_view content);

}  // namespace practrack::hookprobe
