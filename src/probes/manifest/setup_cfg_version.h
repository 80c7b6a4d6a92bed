#pragma once

#include <string>
#include <string_view>

#include "scan/context.h"

namespace practrack::manifest {

// The version a setup.cfg [metadata] `version` value stands for: the value
// itself, the content of a `file:` reference, or the literal assigned to
// an `attr:` reference; "" when the reference cannot be resolved.
std::string setup_cfg_version(const ScanContext& ctx, std::string_view cfg_path,
                              std::string_view value);

}  // namespace practrack::manifest
