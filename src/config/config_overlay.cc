#include "config/config_overlay.h"

#include "catalog/catalog.h"
#include "coverage/coverage_map.h"
#include "rules/rule_kit.h"

namespace practrack {
namespace {

Assessment* find(Report& report, const std::string& id) {
  for (auto& a : report.assessments)
    if (a.id == id) return &a;
  return nullptr;
}

void add_custom(const ProjectConfig& config, const ScanContext& context, Report& report) {
  for (const auto& p : config.practices) {
    bool known = false;
    for (const auto& c : report.categories) known = known || c.id == p.category;
    if (!known) report.categories.push_back({p.category, p.category_title.empty() ? p.category : p.category_title});
    report.assessments.push_back(decide_custom(p, context, report.facts));
  }
}

void apply_packs(const ProjectConfig& config, Report& report) {
  for (auto& a : report.assessments) {
    auto it = config.packs.find(a.category);
    if (it == config.packs.end()) continue;
    if (it->second == "off") {
      a.status = Status::not_applicable;
      a.note = "The " + a.category + " pack is off in " + config.path;
    } else if (it->second == "on" && a.status == Status::not_applicable) {
      a.status = Status::not_started;
      a.note = "The " + a.category + " pack is on in " + config.path + "; detection said: " + a.note;
    }
  }
}

void apply_not_applicable(const ProjectConfig& config, Report& report) {
  for (const auto& e : config.not_applicable) {
    Assessment* a = find(report, e.practice);
    if (!a) continue;
    a->status = Status::not_applicable;
    a->note = e.reason + " (" + config.path + ":" + std::to_string(e.line) + ")";
    if (a->detected == Status::adopted || a->detected == Status::partial)
      a->note += "; detection found: " + a->detected_note;
  }
}

void apply_attestations(const ProjectConfig& config, Report& report, const std::string& today) {
  for (const auto& e : config.attest) {
    Assessment* a = find(report, e.practice);
    if (!a) continue;
    Attestation att = e.attestation;
    att.source = config.path + ":" + std::to_string(e.line);
    // ISO dates compare as text.
    att.stale = !att.expires.empty() && att.expires < today;
    a->attestation = att;
    std::string who = att.owner + " on " + att.date;
    if (att.stale) {
      a->note += " — attestation by " + who + " expired on " + att.expires + " and no longer counts";
      continue;
    }
    a->status = att.status;
    std::string said = att.note.empty() ? std::string(status_title(att.status)) : att.note;
    a->note = said + " (attested by " + who + ")";
    if (att.status != a->detected)
      a->note += "; detection says " + std::string(status_id(a->detected)) + ": " + a->detected_note;
  }
}

}  // namespace

void apply_config(const ProjectConfig& config, const ScanContext& context, Report& report,
                  const std::string& today) {
  add_custom(config, context, report);
  apply_packs(config, report);
  apply_not_applicable(config, report);
  apply_attestations(config, report, today);
  for (const auto& [id, w] : config.weights)
    if (Assessment* a = find(report, id)) a->weight = w;
  for (const auto& d : config.decisions) report.decisions.push_back({d.decision, d.impact, d.see});
  report.required = config.required;
  report.policy = config.policy;
  if (!config.coverage_areas.empty()) {
    report.facts.coverage.area_globs = config.coverage_areas;
    coverage::build_areas(report.facts.coverage);
  }
}

}  // namespace practrack
