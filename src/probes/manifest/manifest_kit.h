// Helpers shared by the manifest probes: recording dependencies, sections
// and scripts with their evidence, spotting lock files, and deciding
// whether a version requirement is an exact pin.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "parse/toml.h"
#include "scan/context.h"

namespace practrack::manifest {

// PEP 503 name: lower case, runs of "-_." become one "-".
std::string pypi_name(std::string_view name);

// Exact pins per ecosystem's grammar.
bool pep440_exact(std::string_view spec);  // "==1.2.3", "===1.2" (no wildcard)
bool semver_exact(std::string_view spec);  // "1.2.3", "=1.2.3", "v1.2.3-rc.1"
bool maven_exact(std::string_view spec);   // "1.2.3", not "[1,2)", "1.+", "LATEST"

// The lock file for `ecosystem` in the manifest's folder or a folder above
// it (workspaces lock at their root), or null.
const FileEntry* find_lock(const ScanContext& ctx, std::string_view ecosystem,
                           std::string_view manifest_path);

// A manifest record for `file`, with the lock file beside it (when asked
// and there is one).
Manifest new_manifest(const ScanContext& ctx, std::string ecosystem, const FileEntry& file,
                      bool look_for_lock = true);

// Evidence for `needle` in `text`: its first line at or after byte `from`.
Evidence evidence_at(const std::string& path, std::string_view text, std::string_view needle,
                     std::size_t from = 0);
Evidence evidence_line(const std::string& path, std::string_view text, int line);

// Appends a dependency to facts and counts it on the manifest.
void add_dependency(RepoFacts& facts, Manifest& m, std::string name, std::string spec, bool exact,
                    bool dev, Evidence at);
void add_section(RepoFacts& facts, std::string key, Evidence at);
void add_script(RepoFacts& facts, std::string system, std::string context, std::string text,
                Evidence at);

// tox's env_list as written in tox.ini ("py3{10,11}, lint" on one or more
// lines): the env names a bare `tox` runs, braces expanded.
std::vector<std::string> tox_env_list(std::string_view written);
// Whether a bare `tox` runs the commands of `env`: the base env always,
// a named env only when env_list lists it (without env_list tox runs the
// default env alone).
bool tox_runs_by_default(const std::string& env, const std::vector<std::string>& env_list);

// The file's text without any diagnostic, for a second look at a file that
// another probe reads (and reports) already; nullopt when it cannot be read.
std::optional<std::string> reread_text(const ScanContext& ctx, const FileEntry& file);

// Warns once that `file` is malformed, with the parser's message.
void warn_malformed(const ScanContext& ctx, const FileEntry& file, const std::string& error);

// A TOML manifest read and parsed: its text (for evidence lines) and its
// table; nullopt after one warning naming the file.
struct TomlFile {
  std::string text;
  toml::table table;
};
std::optional<TomlFile> read_toml(const ScanContext& ctx, const FileEntry& file);
// The 1-based line a TOML node starts on.
inline int line_of(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

}  // namespace practrack::manifest
