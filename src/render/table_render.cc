// The terminal table: per category a header and aligned rows (id,
// status, note cut to the width), then the summary per category and the
// overall adoption. No line is wider than options.width; colour only
// when options.color.
#include <algorithm>

#include "render/render.h"
#include "render/render_kit.h"
#include "util/terminal.h"

namespace practrack {

namespace {

using term::Style;

constexpr std::size_t kIndent = 2;
constexpr std::size_t kGap = 2;
constexpr std::size_t kStatusWidth = 11;  // "Not Started"
constexpr std::size_t kMaxIdWidth = 28;
constexpr std::size_t kMinNoteWidth = 8;  // below this, notes are left out

// Column widths for the rows, shrunk to fit the terminal.
struct Columns {
  std::size_t id = 0, note = 0;
};

Columns columns(const std::vector<render::Section>& sections, std::size_t width) {
  Columns c;
  for (const auto& s : sections)
    for (const auto& r : s.rows)
      c.id = std::max(c.id, term::display_width(render::one_line(r.assessment->id)));
  c.id = std::min(c.id, kMaxIdWidth);
  std::size_t fixed = kIndent + c.id + kGap + kStatusWidth;
  if (fixed > width) c.id -= std::min(c.id, fixed - width);
  fixed = kIndent + c.id + kGap + kStatusWidth;
  c.note = width > fixed + kGap + kMinNoteWidth ? width - fixed - kGap : 0;
  return c;
}

// `s` cut to `width` columns, no padding.
std::string cut(std::string_view s, std::size_t width) {
  return term::display_width(s) <= width ? std::string(s) : term::fit(s, width);
}

std::string row_line(const render::Row& r, const Columns& c, const RenderOptions& o) {
  const Assessment& a = *r.assessment;
  std::string line = std::string(kIndent, ' ') + term::fit(render::one_line(a.id), c.id);
  std::string status(status_title(a.status));
  std::string note = render::one_line(a.note);
  if ((c.note == 0 && !o.full_notes) || note.empty()) {
    return line + std::string(kGap, ' ') +
           term::paint(cut(status, kStatusWidth), render::status_style(a.status), o.color) + "\n";
  }
  line += std::string(kGap, ' ') +
          term::paint(term::fit(status, kStatusWidth), render::status_style(a.status), o.color);
  return line + std::string(kGap, ' ') + (o.full_notes ? note : cut(note, c.note)) + "\n";
}

// The summary: a category column and five right-aligned counts.
constexpr std::string_view kCountHeads[] = {"Adopted", "Partial", "Not Started", "N/A", "Total"};

std::string right(std::string_view s, std::size_t w) {
  std::size_t dw = term::display_width(s);
  return dw >= w ? std::string(s) : std::string(w - dw, ' ') + std::string(s);
}

// Width of the category column: the longest title, at most what the
// counts leave of the line.
std::size_t label_width(const std::vector<render::Section>& sections, std::size_t width) {
  std::size_t w = std::string_view("Category").size();
  for (const auto& s : sections) w = std::max(w, term::display_width(s.title));
  std::size_t counts = 0;
  for (auto h : kCountHeads) counts += kGap + h.size();
  std::size_t room = width > kIndent + counts ? width - kIndent - counts : 0;
  return std::min(w, room);
}

std::string counts_line(std::string_view label, const Tally& t, std::size_t label_w,
                        std::size_t width, const RenderOptions& o, bool bold) {
  const int values[] = {t.adopted, t.partial, t.not_started, t.not_applicable, t.total()};
  std::string nums;
  for (std::size_t i = 0; i < 5; ++i)
    nums += std::string(kGap, ' ') + right(std::to_string(values[i]), kCountHeads[i].size());
  std::string line = std::string(kIndent, ' ') + term::fit(label, label_w) + nums;
  return term::paint(cut(line, width), bold ? Style::bold : Style::none, o.color) + "\n";
}

std::string summary_header(std::size_t label_w, std::size_t width, const RenderOptions& o) {
  std::string heads;
  for (auto h : kCountHeads) heads += std::string(kGap, ' ') + std::string(h);
  std::string line = std::string(kIndent, ' ') + term::fit("Category", label_w) + heads;
  return term::paint(cut(line, width), Style::dim, o.color) + "\n";
}

// Parts joined with ", ", starting a new indented line rather than
// going past `width`.
std::string join_wrapped(const std::vector<std::string>& parts, std::size_t width) {
  std::string out, line;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string piece = parts[i] + (i + 1 < parts.size() ? "," : "");
    std::size_t need = term::display_width(line) + (line.empty() ? 0 : 1) +
                       term::display_width(piece);
    if (!line.empty() && need > width) {
      out += cut(line, width) + "\n";
      line = std::string(kIndent, ' ');
    }
    line += (line.empty() || line.back() == ' ' ? "" : " ") + piece;
  }
  return out + cut(line, width) + "\n";
}

std::string overall(const Tally& t, std::size_t width, const RenderOptions& o) {
  int d = t.applicable();
  auto part = [d](int n, std::string_view what) {
    return std::to_string(n) + " " + std::string(what) + " (" +
           std::to_string(render::percent(n, d)) + "%)";
  };
  std::vector<std::string> parts = {
      "Overall adoption: " + std::to_string(t.adopted) + "/" + std::to_string(d) + " adopted (" +
          std::to_string(render::percent(t.adopted, d)) + "%)",
      part(t.partial, "partial"), part(t.not_started, "not started")};
  if (t.not_applicable) parts.push_back(std::to_string(t.not_applicable) + " not applicable");
  std::string text = join_wrapped(parts, width);
  return o.color ? term::paint(text.substr(0, text.size() - 1), Style::bold, true) + "\n" : text;
}

std::string title(const Report& report, std::size_t width, const RenderOptions& o) {
  const ReportMeta& m = report.meta;
  std::string t = render::one_line(m.repository);
  if (!m.commit.empty()) t += " — commit " + render::short_commit(m.commit);
  // A commit read from the object store is shown with its own date; a
  // working tree with the day it was scanned.
  if (m.source == "commit" && m.commit_time > 0) {
    t += " of " + render::date_of(render::iso_utc(m.commit_time));
  } else {
    if (!m.source.empty()) t += " (" + render::one_line(m.source) + ")";
    if (!m.scanned_at.empty()) t += ", " + render::date_of(m.scanned_at);
  }
  return term::paint(cut(t, width), Style::bold, o.color) + "\n\n";
}

}  // namespace

std::string render_table(const Report& report, const RenderOptions& options) {
  const std::size_t width = static_cast<std::size_t>(std::max(options.width, 20));
  auto sections = render::sections(report);
  Tally t = render::total(sections);
  if (options.quiet) return overall(t, width, options);
  Columns c = columns(sections, width);
  std::string out = title(report, width, options);
  for (const auto& s : sections) {
    out += term::paint(cut(s.title, width), Style::bold, options.color) + "\n";
    for (const auto& r : s.rows) out += row_line(r, c, options);
    out += "\n";
  }
  out += term::paint("Summary", Style::bold, options.color) + "\n";
  std::size_t label_w = label_width(sections, width);
  out += summary_header(label_w, width, options);
  for (const auto& s : sections)
    out += counts_line(s.title, s.tally, label_w, width, options, false);
  out += counts_line("Total", t, label_w, width, options, true);
  out += "\n" + overall(t, width, options);
  if (int files = render::files_with_problems(report.diagnostics); files > 0)
    out += cut(std::to_string(files) + (files == 1 ? " file" : " files") +
                   " could not be read or parsed (see the warnings).",
               width) +
           "\n";
  return out;
}

}  // namespace practrack
