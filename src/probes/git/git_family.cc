// TODO(scaffold): the git probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> git_probes() { return {}; }

}  // namespace practrack
