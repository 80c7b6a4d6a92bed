// TODO(scaffold): the resolver that turns commands, configs, sections,
// dependencies, hooks and actions into ToolUse facts is being written.
#include "probes/probe.h"
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ProbeRow> tool_probes() { return {}; }

}  // namespace practrack
