// .practrack.yml: what only humans know, next to what practrack detects.
// See docs/config.md for the format. Parsing reports every problem with
// its line, then fails; nothing is half-applied.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/policy.h"
#include "rules/assessment.h"
#include "util/result.h"

namespace practrack {

inline constexpr int kConfigVersion = 1;

struct AttestEntry {
  std::string practice;
  Attestation attestation;
  int line = 0;
};

struct NotApplicableEntry {
  std::string practice;
  std::string reason;
  int line = 0;
};

// A declarative condition of a custom practice.
struct Condition {
  enum class Kind { all, any, negate, file_exists, file_count, contains, not_contains, key, fact };
  Kind kind = Kind::all;
  std::string glob;     // file_exists, file_count, contains, not_contains, key (file)
  std::string regex;    // contains, not_contains
  long at_least = 1;    // file_count
  std::string path;     // key: dotted key path ("tool.ruff.line-length")
  std::optional<std::string> equals;  // key: value as text
  std::string fact;     // fact: a metric name from the probes
  std::string op;       // fact: ">=", ">", "<=", "<", "==", "!="
  double value = 0;     // fact
  std::vector<Condition> children;  // all, any, negate (one child)
  int line = 0;
};

struct CustomRule {
  Status status = Status::adopted;
  Condition when;
  std::string note;  // template: {count} files matched, {files} first paths
  int line = 0;
};

struct CustomPractice {
  std::string id;
  std::string name;
  std::string category;        // an existing category id or a new one
  std::string category_title;  // for a new category
  int weight = 2;
  std::string howto;
  std::vector<CustomRule> rules;  // the first that holds decides
  std::string otherwise;          // note when no rule holds
  int line = 0;
};

struct DecisionEntry {
  std::string decision, impact, see;
};

struct ProjectConfig {
  std::string path;  // where it was read from, for messages
  std::map<std::string, std::string> packs;  // category id -> "auto" | "on" | "off"
  std::vector<AttestEntry> attest;
  std::vector<NotApplicableEntry> not_applicable;
  std::vector<CustomPractice> practices;
  std::vector<DecisionEntry> decisions;
  std::map<std::string, int> weights;
  std::vector<std::string> required;
  Policy policy;
  // coverage.areas: the source areas of the coverage map and test
  // inventory (folders or globs); `--area` on the command line wins.
  std::vector<std::string> coverage_areas;
};

struct ConfigIssue {
  int line = 0;
  std::string message;
};

// Parses and validates; every issue found goes to `issues` (with lines,
// unknown keys with a "did you mean"); fails when there is any.
Result<ProjectConfig> parse_config(std::string_view text, const std::string& path,
                                   std::vector<ConfigIssue>& issues);

}  // namespace practrack
