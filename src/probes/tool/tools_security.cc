// Tools that implement the security practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> security_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
