// Tools that implement the cd practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> cd_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
