// TODO(scaffold): placeholder renderers until render/ is written.
#include "render/render.h"

namespace practrack {

std::string render_table(const Report& report, const RenderOptions&) {
  std::string out;
  for (const auto& a : report.assessments)
    out += a.id + "  " + std::string(status_id(a.status)) + "  " + a.note + "\n";
  return out;
}
std::string render_markdown(const Report& r, const RenderOptions& o) { return render_table(r, o); }
std::string render_json(const Report& r, const RenderOptions& o) { return render_table(r, o); }
std::string render_explain(const Report& r, std::string_view, const RenderOptions& o) { return render_table(r, o); }
std::string render_catalog_table(const RenderOptions&) { return ""; }
std::string render_catalog_json() { return ""; }
std::string render_catalog_markdown() { return ""; }

}  // namespace practrack
