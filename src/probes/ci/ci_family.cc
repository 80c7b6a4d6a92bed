// TODO(scaffold): the ci probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> ci_probes() { return {}; }

}  // namespace practrack
