// Bounded TOML parsing (toml++, compiled once in toml.cc).
#pragma once

#define TOML_HEADER_ONLY 0
#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "util/result.h"

namespace practrack {

// Errors read like the other parsers': "malformed TOML: line 3: table
// header: expected ']', saw end of line".
Result<toml::table> parse_toml(std::string_view text);

// toml++'s description of an error, shortened: "Error while parsing value:
// x" -> "value: x", escaped control characters named.
std::string toml_reason(std::string_view description);

}  // namespace practrack
