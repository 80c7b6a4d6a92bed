#include "probes/parse_warning.h"

#include "parse/limits.h"
#include "tree/link_error.h"

namespace practrack {

void warn_parse_error(const ScanContext& ctx, const std::string& path, const std::string& error) {
  LocatedError e = locate_error(error);
  ctx.diags().warn(path, e.line, std::move(e.message));
}

void warn_symlink_not_followed(const ScanContext& ctx, const std::string& path,
                               std::string_view what) {
  // "the folder of ..." is a folder: its files are what to commit.
  bool folder = std::string_view(what).find("folder") != std::string_view::npos;
  ctx.diags().warn(path, 0,
                   not_followed(FileKind::symlink) + ", so it is not read as " + std::string(what) +
                       (folder ? "; commit the folder, not a link to it" : "; commit the file itself"));
}

}  // namespace practrack
