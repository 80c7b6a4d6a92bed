// The .practrack.yml `practrack init` writes: a starting point that states
// nothing false. Attestations are offered as comments for the practices no
// file can show; required and policy follow what the scan found today.
#pragma once

#include <string>

#include "report/report.h"

namespace practrack {

std::string init_yaml(const Report& report, const std::string& owner, const std::string& today);

}  // namespace practrack
