// Bounded XML parsing (pugixml). pugixml never loads external entities.
#pragma once

#include <memory>
#include <pugixml.hpp>
#include <string_view>

#include "util/result.h"

namespace practrack {

Result<std::shared_ptr<pugi::xml_document>> parse_xml(std::string_view text);

}  // namespace practrack
