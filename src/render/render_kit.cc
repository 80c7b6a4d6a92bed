#include "render/render_kit.h"

#include <cmath>
#include <ctime>
#include <set>

#include "util/dates.h"
#include "util/terminal.h"
#include "util/text.h"

namespace practrack::render {

std::vector<Section> sections(const Report& report) {
  // The report's own categories (catalog, then custom ones); a hand-built
  // report without them falls back to the catalog's.
  std::vector<ReportCategory> cats = report.categories;
  if (cats.empty())
    for (const auto& c : categories()) cats.push_back({std::string(c.id), std::string(c.title)});
  std::vector<Section> out;
  std::set<const Assessment*> placed;
  for (const auto& c : cats) {
    Section s{c.id, c.title, {}, {}};
    for (const auto& a : report.assessments) {
      const Practice* p = find_practice(a.id);
      std::string_view category = !a.category.empty() ? std::string_view(a.category)
                                  : p ? p->category : std::string_view();
      if (category != c.id || !placed.insert(&a).second) continue;
      s.rows.push_back({&a, p});
    }
    if (!s.rows.empty()) out.push_back(std::move(s));
  }
  Section other{"other", "Other", {}, {}};
  for (const auto& a : report.assessments)
    if (!placed.count(&a)) other.rows.push_back({&a, find_practice(a.id)});
  if (!other.rows.empty()) out.push_back(std::move(other));
  for (auto& s : out)
    for (const auto& r : s.rows) s.tally.add(r.assessment->status);
  return out;
}

Tally total(const std::vector<Section>& sections) {
  Tally t;
  for (const auto& s : sections) {
    t.adopted += s.tally.adopted;
    t.partial += s.tally.partial;
    t.not_started += s.tally.not_started;
    t.not_applicable += s.tally.not_applicable;
  }
  return t;
}

std::string_view row_name(const Row& row) {
  if (!row.assessment->name.empty()) return row.assessment->name;
  return row.practice ? row.practice->name : std::string_view(row.assessment->id);
}

term::Style status_style(Status s) {
  switch (s) {
    case Status::adopted: return term::Style::green;
    case Status::partial: return term::Style::yellow;
    case Status::not_started: return term::Style::red;
    case Status::not_applicable: return term::Style::dim;
  }
  return term::Style::none;
}

std::string one_line(std::string_view s) {
  std::string clean = text::sanitize_utf8(s);
  std::string out;
  out.reserve(clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) {
    auto c = static_cast<unsigned char>(clean[i]);
    if (c == '\n' || c == '\t' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      continue;
    } else if (c == 0xC2 && i + 1 < clean.size() &&
               static_cast<unsigned char>(clean[i + 1]) < 0xA0) {
      ++i;  // a C1 control (U+0080..U+009F)
    } else {
      out += clean[i];
    }
  }
  return out;
}

int percent(int n, int d) {
  return d ? static_cast<int>(std::lround(100.0 * n / d)) : 0;
}

std::string short_commit(std::string_view commit) { return std::string(commit.substr(0, 7)); }

std::string date_of(std::string_view iso) { return std::string(iso.substr(0, 10)); }

std::string iso_utc(long long seconds) { return seconds ? dates::utc_iso(seconds) : ""; }

int files_with_problems(const std::vector<Diagnostic>& diagnostics) {
  std::set<std::string> paths;
  for (const auto& d : diagnostics) paths.insert(d.path);
  return static_cast<int>(paths.size());
}

std::vector<std::string> wrap(std::string_view s, std::size_t width, std::size_t indent) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t room = width;
  for (auto word : text::split(s, ' ')) {
    if (word.empty()) continue;
    std::size_t w = term::display_width(word);
    std::size_t used = term::display_width(line);
    if (!line.empty() && used + 1 + w > room) {
      lines.push_back(line);
      line.clear();
      room = width > indent ? width - indent : 1;
      used = 0;
    }
    std::string piece(word);
    if (w > room) piece = term::fit(word, room);
    line += (line.empty() ? "" : " ") + piece;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  for (std::size_t i = 1; i < lines.size(); ++i) lines[i] = std::string(indent, ' ') + lines[i];
  return lines;
}

}  // namespace practrack::render
