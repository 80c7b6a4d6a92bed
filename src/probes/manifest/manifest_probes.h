// The manifest probes, one function per kind of file; manifest_family.cc
// lists them in order (lock files first: manifests look their locks up).
#pragma once

#include <string>

#include "facts/repo_facts.h"
#include "parse/toml.h"
#include "scan/context.h"

namespace practrack::manifest {

void probe_lock_files(const ScanContext& ctx, RepoFacts& facts);
void probe_version_files(const ScanContext& ctx, RepoFacts& facts);
// Python
void probe_pyproject(const ScanContext& ctx, RepoFacts& facts);
void probe_requirements(const ScanContext& ctx, RepoFacts& facts);
void probe_python_ini(const ScanContext& ctx, RepoFacts& facts);  // setup.cfg, tox.ini, ...
void probe_setup_py(const ScanContext& ctx, RepoFacts& facts);
void probe_pipfile(const ScanContext& ctx, RepoFacts& facts);
void probe_noxfile(const ScanContext& ctx, RepoFacts& facts);
// JavaScript, PHP, Ruby
void probe_package_json(const ScanContext& ctx, RepoFacts& facts);
void probe_composer(const ScanContext& ctx, RepoFacts& facts);
void probe_gemfile(const ScanContext& ctx, RepoFacts& facts);
// Go, Rust
void probe_go_mod(const ScanContext& ctx, RepoFacts& facts);
void probe_cargo(const ScanContext& ctx, RepoFacts& facts);
void probe_julia(const ScanContext& ctx, RepoFacts& facts);  // Project.toml
void probe_sbt(const ScanContext& ctx, RepoFacts& facts);    // build.sbt, project/plugins.sbt
// JVM
void probe_pom(const ScanContext& ctx, RepoFacts& facts);
void probe_gradle(const ScanContext& ctx, RepoFacts& facts);
// .NET
void probe_dotnet(const ScanContext& ctx, RepoFacts& facts);
// C and C++
void probe_cmake(const ScanContext& ctx, RepoFacts& facts);
// Linter settings that the tool table cannot see from a file name:
// complexity rules, golangci linters, warnings-as-errors in .NET projects,
// Renovate vulnerability alerts.
void probe_lint_settings(const ScanContext& ctx, RepoFacts& facts);

// Commands of a tox configuration given as INI text (tox.ini, or
// legacy_tox_ini inside pyproject.toml starting at `first_line`).
void read_tox_ini(const std::string& path, std::string_view text, int first_line, RepoFacts& facts);
// Commands of tox 4's TOML form ([tool.tox] or tox.toml).
void read_tox_toml(const std::string& path, const std::string& text, const toml::table& tox,
                   RepoFacts& facts);

}  // namespace practrack::manifest
