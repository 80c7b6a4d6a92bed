// Tools that implement the ci practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> ci_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
