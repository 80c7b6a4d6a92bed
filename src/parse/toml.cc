#define TOML_IMPLEMENTATION
#include "parse/toml.h"

#include <utility>

#include "parse/limits.h"

namespace practrack {

std::string toml_reason(std::string_view description) {
  std::string out(description);
  // "Error while parsing table header: expected ']'" -> "table header:
  // expected ']'": the other parsers' messages name no "error" either.
  constexpr std::string_view kLead = "Error while parsing ";
  if (out.starts_with(kLead)) out.erase(0, kLead.size());
  // toml++ quotes the character it saw, control characters
  // as escapes (`saw '\n'`): named instead.
  for (auto [raw, said] : {std::pair<std::string_view, std::string_view>{R"('\n')", "end of line"},
                           {R"('\r')", "carriage return"},
                           {R"('\t')", "tab"}})
    for (auto at = out.find(raw); at != std::string::npos; at = out.find(raw, at + said.size()))
      out.replace(at, raw.size(), said);
  return out;
}

Result<toml::table> parse_toml(std::string_view text) {
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& e) {
    return Error{
        "malformed TOML: " + error_line_prefix(text, static_cast<int>(e.source().begin.line)) +
        toml_reason(e.description())};
  }
}

}  // namespace practrack
