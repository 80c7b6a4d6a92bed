#include "history/change_render.h"

#include <algorithm>
#include <ctime>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/dates.h"
#include "util/terminal.h"

namespace practrack {
namespace {

std::string date_of(long long t) { return t ? dates::utc_day(t) : ""; }

std::string where(const Evidence& e) {
  return e.path + (e.line ? ":" + std::to_string(e.line) : "");
}

// Markdown table cells: pipes and newlines would break the row.
std::string cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

// "path:line  excerpt"; evidence of the commit itself (tags, history)
// has no path, only its excerpt.
std::string evidence_text(const Evidence& e) {
  std::string at = where(e);
  if (at.empty() || e.excerpt.empty()) return at + e.excerpt;
  return at + "  " + e.excerpt;
}

std::string evidence_lines(const PracticeChange& c, const std::string& indent) {
  std::string out;
  for (const auto& e : c.appeared) out += indent + "+ " + evidence_text(e) + "\n";
  for (const auto& e : c.disappeared) out += indent + "- " + evidence_text(e) + "\n";
  return out;
}

// The file in a code span; pathless evidence as its excerpt.
std::string evidence_cell(const Evidence& e) {
  return e.path.empty() ? e.excerpt : "`" + where(e) + "`";
}

std::string evidence_md(const PracticeChange& c) {
  std::vector<std::string> parts;
  for (const auto& e : c.appeared) parts.push_back("+ " + evidence_cell(e));
  for (const auto& e : c.disappeared) parts.push_back("− " + evidence_cell(e));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "<br>") + p;
  return cell(out);
}

nlohmann::ordered_json evidence_json(const std::vector<Evidence>& items) {
  auto arr = nlohmann::ordered_json::array();
  for (const auto& e : items)
    arr.push_back({{"path", e.path}, {"line", e.line}, {"excerpt", e.excerpt}});
  return arr;
}

nlohmann::ordered_json change_json(const PracticeChange& c) {
  nlohmann::ordered_json j;
  j["practice"] = c.id;
  j["name"] = c.name;
  j["category"] = c.category;
  j["change"] = std::string(change_kind_id(c.kind));
  j["before"] = c.before ? nlohmann::ordered_json(status_id(*c.before)) : nullptr;
  j["after"] = c.after ? nlohmann::ordered_json(status_id(*c.after)) : nullptr;
  j["note_before"] = c.note_before;
  j["note_after"] = c.note_after;
  j["evidence_appeared"] = evidence_json(c.appeared);
  j["evidence_disappeared"] = evidence_json(c.disappeared);
  return j;
}

int count(const std::vector<PracticeChange>& cs, PracticeChange::Kind k) {
  int n = 0;
  for (const auto& c : cs) n += c.kind == k && !same_status(c);
  return n;
}

void add_change(std::string& out, const PracticeChange& c, std::string_view label) {
  out += fmt::format("\n{:<8} {}  {} → {}\n", label, c.id, status_text(c.before),
                     status_text(c.after));
  if (c.note_before != c.note_after) {
    if (!c.note_before.empty()) out += "         was: " + c.note_before + "\n";
    if (!c.note_after.empty()) out += "         now: " + c.note_after + "\n";
  }
  out += evidence_lines(c, "         ");
}

}  // namespace

std::string status_text(const std::optional<Status>& s) {
  return s ? std::string(status_id(*s)) : "—";
}

// As the tracker's tables say it ("Not Started"), for text people read.
std::string status_title_of(const std::optional<Status>& s) {
  return s ? std::string(status_title(*s)) : "—";
}

std::string render_diff_table(const DiffHeader& h, const std::vector<PracticeChange>& changes) {
  using K = PracticeChange::Kind;
  // Status changes first; practices that kept their status and changed
  // only their note or evidence follow under a heading of their own.
  auto kept = static_cast<int>(std::count_if(changes.begin(), changes.end(), same_status));
  std::string out = fmt::format("{} → {}: {} gained, {} lost, {} changed", h.from_label,
                                h.to_label, count(changes, K::gained), count(changes, K::lost),
                                count(changes, K::changed));
  out += kept > 0 ? fmt::format("; {} kept their status with a new note or evidence\n", kept)
                  : "\n";
  if (h.count_only_hidden > 0)
    out += fmt::format("({} more changed only in a count in the note; -v lists them)\n",
                       h.count_only_hidden);
  for (K kind : {K::gained, K::lost, K::changed})
    for (const auto& c : changes)
      if (c.kind == kind && !same_status(c)) add_change(out, c, change_kind_id(kind));
  if (kept > 0) {
    out += "\nSame status, new note or evidence:\n";
    for (const auto& c : changes)
      if (same_status(c)) add_change(out, c, "note");
  }
  return out;
}

