// A rule decides one practice from the facts. Rules are rows in tables,
// one table per rules file; rule_table() joins them and a test checks that
// every catalog practice has exactly one rule.
#pragma once

#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "rules/assessment.h"

namespace practrack {

using RuleFn = Assessment (*)(const RepoFacts&);

struct RuleRow {
  std::string_view practice;  // catalog id
  RuleFn decide;
};

// One function per rules file (rules/*_rules.cc).
std::vector<RuleRow> source_control_rules();
std::vector<RuleRow> ci_rules();
std::vector<RuleRow> cd_rules();
std::vector<RuleRow> testing_rules();
std::vector<RuleRow> code_quality_rules();
std::vector<RuleRow> config_secrets_rules();
std::vector<RuleRow> containers_infra_rules();
std::vector<RuleRow> observability_rules();
std::vector<RuleRow> documentation_rules();
std::vector<RuleRow> release_rules();
std::vector<RuleRow> mlops_rules();
std::vector<RuleRow> security_rules();
std::vector<RuleRow> workflow_security_rules();  // pinned-actions, workflow-permissions, dangerous-workflows

const std::vector<RuleRow>& rule_table();
const RuleRow* find_rule(std::string_view practice);

// Every practice of the catalog, decided, in catalog order. A practice
// without a rule is reported not-started with a note saying so. Rules
// only read the facts, so `threads` may decide them side by side (a scan
// of a large tree; a history's small commits do better without).
std::vector<Assessment> decide_all(const RepoFacts& facts, bool threads = false);

}  // namespace practrack
