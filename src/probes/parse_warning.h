// The diagnostic for a file a parser refused, in the one form every
// diagnostic takes: FILE:LINE: message.
#pragma once

#include <string>

#include "scan/context.h"

namespace practrack {

// Warns that `path` could not be parsed. The line the parser's `error`
// names becomes the diagnostic's line: "malformed YAML: line 3: bad
// indent" is `path:3: malformed YAML: bad indent`.
void warn_parse_error(const ScanContext& ctx, const std::string& path, const std::string& error);

}  // namespace practrack
