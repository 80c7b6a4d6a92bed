#include "probes/tool/tool_table.h"

namespace practrack {

const std::vector<ToolRow>& tool_table() {
  static const std::vector<ToolRow> table = [] {
    std::vector<ToolRow> all;
    for (auto family : {source_control_tools, ci_tools, cd_tools, testing_tools,
                        code_quality_tools, config_secrets_tools, containers_infra_tools,
                        observability_tools, documentation_tools, release_tools, mlops_tools,
                        security_tools}) {
      auto rows = family();
      all.insert(all.end(), rows.begin(), rows.end());
    }
    return all;
  }();
  return table;
}

}  // namespace practrack
