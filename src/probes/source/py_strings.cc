#include "probes/source/py_strings.h"

#include <algorithm>
#include <cctype>

namespace practrack::source {

bool StringSpans::contains(std::size_t pos) const {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](std::size_t p, const auto& s) { return p < s.first; });
  return it != spans.begin() && pos < std::prev(it)->second;
}

namespace {

bool ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Whether the literal opening at `quote` has an f prefix (f"", rf'', Fb"").
bool f_prefixed(std::string_view text, std::size_t quote) {
  std::size_t b = quote;
  while (b > 0 && ident(text[b - 1]) && quote - b < 3) --b;
  if (b > 0 && ident(text[b - 1])) return false;  // a name, not a prefix
  for (std::size_t i = b; i < quote; ++i)
    if (text[i] == 'f' || text[i] == 'F') return true;
  return false;
}

// End (one past the closing quotes) of the literal opening at `open`.
std::size_t literal_end(std::string_view text, std::size_t open, bool triple) {
  char q = text[open];
  std::size_t i = open + (triple ? 3 : 1);
  while (i < text.size()) {
    char c = text[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (!triple && c == '\n') return i;  // unterminated: ends with its line
    if (c == q && (!triple || (i + 2 < text.size() && text[i + 1] == q && text[i + 2] == q)))
      return i + (triple ? 3 : 1);
    ++i;
  }
  return text.size();
}

}  // namespace

StringSpans python_strings(std::string_view text) {
  StringSpans out;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '#') {
      std::size_t nl = text.find('\n', i);
      i = nl == std::string_view::npos ? text.size() : nl;
      continue;
    }
    if (c != '"' && c != '\'') {
      ++i;
      continue;
    }
    bool triple = i + 2 < text.size() && text[i + 1] == c && text[i + 2] == c;
    std::size_t end = literal_end(text, i, triple);
    if (!f_prefixed(text, i)) out.spans.emplace_back(i, end);
    i = std::max(end, i + 1);
  }
  return out;
}

}  // namespace practrack::source
