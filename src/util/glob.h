// Path globs over '/'-separated repository paths.
//   *   any run of characters except '/'
//   **  any run of characters including '/' ("**/" also matches nothing)
//   ?   one character except '/'
//   {a,b,c}  alternatives (not nested)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practrack {

bool glob_match(std::string_view pattern, std::string_view path);
// The brace-free patterns `pattern` stands for: "*.{yml,yaml}" ->
// "*.yml", "*.yaml" (one element when it has no braces).
std::vector<std::string> glob_alternatives(std::string_view pattern);

}  // namespace practrack
