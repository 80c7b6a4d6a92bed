// Tools that implement the config-secrets practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> config_secrets_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
