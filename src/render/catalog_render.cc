// `practrack catalog`: the practices by category with ids, names,
// weights and what counts as evidence, as a terminal listing, Markdown
// or JSON (schema in docs/json-schema.md).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "render/render.h"
#include "render/render_kit.h"
#include "util/terminal.h"

namespace practrack {

namespace {

using term::Style;

std::vector<const Practice*> practices_of(std::string_view category) {
  std::vector<const Practice*> out;
  for (const auto& p : practices())
    if (p.category == category) out.push_back(&p);
  return out;
}

std::size_t id_width() {
  std::size_t w = 0;
  for (const auto& p : practices()) w = std::max(w, p.id.size());
  return w;
}

// "    adopted: …" wrapped under itself.
std::string criterion(std::string_view label, std::string_view text, std::size_t width) {
  constexpr std::size_t kIndent = 6;
  std::string head = std::string(kIndent, ' ') + std::string(label) + ": ";
  std::size_t room = width > head.size() + 10 ? width - head.size() : 10;
  auto lines = render::wrap(text, room, 0);
  std::string out = head + lines[0] + "\n";
  for (std::size_t i = 1; i < lines.size(); ++i)
    out += std::string(head.size(), ' ') + lines[i] + "\n";
  return out;
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

}  // namespace

std::string render_catalog_table(const RenderOptions& options) {
  const std::size_t width = static_cast<std::size_t>(std::max(options.width, 40));
  const std::size_t idw = std::min(id_width(), width / 3);
  std::string out;
  for (const auto& c : categories()) {
    std::string head = std::string(c.title) + " (" + std::string(c.id) + ")";
    out += term::paint(term::display_width(head) > width ? term::fit(head, width) : head,
                       Style::bold, options.color) +
           "\n";
    for (const Practice* p : practices_of(c.id)) {
      std::string line = "  " + term::fit(p->id, idw) + "  " + std::to_string(p->weight) + "  ";
      std::size_t room = width > term::display_width(line) ? width - term::display_width(line) : 0;
      std::string name(p->name);
      out += line + (term::display_width(name) > room ? term::fit(name, room) : name) + "\n";
      out += criterion("adopted", p->adopted, width);
      if (!p->partial.empty()) out += criterion("partial", p->partial, width);
    }
    out += "\n";
  }
  std::string footer = std::to_string(practices().size()) + " practices in " +
                       std::to_string(categories().size()) +
                       " categories; weight 5 = every project needs it, 1 = nice to have.";
  for (const auto& line : render::wrap(footer, width, 0)) out += line + "\n";
  return out;
}

std::string render_catalog_markdown() {
  std::string out = "# practrack catalog\n\n";
  out += std::to_string(practices().size()) + " practices in " +
         std::to_string(categories().size()) +
         " categories. Weight ranks the top priorities: 5 = every project needs it, "
         "1 = nice to have.\n\n";
  for (const auto& c : categories()) {
    out += "## " + std::string(c.title) + " (`" + std::string(c.id) + "`)\n\n";
    out += "| Id | Practice | Weight | Adopted when | Partial when | How to adopt |\n";
    out += "|----|----------|--------|--------------|--------------|--------------|\n";
    for (const Practice* p : practices_of(c.id))
      out += "| `" + std::string(p->id) + "` | " + md_cell(p->name) + " | " +
             std::to_string(p->weight) + " | " + md_cell(p->adopted) + " | " +
             md_cell(p->partial) + " | " + md_cell(p->howto) + " |\n";
    out += "\n";
  }
  return out;
}

std::string render_catalog_json() {
  using Json = nlohmann::ordered_json;
  Json cats = Json::array();
  for (const auto& c : categories()) {
    Json list = Json::array();
    for (const Practice* p : practices_of(c.id))
      list.push_back({{"id", p->id},
                      {"name", p->name},
                      {"weight", p->weight},
                      {"adopted", p->adopted},
                      {"partial", p->partial},
                      {"howto", p->howto}});
    cats.push_back({{"id", c.id}, {"title", c.title}, {"practices", std::move(list)}});
  }
  Json j;
  j["schema_version"] = kReportSchemaVersion;
  j["categories"] = std::move(cats);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace practrack
