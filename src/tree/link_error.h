// The one wording for a listed link a tree does not read, wherever it is
// listed (working tree, commit, memory), so every warning about one reads
// the same.
#pragma once

#include <string>

#include "tree/tree.h"

namespace practrack {

inline std::string not_followed(FileKind kind) {
  return kind == FileKind::submodule
             ? "a submodule: its files belong to another repository, not read"
             : "a symlink: not followed (links may point outside the repository)";
}

}  // namespace practrack
