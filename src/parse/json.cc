#include "parse/json.h"

#include "parse/limits.h"

namespace practrack {

Result<nlohmann::json> parse_json(std::string_view text, bool allow_comments) {
  if (bracket_depth(text) > kMaxNesting)
    return Error{"nested more than " + std::to_string(kMaxNesting) + " levels deep; not parsed"};
  try {
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, true, allow_comments);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    std::size_t cut = what.find("] ");
    return Error{"malformed JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2))};
  }
}

}  // namespace practrack
