#include "render/html_render.h"

#include <algorithm>
#include <string_view>

#include "render/priorities.h"
#include "render/render_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// Every text from the scanned repository (notes, paths, excerpts) goes
// through here: it must never become markup.
std::string esc(std::string_view s) {
  std::string clean = text::sanitize_utf8(s);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A note's `code spans` as <code>, the rest escaped; an unpaired backtick
// stays as it is.
std::string note_html(std::string_view note) {
  std::string escaped = esc(render::one_line(note));
  auto ticks = static_cast<std::size_t>(std::count(escaped.begin(), escaped.end(), '`'));
  const std::size_t paired = ticks - ticks % 2;
  std::string out;
  std::size_t seen = 0;
  for (char c : escaped) {
    if (c == '`' && ++seen <= paired) {
      out += seen % 2 ? "<code>" : "</code>";
      continue;
    }
    out += c;
  }
  return out;
}

constexpr std::string_view kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{margin-bottom:.2rem}.meta{color:#59636e;margin-top:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d1d9e0;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.s{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.85em;white-space:nowrap}
.adopted{background:#dafbe1;color:#116329}.partial{background:#fff8c5;color:#7d4e00}
.not-started{background:#ffebe9;color:#a40e26}.not-applicable{background:#eef1f4;color:#59636e}
details{margin-top:.2rem;color:#59636e;font-size:.9em}code{font-size:.9em}
.bar{display:flex;height:.8rem;border-radius:.4rem;overflow:hidden;margin:.4rem 0 1rem;background:#eef1f4}
.bar span.adopted{background:#2da44e}.bar span.partial{background:#d4a72c}.bar span.not-started{background:#cf222e}
)";

std::string badge(Status s) {
  return "<span class=\"s " + std::string(status_id(s)) + "\">" + std::string(status_title(s)) +
         "</span>";
}

std::string evidence_list(const Assessment& a) {
  if (a.evidence.empty()) return "";
  constexpr std::size_t kShown = 20;
  std::string out = "<details><summary>" + std::to_string(a.evidence.size()) +
                    (a.evidence.size() == 1 ? " piece" : " pieces") + " of evidence</summary><ul>";
  for (std::size_t i = 0; i < a.evidence.size() && i < kShown; ++i) {
    const Evidence& e = a.evidence[i];
    std::string where =
        e.path.empty() ? "" : e.path + (e.line > 0 ? ":" + std::to_string(e.line) : "");
    out += "<li>";
    if (!where.empty()) out += "<code>" + esc(where) + "</code>";
    if (!e.excerpt.empty()) out += (where.empty() ? "" : " ") + esc(render::one_line(e.excerpt));
    out += "</li>";
  }
  if (a.evidence.size() > kShown)
    out += "<li>… and " + std::to_string(a.evidence.size() - kShown) + " more</li>";
  return out + "</ul></details>";
}

std::string counts_row(std::string_view label, const Tally& t, bool bold) {
  auto cell = [bold](int v) {
    std::string s = std::to_string(v);
    return "<td class=\"n\">" + (bold ? "<b>" + s + "</b>" : s) + "</td>";
  };
  std::string name = bold ? "<b>" + esc(label) + "</b>" : esc(label);
  return "<tr><td>" + name + "</td>" + cell(t.adopted) + cell(t.partial) + cell(t.not_started) +
         cell(t.not_applicable) + cell(t.total()) + "</tr>\n";
}

// The adoption bar: widths are shares of the applicable practices.
std::string bar(const Tally& t) {
  int d = t.applicable();
  auto part = [d](const char* cls, int n) {
    return n == 0 ? std::string()
                  : "<span class=\"" + std::string(cls) +
                        "\" style=\"width:" + std::to_string(render::percent(n, d)) + "%\"></span>";
  };
  return "<div class=\"bar\" role=\"img\" aria-label=\"adoption\">" + part("adopted", t.adopted) +
         part("partial", t.partial) + part("not-started", t.not_started) + "</div>\n";
}

}  // namespace

std::string render_html(const Report& report, const RenderOptions&) {
  const ReportMeta& m = report.meta;
  auto sections = render::sections(report);
  Tally total = render::total(sections);
  int d = total.applicable();
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  out += "<title>DevOps Practices Tracker — " + esc(m.repository) + "</title>\n";
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  out += "<h1>DevOps Practices Tracker</h1>\n<p class=\"meta\">" + esc(m.repository);
  bool committed = m.source == "commit" && m.commit_time > 0;
  out +=
      " — as of " + esc(render::date_of(committed ? render::iso_utc(m.commit_time) : m.scanned_at));
  if (!m.commit.empty()) out += ", commit <code>" + esc(render::short_commit(m.commit)) + "</code>";
  if (!m.source.empty() && !committed) out += " (" + esc(m.source) + ")";
  out += "</p>\n";
  out += "<p><b>Overall adoption: " + std::to_string(total.adopted) + "/" + std::to_string(d) +
         " practices adopted (" + std::to_string(render::percent(total.adopted, d)) + "%), " +
         std::to_string(total.partial) + " partial, " + std::to_string(total.not_started) +
         " not started</b>" +
         (total.not_applicable ? "; " + std::to_string(total.not_applicable) + " not applicable"
                               : "") +
         "</p>\n" + bar(total);

  out +=
      "<h2>Summary</h2>\n<table>\n<tr><th>Category</th><th>Adopted</th><th>Partial</th>"
      "<th>Not Started</th><th>N/A</th><th>Total</th></tr>\n";
  for (const auto& s : sections) out += counts_row(s.title, s.tally, false);
  out += counts_row("Total", total, true) + "</table>\n";

  int number = 0;
  for (const auto& s : sections) {
    out += "<h2 id=\"" + esc(s.id) + "\">" + std::to_string(++number) + ". " + esc(s.title) +
           "</h2>\n<table>\n<tr><th>Practice</th><th>Status</th><th>Notes</th></tr>\n";
    for (const render::Row& r : s.rows)
      out += "<tr id=\"" + esc(r.assessment->id) + "\"><td>" + esc(render::row_name(r)) +
             "</td><td>" + badge(r.assessment->status) + "</td><td>" +
             note_html(r.assessment->note) + evidence_list(*r.assessment) + "</td></tr>\n";
    out += "</table>\n";
  }

  auto top = render::top_priorities(report);
  if (!top.empty()) {
    out +=
        "<h2>Top priorities</h2>\n<p class=\"meta\">" + esc(render::kPriorityRule) + "</p>\n<ol>\n";
    for (const render::Row& r : top) {
      std::string howto = r.assessment->howto.empty() && r.practice ? std::string(r.practice->howto)
                                                                    : r.assessment->howto;
      out += "<li><b>" + esc(render::row_name(r)) + "</b>" +
             (howto.empty() ? "" : " — " + esc(howto)) + " " + badge(r.assessment->status) +
             "</li>\n";
    }
    out += "</ol>\n";
  }

  if (!report.diagnostics.empty()) {
    constexpr std::size_t kShown = 50;
    out += "<h2>Scan diagnostics</h2>\n<ul>\n";
    for (std::size_t i = 0; i < report.diagnostics.size() && i < kShown; ++i) {
      const Diagnostic& dg = report.diagnostics[i];
      std::string where = dg.path + (dg.line > 0 ? ":" + std::to_string(dg.line) : "");
      out += "<li><code>" + esc(render::one_line(where)) + "</code> — " +
             esc(render::one_line(dg.message)) + "</li>\n";
    }
    if (report.diagnostics.size() > kShown)
      out += "<li>… and " + std::to_string(report.diagnostics.size() - kShown) + " more</li>\n";
    out += "</ul>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace practrack
