// "The same figure stated two ways": a small heuristic, kept narrow so it
// does not cry wolf. A line states the project's line coverage when it
// says "coverage" and a percentage follows within 40 characters, and it
// is not about a threshold ("minimum", "threshold", "at least", "gate",
// "e.g.") nor about one file (a path with '/' on the line). Every later
// statement that gives a different percentage is reported.
#include <re2/re2.h>

#include <map>

#include "tracker/tracker_lint.h"
#include "util/text.h"

namespace practrack {
namespace {

bool about_threshold_or_file(const std::string& lower) {
  for (const char* w : {"minimum", "threshold", "at least", "gate", "e.g.", "/"})
    if (text::contains(lower, w)) return true;
  return false;
}

struct Statement {
  int line = 0;
  std::string value;
};

}  // namespace

std::vector<LintFinding> lint_figures(const TrackerDoc& doc) {
  static const RE2 stated(R"(coverage[^%0-9\n]{0,40}?\b(\d{1,3}(?:\.\d+)?)%)");
  std::vector<Statement> seen;
  std::vector<LintFinding> out;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    std::string lower = text::lower(doc.lines[i]);
    if (!text::contains(lower, "coverage") || about_threshold_or_file(lower)) continue;
    std::string value;
    if (!RE2::PartialMatch(lower, stated, &value)) continue;
    int line = static_cast<int>(i) + 1;
    std::string others;
    for (const auto& s : seen)
      if (s.value != value)
        others += (others.empty() ? "" : ", ") + s.value + "% at line " + std::to_string(s.line);
    if (!others.empty())
      out.push_back({line, "line coverage is stated as " + value + "% here but " + others});
    seen.push_back({line, value});
  }
  return out;
}

}  // namespace practrack
