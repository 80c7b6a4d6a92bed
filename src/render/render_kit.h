// What every renderer shares: the report's rows grouped by category in
// catalog order, the counts computed from those rows, and text cleaning
// for output that an untrusted repository partly wrote.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "report/report.h"
#include "util/terminal.h"

namespace practrack::render {

struct Row {
  const Assessment* assessment;
  const Practice* practice;  // null for an id the catalog no longer has
};

struct Section {
  std::string id;     // category id, "other" for unknown practices
  std::string title;  // category title
  std::vector<Row> rows;
  Tally tally;        // counted from `rows`
};

// Categories in catalog order, each with the report's rows of that
// category (catalog order); categories without rows are left out, and
// practices the catalog does not know come last under "Other".
std::vector<Section> sections(const Report& report);
// Sum of the sections' tallies.
Tally total(const std::vector<Section>& sections);

// Display name of a row: the catalog name, else the id.
std::string_view row_name(const Row& row);

// Green adopted, yellow partial, red not started, dim N/A.
term::Style status_style(Status s);

// Valid UTF-8 on one line with no control characters (a note or excerpt
// from the scanned repository must not move the cursor or recolour the
// terminal): newlines and tabs become spaces, other C0/C1 controls go.
std::string one_line(std::string_view s);
// `n` of `d` as a whole percentage, rounded to nearest; 0 when d is 0.
int percent(int n, int d);
// First 7 characters of a commit id ("" stays "").
std::string short_commit(std::string_view commit);
// The date part of an ISO 8601 timestamp.
std::string date_of(std::string_view iso);
// Unix seconds as ISO 8601 UTC ("" for 0, unknown).
std::string iso_utc(long long seconds);
// Distinct paths named by the diagnostics (files that could not be read
// or parsed).
int files_with_problems(const std::vector<Diagnostic>& diagnostics);

// Words of `s` wrapped to `width` columns, every line after the first
// starting with `indent` spaces; a word longer than a line is cut.
std::vector<std::string> wrap(std::string_view s, std::size_t width, std::size_t indent);

}  // namespace practrack::render
