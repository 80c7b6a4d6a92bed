#include "render/render.h"

namespace practrack {

const std::vector<FormatRow>& formats() {
  static const std::vector<FormatRow> table = {
      {"table", render_table, "aligned terminal table with a summary (default)"},
      {"md", render_markdown, "the Markdown tracker document"},
      {"json", render_json, "machine-readable, versioned (schema_version)"},
  };
  return table;
}

const FormatRow* find_format(std::string_view name) {
  for (const auto& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace practrack
