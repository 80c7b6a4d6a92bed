// Tools that implement the observability practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> observability_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
