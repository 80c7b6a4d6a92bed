// The probes of the source family (see source_family.cc for the table).
#pragma once

#include <memory>

#include "facts/repo_facts.h"
#include "probes/source/file_analysis.h"
#include "scan/context.h"

namespace practrack::source {

// Languages, tests and library use from every own source file.
void scan_sources(const ScanContext& ctx, RepoFacts& facts);
// One file's analysis, computed once per scan (and once per blob across
// scans sharing a memo); null when the analysis failed (reported).
std::shared_ptr<const FileResult> analysed(const ScanContext& ctx, const FileEntry& file,
                                           const LangInfo& lang);
// Model weights, prompt files and dashboard exports, found by path.
void scan_artifacts(const ScanContext& ctx, RepoFacts& facts);
// Coverage thresholds in coverage/test-runner configuration, pushed as
// config sections ("coverage.fail_under", "jest.coverageThreshold" ...).
void scan_coverage_config(const ScanContext& ctx, RepoFacts& facts);

}  // namespace practrack::source
