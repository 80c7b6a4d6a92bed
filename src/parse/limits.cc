#include "parse/limits.h"

#include <algorithm>
#include <vector>

namespace practrack {

int bracket_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"') quote = c;
    else if (c == '{' || c == '[') deepest = std::max(deepest, ++depth);
    else if ((c == '}' || c == ']') && depth > 0) --depth;
  }
  return deepest;
}

int indent_depth(std::string_view text) {
  std::vector<std::size_t> open;  // indentation of the enclosing levels
  std::size_t deepest = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || line[indent] == '#') continue;
    // "- - key:" opens one level per marker, each two columns further in.
    while (indent + 1 < line.size() && line[indent] == '-' && line[indent + 1] == ' ') {
      while (!open.empty() && open.back() >= indent) open.pop_back();
      open.push_back(indent);
      indent += 2;
      while (indent < line.size() && line[indent] == ' ') ++indent;
    }
    while (!open.empty() && open.back() >= indent) open.pop_back();
    open.push_back(indent);
    deepest = std::max(deepest, open.size());
  }
  return static_cast<int>(deepest);
}

int line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

}  // namespace practrack
