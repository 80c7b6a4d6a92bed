// Small helpers over a file's bytes for the source scan: literal search
// with memmem, line bounds and line numbers without splitting the file.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace practrack::source {

constexpr std::size_t npos = std::string_view::npos;

// Offset of `needle` in `text` at or after `from`, or npos.
inline std::size_t find(std::string_view text, std::string_view needle, std::size_t from = 0) {
  if (from >= text.size() || needle.empty()) return npos;
  const void* p = memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : npos;
}

inline std::size_t line_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const void* p = memrchr(text.data(), '\n', pos);
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) + 1 : 0;
}

inline std::size_t line_end(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  const void* p = std::memchr(text.data() + pos, '\n', text.size() - pos);
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : text.size();
}

// The whole line holding `pos`, without its "\r\n".
inline std::string_view line_at(std::string_view text, std::size_t pos) {
  std::size_t b = line_start(text, pos), e = line_end(text, pos);
  std::string_view line = text.substr(b, e - b);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

inline std::string_view ltrim(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

inline bool starts(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

inline bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Counts lines for increasing offsets without rescanning from the start.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  int at(std::size_t pos) {
    pos = std::min(pos, text_.size());
    if (pos < pos_) pos_ = 0, line_ = 1;
    line_ += static_cast<int>(std::count(text_.data() + pos_, text_.data() + pos, '\n'));
    pos_ = pos;
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

// Calls fn(line, offset_of_line) for every line; stops when fn returns false.
template <typename Fn>
void for_each_line(std::string_view text, Fn fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = line_end(text, pos);
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!fn(line, pos)) return;
    pos = end + 1;
  }
}

}  // namespace practrack::source
