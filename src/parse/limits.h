// Shared limits and helpers for the bounded parsers (parse/*.h). Each
// parser returns an error naming the line instead of throwing, and refuses
// input nested deeper than kMaxNesting so a hostile file cannot exhaust the
// stack.
#pragma once

#include <string>
#include <string_view>

namespace practrack {

inline constexpr int kMaxNesting = 200;

// Deepest bracket nesting ({ [ outside double-quoted strings); checked
// before handing text to a recursive parser.
int bracket_depth(std::string_view text);

// Deepest block nesting of YAML: indentation levels open at once, each
// "- " item marker counting as one more. An estimate (block scalars count
// as one level), good enough to refuse hostile depth before parsing.
int indent_depth(std::string_view text);

// 1-based line of byte offset `offset`.
int line_at(std::string_view text, std::size_t offset);

// "line 3: " for a parser error at 1-based `line` of `text`. A line past
// the last one (yaml-cpp counts the empty line after the final newline,
// so a 2-line file's error at its end was "line 3") is the last line,
// said to be the end: "line 2 (end of file): ".
std::string error_line_prefix(std::string_view text, int line);

// A parser's error ("malformed YAML: line 3: bad indent") split for a
// diagnostic, which prints "FILE:LINE: message": {3, "malformed YAML: bad
// indent"}; {2, "malformed YAML: at the end of the file: ..."} for the end
// of the file; {0, error} when the error names no line.
struct LocatedError {
  int line = 0;
  std::string message;
};
LocatedError locate_error(std::string_view error);

}  // namespace practrack
