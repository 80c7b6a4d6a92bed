// TODO(scaffold): the doc probes are being written.
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> doc_probes() { return {}; }

}  // namespace practrack
