// Tools that implement the containers-infra practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> containers_infra_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
