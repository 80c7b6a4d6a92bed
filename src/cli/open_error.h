// What to tell the user when a repository could not be opened: a path
// that does not exist is "no such directory", not "not a git repository"
// (the message libgit2's open gives for both).
#pragma once

#include <filesystem>
#include <string>

namespace practrack::cli {

inline std::string open_error(const std::string& path, const std::string& error) {
  std::error_code ec;
  if (!path.empty() && !std::filesystem::exists(path, ec)) return path + ": no such directory";
  return error;
}

}  // namespace practrack::cli
