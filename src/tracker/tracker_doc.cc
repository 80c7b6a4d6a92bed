// Line-based parser of the tracker layout. Tables in Markdown are one row
// per line, so a small state machine over lines is enough and keeps lines.
#include "tracker/tracker_doc.h"

#include <re2/re2.h>

#include <algorithm>

#include "util/text.h"

namespace practrack {
namespace {

enum class Zone { other, practices, summary, priorities, decisions };
enum class TableKind { none, practices, summary, decisions, other };

// Removes Markdown emphasis and code marks around a cell: "**55**" -> "55".
std::string plain(std::string_view cell) {
  std::string out;
  for (char c : cell)
    if (c != '*' && c != '`') out += c;
  return std::string(text::trim(out));
}

int number(std::string_view cell) {
  std::string s = plain(cell);
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos)
    return -1;
  return std::stoi(s);
}

bool is_separator(const std::vector<std::string>& cells) {
  if (cells.empty()) return false;
  for (const auto& c : cells)
    if (c.empty() || c.find_first_not_of("-: ") != std::string::npos) return false;
  return true;
}

int column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (text::lower(plain(header[i])) == name) return static_cast<int>(i);
  return -1;
}

std::string cell_at(const std::vector<std::string>& cells, int i) {
  return i >= 0 && i < static_cast<int>(cells.size()) ? cells[static_cast<std::size_t>(i)] : "";
}

class Parser {
 public:
  explicit Parser(TrackerDoc& doc) : doc_(doc) {}

  bool line(int n, std::string_view s) {
    if (text::starts_with(s, "|")) return table_line(n, s);
    table_ = TableKind::none;
    header_.clear();
    if (text::starts_with(s, "# ") && doc_.title_line == 0) {
      doc_.title = std::string(text::trim(s.substr(2)));
      doc_.title_line = n;
    } else if (text::starts_with(s, "## ")) {
      heading(n, text::trim(s.substr(3)));
    } else if (text::starts_with(s, "### ")) {
      subheading(n, text::trim(s.substr(4)));
    } else {
      prose(n, s);
    }
    return true;
  }

  void finish(int last) { close_section(last); }

 private:
  TrackerDoc& doc_;
  Zone zone_ = Zone::other;
  TableKind table_ = TableKind::none;
  std::vector<std::string> header_;
  std::size_t rows_ = 0;

  void close_section(int last) {
    if (zone_ == Zone::practices && !doc_.sections.empty()) doc_.sections.back().end_line = last;
  }

  void heading(int n, std::string_view title) {
    close_section(n - 1);
    static const RE2 numbered(R"(^(\d{1,3})\.\s+(.+)$)");
    int num = 0;
    std::string rest;
    std::string lower = text::lower(title);
    if (lower == "summary") {
      zone_ = Zone::summary;
      doc_.summary_line = n;
    } else if (text::contains(lower, "owner decisions")) {
      zone_ = Zone::decisions;
      doc_.decisions_line = n;
    } else if (text::contains(lower, "top priorities")) {
      start_priorities(n);
    } else if (RE2::FullMatch(title, numbered, &num, &rest)) {
      zone_ = Zone::practices;
      doc_.sections.push_back({n, num, std::string(text::trim(rest)), n, {}});
    } else {
      zone_ = Zone::other;
    }
  }

  void start_priorities(int n) {
    zone_ = Zone::priorities;
    doc_.priorities_line = n;
  }

  void subheading(int n, std::string_view title) {
    if (text::contains(text::lower(title), "top priorities")) return start_priorities(n);
    // A subsection inside a practice section stays in it (its tables are
    // told apart by their headers); elsewhere a new ### ends priorities.
    if (zone_ == Zone::priorities) zone_ = Zone::other;
  }

  void prose(int n, std::string_view s) {
    static const RE2 updated(R"(Updated as of (\d{4}-\d{2}-\d{2}))");
    std::string date;
    if (doc_.updated_line == 0 && RE2::PartialMatch(s, updated, &date)) {
      doc_.updated = date;
      doc_.updated_line = n;
    }
    if (doc_.legend_line == 0 && text::starts_with(s, "**Legend:**")) doc_.legend_line = n;
    if (!doc_.overall) overall(n, s);
    if (zone_ == Zone::priorities) priority(n, s);
  }

  void overall(int n, std::string_view s) {
    static const RE2 head(R"(Overall adoption:\s*(\d+)/(\d+) practices adopted \((\d+)%\))");
    static const RE2 tail(R"((\d+) partial \((\d+)%\),\s*(\d+) not started \((\d+)%\))");
    OverallLine o;
    o.line = n;
    if (!RE2::PartialMatch(s, head, &o.adopted, &o.total, &o.adopted_pct)) return;
    RE2::PartialMatch(s, tail, &o.partial, &o.partial_pct, &o.not_started, &o.not_started_pct);
    doc_.overall = o;
  }

