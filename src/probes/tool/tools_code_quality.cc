// Tools that implement the code-quality practices.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> code_quality_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
  };
}

}  // namespace practrack
