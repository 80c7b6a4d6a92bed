// Tools that implement the documentation practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> documentation_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
