#include "util/glob.h"

#include <string>

namespace practrack {
namespace {

bool match_here(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.substr(0, 3) == "**/") {
      // "**/" matches zero or more whole directories.
      std::string_view rest = p.substr(3);
      if (match_here(rest, s)) return true;
      for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '/' && match_here(rest, s.substr(i + 1))) return true;
      return false;
    }
    if (p.substr(0, 2) == "**") {
      std::string_view rest = p.substr(2);
      for (std::size_t i = 0; i <= s.size(); ++i)
        if (match_here(rest, s.substr(i))) return true;
      return false;
    }
    char c = p.front();
    if (c == '*') {
      std::string_view rest = p.substr(1);
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if (match_here(rest, s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (c == '{') {
      std::size_t close = p.find('}');
      if (close == std::string_view::npos) return false;
      std::string_view alts = p.substr(1, close - 1);
      std::string_view rest = p.substr(close + 1);
      std::size_t start = 0;
      while (true) {
        std::size_t comma = alts.find(',', start);
        std::string_view alt = alts.substr(start, comma == std::string_view::npos
                                                      ? std::string_view::npos
                                                      : comma - start);
        std::string candidate = std::string(alt) + std::string(rest);
        if (match_here(candidate, s)) return true;
        if (comma == std::string_view::npos) return false;
        start = comma + 1;
      }
    }
    if (s.empty()) return false;
    if (c == '?') {
      if (s.front() == '/') return false;
    } else if (c != s.front()) {
      return false;
    }
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match_here(pattern, path);
}

}  // namespace practrack
