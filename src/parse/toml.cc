#define TOML_IMPLEMENTATION
#include "parse/toml.h"

namespace practrack {

Result<toml::table> parse_toml(std::string_view text) {
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& e) {
    return Error{"malformed TOML: line " + std::to_string(e.source().begin.line) + ": " +
                 std::string(e.description())};
  }
}

}  // namespace practrack
