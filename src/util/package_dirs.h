// Folders that are package names, not roles. In a JVM source set
// (src/main/java/, src/test/kotlin/ ...) every folder below the language
// folder spells a package: org/springframework/samples/petclinic/ is code
// of the project, not a samples folder, and com/acme/fixtures/ is test
// code, not test data.
#pragma once

#include <cstddef>
#include <string_view>

namespace practrack {

// The length of the path's prefix up to its first JVM language folder
// (`app/src/test/java`), or 0 when it has none. A folder of the path
// longer than that prefix is a package name.
std::size_t package_root_length(std::string_view path);

// Whether `dir`, a folder of `path` (a prefix of it), is a package name.
inline bool package_dir(std::string_view dir, std::size_t root_length) {
  return root_length != 0 && dir.size() > root_length;
}

}  // namespace practrack
