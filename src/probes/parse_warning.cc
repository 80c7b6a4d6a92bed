#include "probes/parse_warning.h"

#include "parse/limits.h"

namespace practrack {

void warn_parse_error(const ScanContext& ctx, const std::string& path, const std::string& error) {
  LocatedError e = locate_error(error);
  ctx.diags().warn(path, e.line, std::move(e.message));
}

}  // namespace practrack
