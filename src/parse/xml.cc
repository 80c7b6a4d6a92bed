#include "parse/xml.h"

#include "parse/limits.h"

namespace practrack {

Result<std::shared_ptr<pugi::xml_document>> parse_xml(std::string_view text) {
  auto doc = std::make_shared<pugi::xml_document>();
  pugi::xml_parse_result r = doc->load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!r)
    return Error{"malformed XML: " +
                 error_line_prefix(text, line_at(text, static_cast<std::size_t>(r.offset))) +
                 r.description()};
  return doc;
}

}  // namespace practrack
