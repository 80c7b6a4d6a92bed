// The probes of the source family (see source_family.cc for the table).
#pragma once

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::source {

// Languages, tests, library use and which modules have tests, from
// every own source file.
void scan_sources(const ScanContext& ctx, RepoFacts& facts);
void reset_sources(RepoFacts& facts);
// In a history: the source facts moved by the changed files' differences
// (ProbeRow::update); false when the test mapping or a first evidence
// would have to be found again.
void keep_sources(RepoFacts& from, RepoFacts& to);
bool update_sources(const ScanContext& ctx, RepoFacts& facts, std::span<const FileChange> changes);
// Its per-file analysis, for the file pass (scan/file_pass.h).
FileAnalysis source_analysis();
// Model weights, prompt files and dashboard exports, found by path.
void scan_artifacts(const ScanContext& ctx, RepoFacts& facts);
// Coverage thresholds in coverage/test-runner configuration, pushed as
// config sections ("coverage.fail_under", "jest.coverageThreshold" ...).
void scan_coverage_config(const ScanContext& ctx, RepoFacts& facts);
// Its metrics; the scanner takes out its config sections.
void reset_coverage_config(RepoFacts& facts);

}  // namespace practrack::source
