#include "parse/limits.h"

#include <algorithm>
#include <cctype>
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

std::string error_line_prefix(std::string_view text, int line) {
  int last = line_at(text, text.size());
  if (!text.empty() && text.back() == '\n') --last;  // nothing after the final newline
  last = std::max(last, 1);
  if (line > last) return "line " + std::to_string(last) + " (end of file): ";
  return "line " + std::to_string(std::max(line, 1)) + ": ";
}

LocatedError locate_error(std::string_view error) {
  static constexpr std::string_view kLine = "line ";
  static constexpr std::string_view kEnd = " (end of file)";
  // "line " opening the message or right after its "malformed X: ".
  std::size_t at = error.find(kLine);
  if (at == std::string_view::npos || (at != 0 && error.substr(at - 2, 2) != ": "))
    return {0, std::string(error)};
  std::size_t i = at + kLine.size();
  int line = 0;
  while (i < error.size() && std::isdigit(static_cast<unsigned char>(error[i])) &&
         line < 100'000'000)
    line = line * 10 + (error[i++] - '0');
  if (i == at + kLine.size()) return {0, std::string(error)};
  bool end = error.substr(i, kEnd.size()) == kEnd;
  if (end) i += kEnd.size();
  if (error.substr(i, 2) != ": ") return {0, std::string(error)};
  std::string message = std::string(error.substr(0, at)) + (end ? "at the end of the file: " : "") +
                        std::string(error.substr(i + 2));
  return {line, message};
}

}  // namespace practrack
