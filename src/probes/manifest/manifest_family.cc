// TODO(scaffold): the manifest probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> manifest_probes() { return {}; }

}  // namespace practrack
