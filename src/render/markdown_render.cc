// The Markdown tracker, laid out like the hand-kept reference tracker:
// title, what was scanned, legend, one numbered table per category, the
// summary, the top priorities, then what could not be read. Every count
// is computed from the rows printed above it.
#include <string>

#include "render/markdown_parts.h"
#include "coverage/coverage_table.h"
#include "render/priorities.h"
#include "render/render.h"
#include "render/render_kit.h"
#include "util/text.h"

namespace practrack {

// The pieces are in md:: so `practrack sync` can regenerate one at a time.
namespace md {

using render::Row;
using render::Section;

// A table cell: one line, with the characters that would end the cell
// or the row escaped.
std::string cell(std::string_view s) {
  std::string clean = text::sanitize_utf8(s);
  std::string out;
  bool in_code = false;  // raw HTML is inert inside a `code span`
  for (std::size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    if (c == '`') in_code = !in_code;
    if (c == '|') out += "\\|";
    // Notes quote the scanned repository: its text must never become HTML
    // in the rendered tracker.
    else if (c == '<' && !in_code) out += "&lt;";
    else if (c == '\n') out += "<br>";
    else if (c == '\r' && i + 1 < clean.size() && clean[i + 1] == '\n') continue;
    else out += c;
  }
  return render::one_line(out);
}

std::string header(const Report& report) {
  const ReportMeta& m = report.meta;
  std::string out = "# DevOps Practices Tracker\n\n";
  // The name only: the document is meant to be committed, and a local
  // absolute path would differ on every machine.
  out += "DevOps practices of **" + cell(m.repository) + "**, with current adoption status.\n\n";
  // A commit read from the object store is the state of its own day: the
  // document is as of the commit, not of the day it was rendered (lint
  // counts the commits after this date as not reflected).
  bool committed = m.source == "commit" && m.commit_time > 0;
  out += "Updated as of " + render::date_of(committed ? render::iso_utc(m.commit_time) : m.scanned_at);
  if (!m.commit.empty()) out += " — commit " + render::short_commit(m.commit);
  if (!m.source.empty() && !committed) out += " (" + cell(m.source) + ")";
  out += ".\n\n**Legend:** Adopted / Partial / Not Started / N/A\n\n---\n\n";
  return out;
}

std::string category_table(int number, const Section& s) {
  std::string out = "## " + std::to_string(number) + ". " + s.title + "\n\n";
  out += "| Practice | Status | Notes |\n|----------|--------|-------|\n";
  for (const Row& r : s.rows)
    out += "| " + cell(render::row_name(r)) + " | " +
           std::string(status_title(r.assessment->status)) + " | " + cell(r.assessment->note) +
           " |\n";
  return out + "\n---\n\n";
}

namespace {

std::string counts_row(std::string_view label, const Tally& t, bool bold) {
  auto n = [bold](int v) {
    std::string s = std::to_string(v);
    return bold ? "**" + s + "**" : s;
  };
  std::string name = bold ? "**" + std::string(label) + "**" : std::string(label);
  return "| " + name + " | " + n(t.adopted) + " | " + n(t.partial) + " | " + n(t.not_started) +
         " | " + n(t.not_applicable) + " | " + n(t.total()) + " |\n";
}

std::string overall_line(const Tally& t) {
  int d = t.applicable();
  std::string out = "**Overall adoption: " + std::to_string(t.adopted) + "/" +
                    std::to_string(d) + " practices adopted (" +
                    std::to_string(render::percent(t.adopted, d)) + "%), " +
                    std::to_string(t.partial) + " partial (" +
                    std::to_string(render::percent(t.partial, d)) + "%), " +
                    std::to_string(t.not_started) + " not started (" +
                    std::to_string(render::percent(t.not_started, d)) + "%)";
  if (t.not_applicable) out += "; " + std::to_string(t.not_applicable) + " not applicable";
  return out + "**\n\n";
}

}  // namespace

std::string summary(const std::vector<Section>& sections) {
  std::string out = "## Summary\n\n";
  out += "| Category | Adopted | Partial | Not Started | N/A | Total |\n";
  out += "|----------|---------|---------|-------------|-----|-------|\n";
  for (const auto& s : sections) out += counts_row(s.title, s.tally, false);
  Tally t = render::total(sections);
  out += counts_row("Total", t, true);
  return out + "\n" + overall_line(t);
}

std::string priorities(const Report& report) {
  auto rows = render::top_priorities(report);
  if (rows.empty()) return "";
  std::string out = "### Top Priorities for DevOps Improvement\n\n";
  out += std::string(render::kPriorityRule) + "\n\n";
  int n = 0;
  for (const Row& r : rows) {
    std::string howto = r.assessment->howto.empty() && r.practice ? std::string(r.practice->howto)
                                                                  : r.assessment->howto;
    out += std::to_string(++n) + ". **" + cell(render::row_name(r)) + "**" +
           (howto.empty() ? "" : " — " + cell(howto));
    std::string note = cell(render::one_line(r.assessment->note));  // never HTML here either
    if (!note.empty()) out += " (current: " + note + ")";
    out += "\n";
  }
  return out + "\n";
}

// The reference's "Owner Decisions" table, from config.
std::string decisions(const Report& report) {
  if (report.decisions.empty()) return "";
  std::string out = "---\n\n## Owner Decisions Affecting DevOps\n\n";
  out += "| Decision | Impact | See |\n|----------|--------|-----|\n";
  for (const auto& d : report.decisions)
    out += "| " + cell(d.decision) + " | " + cell(d.impact) + " | " + cell(d.see) + " |\n";
  return out + "\n";
}

// Diagnostics are printed on stderr during the scan; the document keeps
// their count and the first few so a reader knows what was not seen.
std::string diagnostics(const Report& report) {
  if (report.diagnostics.empty()) return "";
  constexpr std::size_t kShown = 20;
  int files = render::files_with_problems(report.diagnostics);
  std::string out = "---\n\n## Scan Diagnostics\n\n" + std::to_string(files) +
                    (files == 1 ? " file" : " files") + " could not be read or parsed:\n\n";
  for (std::size_t i = 0; i < report.diagnostics.size() && i < kShown; ++i) {
    const Diagnostic& d = report.diagnostics[i];
    std::string where = d.path + (d.line > 0 ? ":" + std::to_string(d.line) : "");
    out += "- `" + render::one_line(where) + "` — " + render::one_line(d.message) + "\n";
  }
  if (report.diagnostics.size() > kShown)
    out += "- … and " + std::to_string(report.diagnostics.size() - kShown) + " more\n";
  return out + "\n";
}

}  // namespace md

std::string render_markdown(const Report& report, const RenderOptions&) {
  using namespace md;
  auto sections = render::sections(report);
  std::string out = header(report);
  int number = 0;
  for (const auto& s : sections) {
    out += category_table(++number, s);
    // The coverage map sits under the Testing table, as in the reference.
    if (s.id == "testing") out += coverage::coverage_markdown(report.facts.coverage);
  }
  out += summary(sections);
  out += priorities(report);
  out += decisions(report);
  out += diagnostics(report);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace practrack
