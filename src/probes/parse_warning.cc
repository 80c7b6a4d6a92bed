#include "probes/parse_warning.h"

#include "parse/limits.h"

namespace practrack {

void warn_parse_error(const ScanContext& ctx, const std::string& path, const std::string& error) {
  LocatedError e = locate_error(error);
  ctx.diags().warn(path, e.line, std::move(e.message));
}

void warn_symlink_not_followed(const ScanContext& ctx, const std::string& path,
                               std::string_view what) {
  ctx.diags().warn(path, 0,
                   "a symlink: not followed (links may point outside the repository), so it is "
                   "not read as " + std::string(what) + "; commit the file itself");
}

}  // namespace practrack
