#include "render/ci_formats.h"
#include "render/html_render.h"
#include "render/render.h"
#include "util/text.h"

namespace practrack {

const std::vector<FormatRow>& formats() {
  static const std::vector<FormatRow> table = {
      {"table", render_table, "aligned terminal table with a summary (default)"},
      {"md", render_markdown, "the Markdown tracker document"},
      {"json", render_json, "machine-readable, versioned (schema_version)"},
      {"html", render_html, "one self-contained HTML page: summary, tables, evidence"},
      {"junit", render_junit, "JUnit XML: a testsuite per category, a testcase per practice"},
      {"sarif", render_sarif, "SARIF 2.1.0 for code-scanning views"},
      {"badge", render_badge, "an SVG adoption badge"},
  };
  return table;
}

// Case does not matter: `-f JSON` means json.
const FormatRow* find_format(std::string_view name) {
  std::string lower = text::lower(name);
  for (const auto& f : formats())
    if (f.name == lower) return &f;
  return nullptr;
}

}  // namespace practrack
