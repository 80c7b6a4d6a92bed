// TODO(scaffold): the container probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> container_probes() { return {}; }

}  // namespace practrack
