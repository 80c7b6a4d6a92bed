#include "probes/source/py_strings.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
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

// The next '#', '"' or '\'' at or after `i` (text.size() when none):
// sixteen bytes to a step where SSE2 is there (every x86-64), as every
// Python file of a scan is searched.
std::size_t next_mark(std::string_view text, std::size_t i) {
  const char* s = text.data();
  const std::size_t n = text.size();
#if defined(__SSE2__)
  const __m128i hash = _mm_set1_epi8('#'), dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\'');
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, hash), _mm_cmpeq_epi8(v, dq)),
                               _mm_cmpeq_epi8(v, sq));
    if (int mask = _mm_movemask_epi8(hit))
      return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < n; ++i)
    if (s[i] == '#' || s[i] == '"' || s[i] == '\'') return i;
  return n;
}

}  // namespace

StringSpans python_strings(std::string_view text) {
  StringSpans out;
  out.spans.reserve(text.size() / 64);
  for (std::size_t i = next_mark(text, 0); i < text.size(); i = next_mark(text, i)) {
    char c = text[i];
    if (c == '#') {
      std::size_t nl = text.find('\n', i);
      i = nl == std::string_view::npos ? text.size() : nl;
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
