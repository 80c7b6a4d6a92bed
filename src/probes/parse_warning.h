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

// Warns that `path`, a symlink, is not followed (it may point outside the
// repository), so it is not read as `what` ("the Dockerfile", "the
// Dependabot config"): one wording for every link that would have been
// evidence, so a practice never goes Not Started with no word why.
void warn_symlink_not_followed(const ScanContext& ctx, const std::string& path,
                               std::string_view what);

}  // namespace practrack
