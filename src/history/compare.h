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
  // initial: the state at the oldest snapshot of a timeline, which has no
  // earlier snapshot to gain it from.
  enum class Kind { gained, lost, changed, initial };
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

// "gained", "lost", "changed", "initial"
std::string_view change_kind_id(PracticeChange::Kind k);

// Practices whose status, note or evidence differ, in the new report's
// order (then practices only the old one has). Evidence is compared by
// path and excerpt, so a line that merely moved is not a change.
// gained: the rank went up (or the practice became applicable);
// lost: the rank went down (see status_rank); changed: anything else.
std::vector<PracticeChange> compare_reports(const Report& before, const Report& after);

// True when a change is a regression (rank went down; N/A is ignored).
bool is_regression(const PracticeChange& change);

// True when the status stayed and only the note or evidence changed
// ("adopted → adopted"): `diff` lists these apart from status changes.
bool same_status(const PracticeChange& change);

// True when nothing changed but the numbers in the note ("12 test files"
// -> "13 test files"): same status, same evidence. `diff` leaves these out
// unless asked (-v): a count that moves is not a practice that changed.
bool count_only(const PracticeChange& change);

}  // namespace practrack
