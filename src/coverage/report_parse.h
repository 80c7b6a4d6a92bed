// Coverage and test-result reports: Cobertura XML (coverage.py, gcovr),
// LCOV, JaCoCo XML, coverage.py JSON, Go cover profiles and JUnit XML.
// Each parser returns per-file line counts (per-suite results for JUnit)
// or an error naming the report and line. Inputs are bounded: a report
// over kMaxReportBytes or with more than kMaxReportEntries files/suites
// is refused with an error, never a crash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/coverage_facts.h"
#include "util/result.h"

namespace practrack::coverage {

inline constexpr std::size_t kMaxReportBytes = 256u << 20;  // 256 MiB
inline constexpr std::size_t kMaxReportEntries = 1'000'000;

enum class Format { automatic, cobertura, lcov, jacoco, coverage_json, go, junit };

struct SuiteResult {
  std::string name;
  int tests = 0, failures = 0, errors = 0, skipped = 0;
  double seconds = 0;
};

struct ParsedReport {
  Format format = Format::automatic;
  std::string name;                // the report's file name, for messages
  std::vector<FileLines> files;    // report paths, not yet matched to the tree
  std::vector<SuiteResult> suites; // JUnit only
};

std::string_view format_name(Format f);  // "cobertura", "lcov" ...
// "cobertura", "lcov", "jacoco", "coverage-json", "go", "junit", "auto".
Result<Format> parse_format(std::string_view name);
// Guesses the format from the first bytes; automatic when none fits.
Format detect_format(std::string_view text);

// Parses `text`, read from `name`. With Format::automatic, detects it.
Result<ParsedReport> parse_report(std::string_view text, std::string_view name,
                                  Format format = Format::automatic);
// Reads a report from disk (bounded, no symlinks) and parses it.
Result<ParsedReport> read_report(const std::string& file, Format format = Format::automatic);

}  // namespace practrack::coverage
