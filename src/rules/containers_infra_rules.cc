// TODO(scaffold): the containers-infra rules are being written; until then the
// practices of this file are reported "No rule decides this practice yet".
#include "rules/rule.h"
#include "rules/rule_kit.h"

namespace practrack {

std::vector<RuleRow> containers_infra_rules() { return {}; }

}  // namespace practrack
