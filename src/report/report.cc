#include "report/report.h"


namespace practrack {

void Tally::add(Status s) {
  switch (s) {
    case Status::adopted: ++adopted; break;
    case Status::partial: ++partial; break;
    case Status::not_started: ++not_started; break;
    case Status::not_applicable: ++not_applicable; break;
  }
}

const Assessment* Report::find(std::string_view id) const {
  for (const auto& a : assessments)
    if (a.id == id) return &a;
  return nullptr;
}

Tally Report::tally() const {
  Tally t;
  for (const auto& a : assessments) t.add(a.status);
  return t;
}

Tally Report::tally(std::string_view category) const {
  Tally t;
  for (const auto& a : assessments)
    if (a.category == category) t.add(a.status);
  return t;
}

}  // namespace practrack
