// TODO(scaffold): the security probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> security_probes() { return {}; }

}  // namespace practrack
