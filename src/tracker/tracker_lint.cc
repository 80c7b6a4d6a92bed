// The checks of `practrack lint`. Each returns findings with the line a
// reader should look at; the command prints them as FILE:LINE: message.
#include "tracker/tracker_lint.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "catalog/catalog.h"
#include "util/text.h"

namespace practrack {
namespace {

struct Counts {
  int adopted = 0, partial = 0, not_started = 0, total = 0;
  int not_applicable = 0;  // counted in total
  bool operator==(const Counts&) const = default;
};

Counts count_rows(const TrackerSection& s) {
  Counts c;
  for (const auto& r : s.rows) {
    ++c.total;
    if (r.status == Status::adopted) ++c.adopted;
    if (r.status == Status::partial) ++c.partial;
    if (r.status == Status::not_started) ++c.not_started;
    if (r.status == Status::not_applicable) ++c.not_applicable;
  }
  return c;
}

std::string describe(const Counts& c) {
  return std::to_string(c.adopted) + " adopted, " + std::to_string(c.partial) + " partial, " +
         std::to_string(c.not_started) + " not started of " + std::to_string(c.total);
}

// The section a summary row counts: same catalog category, else same title.
const TrackerSection* section_for(const TrackerDoc& doc, const std::string& category) {
  std::string cat = category_for_title(category);
  for (const auto& s : doc.sections) {
    if (!cat.empty() && category_for_title(s.title) == cat) return &s;
    if (text::lower(s.title) == text::lower(category)) return &s;
  }
  return nullptr;
}

std::string lines_of(const TrackerSection& s) {
  if (s.rows.empty()) return "no rows";
  return "lines " + std::to_string(s.rows.front().line) + "-" + std::to_string(s.rows.back().line);
}

// A stated percentage agrees with its counts when it is either rounded or
// truncated: both conventions are common.
bool pct_ok(int stated, int part, int whole) {
  if (whole <= 0) return true;
  int down = part * 100 / whole;
  int nearest = (part * 200 + whole) / (2 * whole);
  return stated == down || stated == nearest;
}

void lint_overall(const TrackerDoc& doc, const Counts& rows, std::vector<LintFinding>& out) {
  if (!doc.overall) return;
  const OverallLine& o = *doc.overall;
  // The overall line counts the practices that apply.
  Counts applicable = rows;
  applicable.total -= rows.not_applicable;
  applicable.not_applicable = 0;
  Counts said{o.adopted, o.partial, o.not_started, o.total, 0};
  if (!(said == applicable))
    out.push_back({o.line, "overall adoption says " + describe(said) + "; the rows have " +
                               describe(applicable)});
  if (!pct_ok(o.adopted_pct, o.adopted, o.total) || !pct_ok(o.partial_pct, o.partial, o.total) ||
      !pct_ok(o.not_started_pct, o.not_started, o.total))
    out.push_back({o.line, "overall adoption percentages do not follow from its own counts"});
}

}  // namespace

std::vector<LintFinding> lint_summary(const TrackerDoc& doc) {
  std::vector<LintFinding> out;
  Counts all;
  for (const auto& s : doc.sections) {
    Counts c = count_rows(s);
    all.adopted += c.adopted, all.partial += c.partial, all.not_started += c.not_started;
    all.total += c.total, all.not_applicable += c.not_applicable;
  }
  for (const auto& r : doc.summary) {
    Counts said{r.adopted, r.partial, r.not_started, r.total, r.not_applicable};
    int counted = r.adopted + r.partial + r.not_started + r.not_applicable;
    if (counted != r.total && r.total >= 0)
      out.push_back({r.line, "summary row " + r.category +
                                 " does not add up: " + std::to_string(counted) +
                                 " counted, total " + std::to_string(r.total)});
    if (r.is_total) {
      if (!(said == all))
        out.push_back(
            {r.line, "summary total says " + describe(said) + "; the rows have " + describe(all)});
      continue;
    }
    const TrackerSection* s = section_for(doc, r.category);
    if (!s) {
      out.push_back({r.line, "summary row " + r.category + " names no section of the document"});
      continue;
    }
    Counts c = count_rows(*s);
    if (!(said == c))
      out.push_back({r.line, "summary says " + r.category + " has " + describe(said) +
                                 "; its rows (" + lines_of(*s) + ") have " + describe(c)});
  }
  lint_overall(doc, all, out);
  return out;
}

std::vector<LintFinding> lint_duplicates(const ImportResult& imported) {
  std::vector<LintFinding> out;
  std::map<int, const ImportedRow*> by_line;
  for (const auto& r : imported.rows) by_line[r.row.line] = &r;
  for (const auto& r : imported.rows) {
    if (!r.duplicate_of) continue;
    const ImportedRow* first = by_line[r.duplicate_of];
    std::string where = first->section == r.section ? "again in " + r.section
                                                    : "in " + first->section + " and " + r.section;
    std::string statuses =
        first->row.status_text == r.row.status_text
            ? ""
            : " (" + first->row.status_text + " there, " + r.row.status_text + " here)";
    out.push_back({r.row.line, "\"" + r.row.practice + "\" is practice '" + r.practice +
                                   "', already listed at line " + std::to_string(r.duplicate_of) +
                                   " (\"" + first->row.practice + "\"): listed " + where +
                                   statuses});
  }
  return out;
}

void sort_findings(std::vector<LintFinding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const LintFinding& a, const LintFinding& b) { return a.line < b.line; });
}

std::vector<LintFinding> lint_document(const TrackerDoc& doc, const ImportResult& imported) {
  std::vector<LintFinding> out = lint_summary(doc);
  for (auto& f : lint_duplicates(imported)) out.push_back(std::move(f));
  for (auto& f : lint_figures(doc)) out.push_back(std::move(f));
  sort_findings(out);
  return out;
}

}  // namespace practrack