  void priority(int n, std::string_view s) {
    static const RE2 item(R"(^\s{0,3}(?:\d+[.)]|[-*])\s+(.*)$)");
    std::string body;
    if (RE2::FullMatch(s, item, &body)) {
      doc_.priorities.push_back({n, body});
    } else if (!doc_.priorities.empty() && !text::trim(s).empty() &&
               (text::starts_with(s, " ") || text::starts_with(s, "\t"))) {
      doc_.priorities.back().text += " " + std::string(text::trim(s));
    }
  }

  bool table_line(int n, std::string_view s) {
    std::vector<std::string> cells = table_cells(s);
    if (table_ == TableKind::none) {
      header_ = cells;
      table_ = TableKind::other;  // until the separator confirms it
      return true;
    }
    if (is_separator(cells)) {
      table_ = kind_of(header_);
      return true;
    }
    if (++rows_ > kTrackerMaxRows) return false;
    row(n, cells);
    return true;
  }

  TableKind kind_of(const std::vector<std::string>& h) const {
    if (zone_ == Zone::practices && column(h, "practice") >= 0 && column(h, "status") >= 0)
      return TableKind::practices;
    if (zone_ == Zone::summary && column(h, "category") >= 0 && column(h, "adopted") >= 0)
      return TableKind::summary;
    if (zone_ == Zone::decisions && column(h, "decision") >= 0) return TableKind::decisions;
    return TableKind::other;
  }

  void row(int n, const std::vector<std::string>& c) {
    if (table_ == TableKind::practices) practice_row(n, c);
    if (table_ == TableKind::summary) summary_row(n, c);
    if (table_ == TableKind::decisions)
      doc_.decisions.push_back({n, cell_at(c, column(header_, "decision")),
                                cell_at(c, column(header_, "impact")),
                                cell_at(c, column(header_, "see"))});
  }

  void practice_row(int n, const std::vector<std::string>& c) {
    TrackerRow r;
    r.line = n;
    r.practice = cell_at(c, column(header_, "practice"));
    r.status_text = cell_at(c, column(header_, "status"));
    r.status = parse_status(plain(r.status_text));
    r.notes = cell_at(c, column(header_, "notes"));
    if (!r.practice.empty()) doc_.sections.back().rows.push_back(std::move(r));
  }

  void summary_row(int n, const std::vector<std::string>& c) {
    SummaryRow r;
    r.line = n;
    std::string raw = cell_at(c, column(header_, "category"));
    r.category = plain(raw);
    r.is_total = text::lower(r.category) == "total";
    r.adopted = number(cell_at(c, column(header_, "adopted")));
    r.partial = number(cell_at(c, column(header_, "partial")));
    r.not_started = number(cell_at(c, column(header_, "not started")));
    r.total = number(cell_at(c, column(header_, "total")));
    r.not_applicable = std::max(0, number(cell_at(c, column(header_, "n/a"))));
    doc_.summary.push_back(std::move(r));
  }
};

}  // namespace

std::vector<std::string> table_cells(std::string_view line) {
  std::string_view s = text::trim(line);
  if (text::starts_with(s, "|")) s.remove_prefix(1);
  std::vector<std::string> cells;
  std::string cur;
  bool closed = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    closed = false;
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') {
      cur += "\\|";  // kept as written: the cell is rendered Markdown
      ++i;
    } else if (s[i] == '|') {
      cells.emplace_back(text::trim(cur));
      cur.clear();
      closed = true;
    } else {
      cur += s[i];
    }
  }
  if (!closed && !text::trim(cur).empty()) cells.emplace_back(text::trim(cur));
  return cells;
}

Result<TrackerDoc> parse_tracker(std::string_view text_in) {
  if (text_in.size() > kTrackerMaxBytes)
    return Error{"the document is larger than " + std::to_string(kTrackerMaxBytes >> 20) + " MiB"};
  if (text::looks_binary(text_in)) return Error{"the document is binary, not Markdown"};
  TrackerDoc doc;
  std::string clean = text::sanitize_utf8(text_in);
  Parser parser(doc);
  int n = 0;
  for (std::string_view l : text::lines(clean)) {
    ++n;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    doc.lines.emplace_back(l);
    if (!parser.line(n, l))
      return Error{"more than " + std::to_string(kTrackerMaxRows) + " table rows"};
  }
  parser.finish(n);
  return doc;
}

}  // namespace practrack
