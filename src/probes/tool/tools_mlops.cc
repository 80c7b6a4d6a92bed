// Tools that implement the mlops practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> mlops_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
