// A small .gitignore reader: enough to tell whether a file would be
// ignored (last matching line wins, `!` re-includes, trailing `/` means a
// folder, a `/` elsewhere anchors the pattern to the .gitignore's folder).
// Character classes ([abc]) are not supported: such lines never match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practrack::gitignore {

struct Line {
  int line = 0;
  std::string raw;      // as written, trimmed
  std::string pattern;  // without `!`, leading `/`, trailing `/`
  bool negate = false;
  bool dir_only = false;
  bool anchored = false;
};

std::vector<Line> parse(std::string_view text, std::size_t max_lines = 5000);

// The line that decides `path` (relative to the .gitignore's folder), or
// null when none matches. The file is ignored when the result is non-null
// and not a negation.
const Line* decide(const std::vector<Line>& lines, std::string_view path);

inline bool ignored(const std::vector<Line>& lines, std::string_view path) {
  const Line* l = decide(lines, path);
  return l && !l->negate;
}

}  // namespace practrack::gitignore
