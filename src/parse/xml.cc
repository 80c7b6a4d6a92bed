#include "parse/xml.h"

#include <algorithm>

#include "parse/limits.h"
#include "util/text.h"

namespace practrack {

Result<std::shared_ptr<pugi::xml_document>> parse_xml(std::string_view text) {
  auto doc = std::make_shared<pugi::xml_document>();
  pugi::xml_parse_result r = doc->load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!r) {
    auto offset = static_cast<std::size_t>(r.offset);
    // A truncated file fails at its last byte (or in the blank tail): say
    // "at the end of the file", as the JSON and YAML parsers' errors do.
    bool at_end = text::trim(text.substr(std::min(offset, text.size()))).empty();
    int line = at_end ? line_at(text, text.size()) + 1 : line_at(text, offset);
    return Error{"malformed XML: " + error_line_prefix(text, line) + r.description()};
  }
  return doc;
}

}  // namespace practrack
