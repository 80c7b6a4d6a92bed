#include "gate/gate.h"

#include <cstdio>

#include "catalog/catalog.h"

namespace practrack {
namespace {

std::string percent(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", v);
  return buf;
}

std::string howto_of(const Assessment& a) {
  const Practice* p = find_practice(a.id);
  return p ? std::string(p->howto) : "";
}

std::string title_of(const Report& report, const std::string& category) {
  for (const auto& c : report.categories)
    if (c.id == category) return c.title;
  return category;
}

}  // namespace

std::optional<int> status_rank(Status s) {
  switch (s) {
    case Status::adopted: return 2;
    case Status::partial: return 1;
    case Status::not_started: return 0;
    case Status::not_applicable: return std::nullopt;
  }
  return std::nullopt;
}

std::vector<GateFailure> evaluate_gate(const Report& report, const GateOptions& options,
                                       const Baseline& baseline) {
  std::vector<GateFailure> out;
  for (const auto& id : options.required) {
    const Assessment* a = report.find(id);
    if (!a || a->status == Status::adopted) continue;
    out.push_back({"required", id,
                   "required practice " + id + " (" + a->name + ") is " +
                       std::string(status_id(a->status)) + ": " + a->note,
                   howto_of(*a), a->evidence});
  }
  Tally all = report.tally();
  if (options.policy.min_adoption && all.adoption() + 1e-9 < *options.policy.min_adoption)
    out.push_back({"min-adoption", "",
                   "overall adoption is " + percent(all.adoption()) + " (" + std::to_string(all.adopted) +
                       "/" + std::to_string(all.applicable()) + "), below the minimum of " +
                       percent(*options.policy.min_adoption),
                   "", {}});
  for (const auto& [category, min] : options.policy.min_category) {
    Tally t = report.tally(category);
    // A category where nothing applies (a CLI's deployment practices) has
    // no adoption to fall short of.
    if (t.applicable() == 0 || t.adoption() + 1e-9 >= min) continue;
    out.push_back({"min-category-adoption", "",
                   title_of(report, category) + " adoption is " + percent(t.adoption()) + " (" +
                       std::to_string(t.adopted) + "/" + std::to_string(t.applicable()) +
                       "), below the minimum of " + percent(min),
                   "", {}});
  }
  if (options.policy.max_partial && all.partial > *options.policy.max_partial)
    out.push_back({"max-partial", "",
                   std::to_string(all.partial) + " practices are partial, more than the maximum of " +
                       std::to_string(*options.policy.max_partial),
                   "", {}});
  if (baseline.report) {
    for (const auto& a : report.assessments) {
      const Assessment* before = baseline.report->find(a.id);
      if (!before) continue;
      auto was = status_rank(before->status), now = status_rank(a.status);
      if (!was || !now || *now >= *was) continue;
      out.push_back({"lost", a.id,
                     a.id + " (" + a.name + ") was " + std::string(status_id(before->status)) + " at " +
                         baseline.label + " and is " + std::string(status_id(a.status)) + " now: " + a.note,
                     howto_of(a), before->evidence});
    }
  }
  return out;
}

}  // namespace practrack
