#define TOML_IMPLEMENTATION
#include "parse/toml.h"

#include "parse/limits.h"

namespace practrack {

Result<toml::table> parse_toml(std::string_view text) {
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& e) {
    return Error{
        "malformed TOML: " + error_line_prefix(text, static_cast<int>(e.source().begin.line)) +
        std::string(e.description())};
  }
}

}  // namespace practrack
