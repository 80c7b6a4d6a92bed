#include "catalog/catalog.h"
#include "rules/rule.h"
#include "util/parallel.h"

namespace practrack {

const std::vector<RuleRow>& rule_table() {
  static const std::vector<RuleRow> table = [] {
    std::vector<RuleRow> all;
    for (auto family : {source_control_rules, ci_rules, cd_rules, testing_rules,
                        code_quality_rules, config_secrets_rules, containers_infra_rules,
                        observability_rules, documentation_rules, release_rules, mlops_rules,
                        security_rules, workflow_security_rules}) {
      auto rows = family();
      all.insert(all.end(), rows.begin(), rows.end());
    }
    return all;
  }();
  return table;
}

const RuleRow* find_rule(std::string_view practice) {
  for (const auto& r : rule_table())
    if (r.practice == practice) return &r;
  return nullptr;
}

std::vector<Assessment> decide_all(const RepoFacts& facts, bool threads) {
  // Each practice's rule, found once: a history decides every commit.
  static const std::vector<const RuleRow*> rules = [] {
    std::vector<const RuleRow*> found;
    for (const auto& p : practices()) found.push_back(find_rule(p.id));
    return found;
  }();
  std::vector<Assessment> out(practices().size());
  auto decide = [&](std::size_t i) {
    const Practice& p = practices()[i];
    const RuleRow* rule = rules[i];
    Assessment& a = out[i];
    if (rule) {
      a = rule->decide(facts);
    } else {
      a.status = Status::not_started;
      a.note = "No rule decides this practice yet";
    }
    a.id = std::string(p.id);
    a.name = std::string(p.name);
    a.category = std::string(p.category);
    a.weight = p.weight;
    a.howto = std::string(p.howto);
    a.detected = a.status;
    a.detected_note = a.note;
  };
  if (threads)
    parallel_for(out.size(), decide);
  else
    for (std::size_t i = 0; i < out.size(); ++i) decide(i);
  return out;
}

}  // namespace practrack
