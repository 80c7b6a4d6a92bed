// A tracker document in the reference's Markdown layout, parsed line by
// line: sections of `| Practice | Status | Notes |` tables, the Summary
// table, the overall-adoption line, priorities and owner decisions. Every
// element keeps its 1-based line so lint can point at it. Anything else
// (prose, extra tables, cross-references) is tolerated and left alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/assessment.h"
#include "util/result.h"

namespace practrack {

inline constexpr std::size_t kTrackerMaxBytes = 2u << 20;
inline constexpr std::size_t kTrackerMaxRows = 5000;

struct TrackerRow {
  int line = 0;
  std::string practice;
  std::string status_text;       // as written
  std::optional<Status> status;  // nullopt when not a known status
  std::string notes;
};

struct TrackerSection {
  int line = 0;    // the `## N. Title` heading
  int number = 0;  // N, 0 when the heading has none
  std::string title;
  int end_line = 0;  // last line before the next `## ` heading
  std::vector<TrackerRow> rows;
};

struct SummaryRow {
  int line = 0;
  std::string category;
  int adopted = 0, partial = 0, not_started = 0, total = 0;
  int not_applicable = 0;  // an "N/A" column, when there is one
  bool is_total = false;   // the bold Total row
};

struct OverallLine {
  int line = 0;
  int adopted = 0, total = 0, partial = 0, not_started = 0;
  int adopted_pct = 0, partial_pct = 0, not_started_pct = 0;
};

struct PriorityItem {
  int line = 0;
  std::string text;
};

struct DecisionRow {
  int line = 0;
  std::string decision, impact, see;
};

struct TrackerDoc {
  std::string title;
  int title_line = 0;
  std::string updated;  // YYYY-MM-DD from "Updated as of"
  int updated_line = 0;
  int legend_line = 0;
  std::vector<TrackerSection> sections;  // practice sections only
  int summary_line = 0;
  std::vector<SummaryRow> summary;
  std::optional<OverallLine> overall;
  int priorities_line = 0;
  std::vector<PriorityItem> priorities;
  int decisions_line = 0;
  std::vector<DecisionRow> decisions;
  std::vector<std::string> lines;  // the document, without line ends
};

// Splits a Markdown table line into trimmed cells; `\|` stays in a cell.
std::vector<std::string> table_cells(std::string_view line);
// Fails only for oversize or binary input, or too many rows.
Result<TrackerDoc> parse_tracker(std::string_view text);

}  // namespace practrack

namespace practrack {
// Reads a tracker file from disk (at most kTrackerMaxBytes, no symlinks).
Result<std::string> read_tracker_file(const std::string& path);
}  // namespace practrack
