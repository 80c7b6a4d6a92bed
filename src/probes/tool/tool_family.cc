// TODO(scaffold): the tool probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> tool_probes() { return {}; }

}  // namespace practrack
