// TODO(scaffold): the hook probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> hook_probes() { return {}; }

}  // namespace practrack
