#include "parse/json.h"

#include "parse/limits.h"

namespace practrack {

Result<nlohmann::json> parse_json(std::string_view text, bool allow_comments) {
  if (bracket_depth(text) > kMaxNesting)
    return Error{"malformed JSON: nested more than " + std::to_string(kMaxNesting) +
                 " levels deep; not parsed"};
  try {
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, true, allow_comments);
  } catch (const nlohmann::json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 5:
    // syntax error ...": the line goes where every parser puts it.
    std::string what = e.what();
    std::size_t cut = what.find("] ");
    if (cut != std::string::npos) what = what.substr(cut + 2);
    if (what.starts_with("parse error at line ") && what.find(": ") != std::string::npos)
      what = what.substr(what.find(": ") + 2);
    std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Error{"malformed JSON: " + error_line_prefix(text, line_at(text, at)) + what};
  }
}

}  // namespace practrack
