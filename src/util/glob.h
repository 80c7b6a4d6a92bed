// Path globs over '/'-separated repository paths.
//   *   any run of characters except '/'
//   **  any run of characters including '/' ("**/" also matches nothing)
//   ?   one character except '/'
//   {a,b,c}  alternatives (not nested)
#pragma once

#include <string_view>

namespace practrack {

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace practrack
