// Tools that implement the testing practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> testing_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