std::string render_diff_md(const DiffHeader& h, const std::vector<PracticeChange>& changes) {
  std::string out = fmt::format("## Practices: {} → {}\n\n", cell(h.from_label), cell(h.to_label));
  std::string hidden =
      h.count_only_hidden > 0
          ? fmt::format("\n{} more changed only in a count in the note (-v lists them).\n",
                        h.count_only_hidden)
          : "";
  if (changes.empty()) return out + "No practice changed.\n" + hidden;
  out += "| Change | Practice | Before | After | Note | Evidence |\n|---|---|---|---|---|---|\n";
  for (const auto& c : changes)
    out += fmt::format("| {} | `{}` | {} | {} | {} | {} |\n", change_kind_id(c.kind), c.id,
                       status_text(c.before), status_text(c.after), cell(c.note_after),
                       evidence_md(c));
  return out + hidden;
}

std::string render_diff_json(const DiffHeader& h, const std::vector<PracticeChange>& changes) {
  nlohmann::ordered_json j;
  j["schema_version"] = kChangeSchemaVersion;
  j["from"] = h.from_label;
  j["to"] = h.to_label;
  j["count_only_hidden"] = h.count_only_hidden;
  j["changes"] = nlohmann::ordered_json::array();
  for (const auto& c : changes) j["changes"].push_back(change_json(c));
  return j.dump(2) + "\n";
}

std::string render_timeline_table(const std::vector<TimelineEvent>& events,
                                  std::size_t subject_width) {
  // Grouped by practice, each practice's events in commit order.
  std::map<std::string, std::vector<const TimelineEvent*>> by_practice;
  std::vector<std::string> order;
  for (const auto& e : events) {
    if (!by_practice.count(e.change.id)) order.push_back(e.change.id);
    by_practice[e.change.id].push_back(&e);
  }
  std::string out;
  for (const auto& id : order) {
    out += (out.empty() ? "" : "\n") + id + "\n";
    for (const auto* e : by_practice[id]) {
      std::string line = fmt::format(
          "  {}  {}  {:<12} → {:<12} {}  {}", date_of(e->commit.time), e->commit.hex.substr(0, 7),
          status_title_of(e->change.before), status_title_of(e->change.after),
          term::fit(e->commit.author, 16),
          subject_width ? term::fit(e->commit.subject, subject_width) : e->commit.subject);
      // The subject is the last column: no padding after it.
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
      out += evidence_lines(e->change, "      ");
    }
  }
  if (out.empty()) out = "No practice changed status in the stored history.\n";
  return out;
}

std::string render_timeline_md(const std::vector<TimelineEvent>& events) {
  std::string out = "## Practice timeline\n\n";
  if (events.empty()) return out + "No practice changed status in the stored history.\n";
  out += "| Practice | Date | Commit | Before | After | Author | Subject | Evidence |\n"
         "|---|---|---|---|---|---|---|---|\n";
  for (const auto& e : events)
    out += fmt::format("| `{}` | {} | `{}` | {} | {} | {} | {} | {} |\n", e.change.id,
                       date_of(e.commit.time), e.commit.hex.substr(0, 7),
                       status_text(e.change.before), status_text(e.change.after),
                       cell(e.commit.author), cell(e.commit.subject), evidence_md(e.change));
  return out;
}

std::string render_timeline_json(const std::vector<TimelineEvent>& events) {
  nlohmann::ordered_json j;
  j["schema_version"] = kChangeSchemaVersion;
  j["events"] = nlohmann::ordered_json::array();
  for (const auto& e : events) {
    nlohmann::ordered_json item;
    item["commit"] = e.commit.hex;
    item["date"] = date_of(e.commit.time);
    item["time"] = e.commit.time;
    item["author"] = e.commit.author;
    item["subject"] = e.commit.subject;
    item.update(change_json(e.change));
    j["events"].push_back(std::move(item));
  }
  return j.dump(2) + "\n";
}

}  // namespace practrack
