// Checks against the repository: statuses detection contradicts, and an
// "Updated as of" date that commits have overtaken.
#include "catalog/catalog.h"
#include "tracker/tracker_lint.h"

namespace practrack {
namespace {

std::string first_evidence(const Assessment& a) {
  if (a.evidence.empty()) return "";
  const Evidence& e = a.evidence.front();
  std::string where = e.path + (e.line > 0 ? ":" + std::to_string(e.line) : "");
  return " (" + where + (e.excerpt.empty() ? "" : ": " + e.excerpt) + ")";
}

std::optional<LintFinding> contradiction(const ImportedRow& r, const Assessment& a) {
  if (!r.row.status || a.needs_attestation || a.detected == Status::not_applicable) return {};
  // The tracker document is itself this practice's evidence: a generated
  // tracker states what was true before it was committed.
  if (a.id == "practices-tracker") return {};
  Status said = *r.row.status;
  std::string head = "says \"" + r.row.practice + "\" is " + std::string(status_title(said));
  if (said == Status::adopted && a.detected == Status::not_started)
    return LintFinding{r.row.line,
                       head + ", but the repository shows no evidence: " + a.detected_note};
  if (said == Status::not_started && a.detected != Status::not_started)
    return LintFinding{r.row.line, head + ", but the repository shows it " +
                                       std::string(status_title(a.detected)) + ": " +
                                       a.detected_note + first_evidence(a)};
  return {};
}

}  // namespace

std::vector<LintFinding> lint_against_scan(const ImportResult& imported, const Report& report) {
  std::vector<LintFinding> out;
  for (const auto& r : imported.rows) {
    if (r.kind == MatchKind::custom) continue;
    const Assessment* a = report.find(r.practice);
    if (!a) continue;
    if (auto f = contradiction(r, *a)) out.push_back(std::move(*f));
  }
  return out;
}

std::vector<LintFinding> lint_staleness(const TrackerDoc& doc, int commits_after,
                                        const std::string& latest_date) {
  if (doc.updated_line == 0 || commits_after <= 0) return {};
  return {{doc.updated_line, "\"Updated as of " + doc.updated + "\" but " +
                                 std::to_string(commits_after) + " commit" +
                                 (commits_after == 1 ? "" : "s") + " came after it (latest " +
                                 latest_date + ")"}};
}

}  // namespace practrack
