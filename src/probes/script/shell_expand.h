// Shell variables a script fills with literal words, put back where the
// script uses them, so `docker buildx bake "${opts[@]}"` shows the
// `--push` an earlier `opts+=("--push")` added. Read without running: every
// assignment of a variable is merged, whichever branch it sits in.
#pragma once

#include <string>
#include <vector>

#include "probes/script/shell_parse.h"

namespace practrack::shell {

// One text per line: the line with `$v`, `${v}`, `"${v[@]}"` replaced by
// the words assigned to v (`v=(a b)`, `v+=("c")`, `v="d e"`); words holding
// `$` or backquotes are not known and are left out. A line whose variables
// were never assigned comes back unchanged.
std::vector<std::string> expand_assigned(const std::vector<Line>& lines);

}  // namespace practrack::shell
