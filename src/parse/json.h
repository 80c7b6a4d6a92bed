// Bounded JSON parsing (nlohmann-json).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "util/result.h"

namespace practrack {

// With `allow_comments`, also // and /* */ comments (tsconfig, renovate).
Result<nlohmann::json> parse_json(std::string_view text, bool allow_comments = false);

}  // namespace practrack
