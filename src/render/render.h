// Renderers turn a Report into text. Every command that prints a report
// picks one by --format from formats().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace practrack {

struct RenderOptions {
  bool color = false;  // ANSI colour (only on a TTY without NO_COLOR)
  bool quiet = false;  // table: summary line only
  int width = 100;     // terminal width for the table
  // Table notes whole, not cut to the width: for a pipe or a file, where
  // a reader (grep, a pager, an editor) wants the whole note.
  bool full_notes = false;
};

using RenderFn = std::string (*)(const Report&, const RenderOptions&);

struct FormatRow {
  std::string_view name;  // --format value
  RenderFn render;
  std::string_view help;  // one line for --help
};

std::string render_table(const Report& report, const RenderOptions& options);
std::string render_markdown(const Report& report, const RenderOptions& options);
std::string render_json(const Report& report, const RenderOptions& options);

const std::vector<FormatRow>& formats();
const FormatRow* find_format(std::string_view name);

// `practrack explain ID`: the practice, its criteria, the status, every
// piece of evidence.
std::string render_explain(const Report& report, std::string_view id, const RenderOptions& options);
// `practrack catalog`: categories and practices with ids and criteria.
std::string render_catalog_table(const RenderOptions& options);
std::string render_catalog_json();
std::string render_catalog_markdown();

}  // namespace practrack
