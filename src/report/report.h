// One scan's result: what was scanned, every practice decided, and the
// problems met. Renderers and the store take a Report; nothing else.
#pragma once

#include <string>
#include <vector>

#include "config/policy.h"
#include "facts/repo_facts.h"
#include "rules/assessment.h"
#include "scan/diagnostics.h"

namespace practrack {

inline constexpr int kReportSchemaVersion = 1;

struct ReportMeta {
  std::string repository;   // name: the work tree's folder or the remote's last part
  std::string path;         // absolute path scanned
  std::string source;       // "working tree" or "commit"
  std::string commit;       // full hex of the scanned commit (HEAD for a work tree)
  std::string branch;
  std::string scanned_at;   // ISO 8601 UTC
  long long commit_time = 0;  // unix seconds
  std::string version = PRACTRACK_VERSION;
  int files = 0;            // files in the tree
  double seconds = 0;       // wall time of the scan
  // Seconds spent in each probe, in run order (shown by --verbose).
  std::vector<std::pair<std::string, double>> probe_seconds;
};

struct Tally {
  int adopted = 0, partial = 0, not_started = 0, not_applicable = 0;
  // Practices that apply (all but not-applicable).
  int applicable() const { return adopted + partial + not_started; }
  int total() const { return applicable() + not_applicable; }
  // Adopted share of applicable practices, 0..100.
  double adoption() const { return applicable() ? 100.0 * adopted / applicable() : 0.0; }
  void add(Status s);
};

struct ReportCategory {
  std::string id;
  std::string title;
};

struct Report {
  ReportMeta meta;
  // Categories in display order: the catalog's, then custom ones.
  std::vector<ReportCategory> categories;
  std::vector<Assessment> assessments;  // catalog order
  std::vector<Diagnostic> diagnostics;
  RepoFacts facts;                      // what the rules saw
  // Owner decisions from config (the "Owner Decisions" table).
  struct Decision {
    std::string decision, impact, see;
  };
  std::vector<Decision> decisions;
  // Practices a gate insists on, and its policy (from config and flags).
  std::vector<std::string> required;
  Policy policy;

  const Assessment* find(std::string_view id) const;
  // Counts over every practice, or over one category.
  Tally tally() const;
  Tally tally(std::string_view category) const;
};

}  // namespace practrack
