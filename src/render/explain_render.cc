// `practrack explain ID`: one practice in full — what the catalog asks,
// what the scan decided, and every piece of evidence behind it. The
// caller has already refused ids the catalog does not know.
#include <algorithm>

#include "catalog/catalog.h"
#include "render/render.h"
#include "render/render_kit.h"
#include "util/terminal.h"

namespace practrack {

namespace {

using term::Style;

constexpr std::size_t kLabel = 15;  // "Partial when:  "

// "Label:  text", the text wrapped under itself.
std::string field(std::string_view label, std::string_view value, std::size_t width,
                  const RenderOptions& o) {
  std::size_t room = width > kLabel + 10 ? width - kLabel : 10;
  auto lines = render::wrap(render::one_line(value), room, 0);
  std::string out = term::paint(term::fit(label, kLabel), Style::bold, o.color) + lines[0] + "\n";
  for (std::size_t i = 1; i < lines.size(); ++i)
    out += std::string(kLabel, ' ') + lines[i] + "\n";
  return out;
}

// Lines are cut to `width` on a terminal only: a pipe or a file gets them
// whole, as the table's notes (RenderOptions::full_notes).
std::string evidence(const Assessment& a, std::size_t width, bool whole) {
  if (a.evidence.empty()) return "  (none)\n";
  std::string out;
  for (const auto& e : a.evidence) {
    std::string where = e.path.empty() ? "(repository)" : render::one_line(e.path);
    if (e.line > 0) where += ":" + std::to_string(e.line);
    std::string line = "  " + where;
    if (!e.excerpt.empty()) line += "  " + render::one_line(e.excerpt);
    out += (!whole && term::display_width(line) > width ? term::fit(line, width) : line) + "\n";
  }
  return out;
}

}  // namespace

std::string render_explain(const Report& report, std::string_view id,
                           const RenderOptions& options) {
  const std::size_t width = static_cast<std::size_t>(std::max(options.width, 40));
  const Assessment* a = report.find(id);
  const Practice* p = find_practice(id);
  if (!a && !p) return "unknown practice '" + render::one_line(id) + "'\n";
  // Custom practices (config) exist only in the report; catalog ones may be
  // missing from a hand-built report.
  std::string name = a && !a->name.empty() ? a->name : p ? std::string(p->name) : std::string(id);
  std::string category = a && !a->category.empty() ? a->category : p ? std::string(p->category) : "";
  std::string title = category;
  for (const auto& c : report.categories)
    if (c.id == category) title = c.title;
  if (title == category)
    if (const Category* c = find_category(category)) title = std::string(c->title);
  int weight = a ? a->weight : p->weight;
  std::string howto = a && !a->howto.empty() ? a->howto : p ? std::string(p->howto) : "";
  std::string out = term::paint(std::string(id) + " — " + name, Style::bold, options.color) + "\n\n";
  out += field("Category:", title + " (" + category + ")", width, options);
  out += field("Weight:", std::to_string(weight) + " of 5", width, options);
  if (p) {
    out += field("Adopted when:", p->adopted, width, options);
    out += field("Partial when:", p->partial.empty() ? "(no partial state)" : p->partial, width,
                 options);
  } else {
    out += field("Adopted when:", "a rule of this custom practice in the project config holds",
                 width, options);
  }
  out += "\n";
  if (!a) {
    out += field("Status:", "not assessed in this report", width, options);
  } else {
    std::string status(status_title(a->status));
    out += term::paint(term::fit("Status:", kLabel), Style::bold, options.color) +
           term::paint(status, render::status_style(a->status), options.color) + "\n";
    if (!a->note.empty()) out += field("Note:", a->note, width, options);
    if (a->attestation) {
      const Attestation& t = *a->attestation;
      out += field("Attested:", std::string(status_title(t.status)) + " by " + t.owner + " on " +
                                    t.date + (t.expires.empty() ? "" : ", expires " + t.expires) +
                                    (t.stale ? " (expired: no longer counts)" : "") +
                                    (t.source.empty() ? "" : " — " + t.source),
                   width, options);
      out += field("Detected:", std::string(status_title(a->detected)) + ": " + a->detected_note,
                   width, options);
    }
    if (a->needs_attestation)
      out += field("Attestation:", "no file can show this practice; attest it in config",
                   width, options);
    out += "\n" + term::paint("Evidence:", Style::bold, options.color) + "\n" +
           evidence(*a, width, options.full_notes);
  }
  if (!howto.empty()) out += "\n" + field("How to adopt:", howto, width, options);
  return out;
}

}  // namespace practrack
