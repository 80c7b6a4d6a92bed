// String helpers that know nothing about practices.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace practrack::text {

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
bool contains(std::string_view s, std::string_view needle);
bool icontains(std::string_view s, std::string_view needle);
// ASCII lower case of one byte, without the locale std::tolower consults:
// paths are folded byte by byte for every file of a tree.
inline char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
std::string lower(std::string_view s);
std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
// `s` without a leading UTF-8 byte order mark (editors on Windows add one).
std::string_view strip_bom(std::string_view s);
// Splits on newlines; a trailing "\r" is removed from each line, and a
// leading byte order mark from the first, so line parsers see `FROM`.
std::vector<std::string_view> lines(std::string_view s);
// The same lines, one call each, with no list built (for hot loops).
template <typename OnLine>
void each_line(std::string_view s, OnLine&& on_line) {
  s = strip_bom(s);
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    on_line(line);
    start = end + 1;
  }
}
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// 1-based line number of byte offset `pos` in `s`.
int line_of(std::string_view s, std::size_t pos);
// 1-based line of the first occurrence of `needle`, or 0.
int find_line(std::string_view s, std::string_view needle);

// True when `s` holds NUL bytes in its first 8000 bytes (git's own test).
bool looks_binary(std::string_view s);
bool valid_utf8(std::string_view s);
// Replaces invalid UTF-8 sequences with U+FFFD so output stays valid.
std::string sanitize_utf8(std::string_view s);
// One line of evidence: trimmed, sanitized, cut to `max` characters.
std::string excerpt(std::string_view line, std::size_t max = 120);

// Base name and directory of a '/'-separated repository path.
std::string_view basename(std::string_view path);
std::string_view dirname(std::string_view path);
std::string_view extension(std::string_view path);  // ".py", or ""

// Levenshtein distance, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);
// The candidate closest to `word`, or "" when none is close.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace practrack::text
