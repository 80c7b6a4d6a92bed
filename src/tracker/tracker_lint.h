// What a reader of a tracker would trip over, each at its line: summary
// counts that disagree with the rows, a practice in two categories, one
// figure stated two ways, statuses the repository contradicts, and an
// "Updated as of" date many commits old.
#pragma once

#include <string>
#include <vector>

#include "report/report.h"
#include "tracker/tracker_import.h"

namespace practrack {

struct LintFinding {
  int line = 0;
  std::string message;
};

// Checks that need only the document.
std::vector<LintFinding> lint_summary(const TrackerDoc& doc);
std::vector<LintFinding> lint_duplicates(const ImportResult& imported);
// Coverage figures: see docs/config.md "practrack lint" for the heuristic.
std::vector<LintFinding> lint_figures(const TrackerDoc& doc);
// Statuses the scan contradicts (what detection alone decided).
std::vector<LintFinding> lint_against_scan(const ImportResult& imported, const Report& report);
// `commits_after`: commits newer than the end of the "Updated as of" day.
std::vector<LintFinding> lint_staleness(const TrackerDoc& doc, int commits_after,
                                        const std::string& latest_date);

// Every document check, sorted by line.
std::vector<LintFinding> lint_document(const TrackerDoc& doc, const ImportResult& imported);
void sort_findings(std::vector<LintFinding>& findings);

}  // namespace practrack

namespace practrack {
class GitRepo;
struct CommitsAfter {
  int count = 0;
  std::string latest;  // YYYY-MM-DD of the newest of them
};
// Commits reachable from HEAD made after the end of `date` (UTC), counting
// at most `limit` commits of history.
CommitsAfter commits_after(const GitRepo& repo, const std::string& date, int limit = 200000);
}  // namespace practrack
