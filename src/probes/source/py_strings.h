// Where a Python file's string literals are, so that text inside them
// (a generator's template that says `import logging`) is not taken for
// code. f-strings are left out: their braces hold code.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace practrack::source {

class StringSpans {
 public:
  // Half-open [begin, end) byte ranges, sorted, not overlapping.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  bool contains(std::size_t pos) const;
};

StringSpans python_strings(std::string_view text);

}  // namespace practrack::source
