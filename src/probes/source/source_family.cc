// TODO(scaffold): the source probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> source_probes() { return {}; }

}  // namespace practrack
