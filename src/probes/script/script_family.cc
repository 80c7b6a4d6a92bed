// TODO(scaffold): the script probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> script_probes() { return {}; }

}  // namespace practrack
