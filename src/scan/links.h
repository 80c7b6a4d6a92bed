// Symlinks that stay inside the tree. practrack never follows a link on
// disk; but a link's text is a path, and when that path names a regular
// file of the same tree (axum's README.md -> axum/README.md), that file is
// the one to read. Resolved by path against the listing, never through
// the file system, so a link out of the tree or to another link is none.
#pragma once

#include <string>
#include <string_view>

#include "scan/context.h"

namespace practrack {

// `target` (the link's text) resolved against the folder of `link_path`:
// "" when absolute, empty, or climbing above the root.
std::string resolve_link_path(std::string_view link_path, std::string_view target);

// The own regular file `link` points at inside the tree, or null: the
// link's text is read from its blob in the repository (a working tree's
// link edited since the index has none, so it stays unresolved).
const FileEntry* link_target_in_tree(const ScanContext& ctx, const FileEntry& link);

}  // namespace practrack
