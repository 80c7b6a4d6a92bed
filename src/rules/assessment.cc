#include "rules/assessment.h"

#include "util/text.h"

namespace practrack {

std::string_view status_id(Status s) {
  switch (s) {
    case Status::adopted: return "adopted";
    case Status::partial: return "partial";
    case Status::not_started: return "not-started";
    case Status::not_applicable: return "not-applicable";
  }
  return "?";
}

std::string_view status_title(Status s) {
  switch (s) {
    case Status::adopted: return "Adopted";
    case Status::partial: return "Partial";
    case Status::not_started: return "Not Started";
    case Status::not_applicable: return "N/A";
  }
  return "?";
}

std::optional<Status> parse_status(std::string_view in) {
  std::string s = text::lower(text::trim(in));
  for (char& c : s)
    if (c == ' ' || c == '_') c = '-';
  if (s == "adopted" || s == "done" || s == "yes") return Status::adopted;
  if (s == "partial" || s == "partially-adopted" || s == "in-progress") return Status::partial;
  if (s == "not-started" || s == "no" || s == "missing") return Status::not_started;
  if (s == "not-applicable" || s == "n/a" || s == "na") return Status::not_applicable;
  return std::nullopt;
}

}  // namespace practrack
