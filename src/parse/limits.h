// Shared limits and helpers for the bounded parsers (parse/*.h). Each
// parser returns an error naming the line instead of throwing, and refuses
// input nested deeper than kMaxNesting so a hostile file cannot exhaust the
// stack.
#pragma once

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

}  // namespace practrack
