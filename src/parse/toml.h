// Bounded TOML parsing (toml++, compiled once in toml.cc).
#pragma once

#define TOML_HEADER_ONLY 0
#include <toml++/toml.h>

#include <string_view>

#include "util/result.h"

namespace practrack {

Result<toml::table> parse_toml(std::string_view text);

}  // namespace practrack
