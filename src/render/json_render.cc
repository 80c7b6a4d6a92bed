// JSON output: the schema is written down in docs/json-schema.md. Keys
// keep the order written here (ordered_json) so output diffs cleanly;
// every string from the scanned repository is sanitized to valid UTF-8.
#include <cmath>

#include <nlohmann/json.hpp>

#include "coverage/coverage_table.h"
#include "render/render.h"
#include "render/render_kit.h"
#include "util/text.h"

namespace practrack {

namespace {

using Json = nlohmann::ordered_json;

std::string clean(std::string_view s) { return text::sanitize_utf8(s); }

// A string, or null when empty (unknown).
Json text_or_null(std::string_view s) { return s.empty() ? Json(nullptr) : Json(clean(s)); }

Json counts(const Tally& t) {
  Json j;
  j["adopted"] = t.adopted;
  j["partial"] = t.partial;
  j["not_started"] = t.not_started;
  j["not_applicable"] = t.not_applicable;
  j["total"] = t.total();
  // Share of applicable practices, one decimal.
  j["adoption_percent"] = std::round(t.adoption() * 10.0) / 10.0;
  return j;
}

Json summary(const std::vector<render::Section>& sections) {
  Json j = counts(render::total(sections));
  Json per = Json::array();
  for (const auto& s : sections) {
    Json c;
    c["id"] = s.id;
    c["title"] = s.title;
    c.update(counts(s.tally));
    per.push_back(std::move(c));
  }
  j["categories"] = std::move(per);
  return j;
}

Json practice(const render::Section& s, const render::Row& r) {
  const Assessment& a = *r.assessment;
  Json j;
  j["id"] = clean(a.id);
  j["category"] = s.id;
  j["name"] = clean(render::row_name(r));
  j["status"] = status_id(a.status);
  j["note"] = clean(a.note);
  j["weight"] = a.weight;
  Json ev = Json::array();
  for (const auto& e : a.evidence)
    ev.push_back({{"path", clean(e.path)}, {"line", e.line}, {"excerpt", clean(e.excerpt)}});
  j["evidence"] = std::move(ev);
  j["needs_attestation"] = a.needs_attestation;
  j["custom"] = a.custom;
  j["detected_status"] = status_id(a.detected);
  if (a.attestation) {
    const Attestation& t = *a.attestation;
    j["attestation"] = {{"status", status_id(t.status)}, {"note", clean(t.note)},
                        {"owner", clean(t.owner)},       {"date", clean(t.date)},
                        {"expires", text_or_null(t.expires)}, {"stale", t.stale},
                        {"source", clean(t.source)}};
  } else {
    j["attestation"] = nullptr;
  }
  return j;
}

Json diagnostics(const std::vector<Diagnostic>& items) {
  Json out = Json::array();
  for (const auto& d : items)
    out.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                   {"path", clean(d.path)},
                   {"line", d.line},
                   {"message", clean(d.message)}});
  return out;
}

}  // namespace

std::string render_json(const Report& report, const RenderOptions&) {
  const ReportMeta& m = report.meta;
  auto sections = render::sections(report);
  Json j;
  j["schema_version"] = kReportSchemaVersion;
  j["tool"] = {{"name", "practrack"}, {"version", clean(m.version)}};
  j["repository"] = {{"name", clean(m.repository)}, {"path", clean(m.path)}};
  j["source"] = clean(m.source);
  j["commit"] = text_or_null(m.commit);
  j["branch"] = text_or_null(m.branch);
  j["scanned_at"] = clean(m.scanned_at);
  j["commit_time"] = text_or_null(render::iso_utc(m.commit_time));
  j["summary"] = summary(sections);
  Json list = Json::array();
  for (const auto& s : sections)
    for (const auto& r : s.rows) list.push_back(practice(s, r));
  j["practices"] = std::move(list);
  j["required"] = report.required;
  Json decisions = Json::array();
  for (const auto& d : report.decisions)
    decisions.push_back({{"decision", clean(d.decision)}, {"impact", clean(d.impact)}, {"see", clean(d.see)}});
  j["decisions"] = std::move(decisions);
  j["diagnostics"] = diagnostics(report.diagnostics);
  const CoverageFacts& cov = report.facts.coverage;
  if (cov.has_tests() || cov.has_line_data()) j["coverage"] = coverage::coverage_json(cov);
  // `replace` is a second guard: nothing invalid should reach here.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace practrack
