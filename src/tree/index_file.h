// The git index (.git/index) read directly, for the working-tree listing:
// libgit2 verifies the file's SHA-1 (collision-detecting, ~40 ms for the
// 10 MB index of 100,000 files) before parsing it, where git itself does
// not. Formats 2 and 3 only; anything else (format 4's compressed paths, a
// split or sparse index, a file that does not parse) returns nullopt and
// the caller asks libgit2.
#pragma once

#include <git2.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace practrack {

// What the listing uses of one entry.
struct IndexRecord {
  std::string path;
  std::uint32_t mode = 0;
  std::uint32_t size = 0;  // the file's size, truncated to 32 bits as git records it
  std::int32_t mtime_seconds = 0;
  std::uint32_t mtime_nanoseconds = 0;
  git_oid id{};
};

// Entries in index order (by path, then stage); nullopt when the file is
// missing or not one this reader handles.
std::optional<std::vector<IndexRecord>> read_index_file(const std::string& path);

}  // namespace practrack
