// Shared by the ci_*_test.cc files: scan a MemoryTree with the CI family's
// probes only, and decide one practice.
#pragma once

#include <string>
#include <string_view>

#include "facts/repo_facts.h"
#include "probes/probe.h"
#include "rules/rule.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack::testing {

struct CiScan {
  Diagnostics diags;
  RepoFacts facts;

  explicit CiScan(const MemoryTree& tree) {
    ScanContext ctx(tree, diags);
    for (const auto& row : ci_probes()) row.run(ctx, facts);
  }
  const CiPipeline* pipeline(std::string_view path) const {
    for (const auto& p : facts.ci.pipelines)
      if (p.path == path) return &p;
    return nullptr;
  }
  std::size_t diags_for(std::string_view path) const {
    std::size_t n = 0;
    for (const auto& d : diags.all()) n += d.path == path ? 1 : 0;
    return n;
  }
};

inline const CiJob* job(const CiPipeline* p, std::string_view name) {
  if (!p) return nullptr;
  for (const auto& j : p->jobs)
    if (j.name == name) return &j;
  return nullptr;
}

inline const Command* command(const RepoFacts& f, std::string_view text) {
  for (const auto& c : f.commands)
    if (c.text == text) return &c;
  return nullptr;
}

inline const ActionRef* action(const RepoFacts& f, std::string_view name) {
  for (const auto& a : f.actions)
    if (a.name == name) return &a;
  return nullptr;
}

inline Assessment decide(const RepoFacts& f, std::string_view id) {
  const RuleRow* r = find_rule(id);
  if (!r) return Assessment{std::string(id), Status::not_started, "NO RULE", {}, false};
  return r->decide(f);
}

}  // namespace practrack::testing
