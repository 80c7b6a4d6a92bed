// Tools that implement the release practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> release_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
