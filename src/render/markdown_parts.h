// The pieces of the Markdown tracker, for commands that regenerate one
// part of a document at a time (`practrack sync`). render_markdown() is
// these pieces in order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/render_kit.h"
#include "report/report.h"

namespace practrack::md {

// One table cell: one line, `|` escaped.
std::string cell(std::string_view s);
std::string header(const Report& report);
// "## N. Title", the table, then a "---" rule.
std::string category_table(int number, const render::Section& s);
// "## Summary", its table and the overall-adoption line.
std::string summary(const std::vector<render::Section>& sections);
// "### Top Priorities …" and its list; empty when there are none.
std::string priorities(const Report& report);
std::string decisions(const Report& report);
std::string diagnostics(const Report& report);

}  // namespace practrack::md
