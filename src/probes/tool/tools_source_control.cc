// Tools that implement the source-control practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> source_control_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
