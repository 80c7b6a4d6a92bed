#include "tracker/init_config.h"

#include <cmath>
#include <sstream>

#include "tracker/tracker_import.h"

namespace practrack {
namespace {

void write_packs(std::ostream& o, const Report& r) {
  o << "\n# Categories: auto (detection decides), on (always shown), off (not applicable).\n"
       "packs:\n";
  for (const auto& c : r.categories) o << "  " << c.id << ": auto  # " << c.title << "\n";
}

void write_attest(std::ostream& o, const Report& r, const std::string& owner,
                  const std::string& today) {
  o << "\n# No file can show these; say what is true and uncomment.\n"
       "attest:\n";
  for (const auto& a : r.assessments) {
    if (!a.needs_attestation) continue;
    o << "#  " << a.id << ":  # " << a.name << "\n"
      << "#    status: adopted  # adopted | partial | not-started | not-applicable\n"
      << "#    note: " << yaml_quote("How it is done, where to check") << "\n"
      << "#    owner: " << yaml_quote(owner) << "\n"
      << "#    date: " << today << "\n";
  }
}

void write_required(std::ostream& o, const Report& r) {
  o << "\n# `practrack check` fails unless these stay adopted: the adopted practices\n"
       "# of weight 5 today.\n"
       "required:";
  bool any = false;
  for (const auto& a : r.assessments) {
    if (a.weight != 5 || a.status != Status::adopted || a.custom) continue;
    o << "\n  - " << a.id << "  # " << a.name;
    any = true;
  }
  o << (any ? "\n" : " []\n");
}

}  // namespace

std::string init_yaml(const Report& report, const std::string& owner, const std::string& today) {
  std::ostringstream o;
  int floor5 = static_cast<int>(std::floor(report.tally().adoption() / 5.0)) * 5;
  o << "# .practrack.yml: what only people know about this repository, next to what\n"
       "# practrack detects. Written by `practrack init`; see docs/config.md.\n"
       "version: 1\n";
  write_packs(o, report);
  write_attest(o, report, owner, today);
  o << "\n# Practices that do not apply, with the reason:\n"
       "not_applicable:\n"
       "#  progressive-delivery: Single-target deployment by design\n";
  write_required(o, report);
  o << "\n# Thresholds `practrack check` enforces. min_adoption is today's adoption\n"
       "# rounded down to a multiple of 5, so it guards against going backwards.\n"
       "policy:\n"
       "  min_adoption: "
    << floor5 << "%\n";
  return o.str();
}

}  // namespace practrack
