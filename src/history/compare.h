// What changed between two reports of one repository: per practice, the
// status and note before and after and the evidence that appeared or
// disappeared. `timeline` and `diff` are both built on it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report.h"

namespace practrack {

struct PracticeChange {
  enum class Kind { gained, lost, changed };
  Kind kind = Kind::changed;
  std::string id;
  std::string name;
  std::string category;
  std::optional<Status> before;  // nullopt: the practice was not in the old report
  std::optional<Status> after;   // nullopt: not in the new report
  std::string note_before;
  std::string note_after;
  std::vector<Evidence> appeared;
  std::vector<Evidence> disappeared;
};

std::string_view change_kind_id(PracticeChange::Kind k);  // "gained", "lost", "changed"

// Practices whose status, note or evidence differ, in the new report's
// order (then practices only the old one has). Evidence is compared by
// path and excerpt, so a line that merely moved is not a change.
// gained: the rank went up (or the practice became applicable);
// lost: the rank went down (see status_rank); changed: anything else.
std::vector<PracticeChange> compare_reports(const Report& before, const Report& after);

// True when a change is a regression (rank went down; N/A is ignored).
bool is_regression(const PracticeChange& change);

}  // namespace practrack
