#include "util/glob.h"

#include <string>
#include <unordered_map>
#include <vector>

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

// Every brace-free pattern that `pattern` stands for: "*.{yml,yaml}" ->
// "*.yml", "*.yaml". Braces do not nest.
void expand(std::string_view pattern, std::vector<std::string>& out) {
  std::size_t open = pattern.find('{');
  std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
  if (close == std::string_view::npos) {
    out.emplace_back(pattern);
    return;
  }
  std::string_view head = pattern.substr(0, open), alts = pattern.substr(open + 1, close - open - 1);
  std::string_view tail = pattern.substr(close + 1);
  std::size_t start = 0;
  while (true) {
    std::size_t comma = alts.find(',', start);
    std::string_view alt = alts.substr(start, comma == std::string_view::npos ? comma : comma - start);
    expand(std::string(head) + std::string(alt) + std::string(tail), out);
    if (comma == std::string_view::npos) return;
    start = comma + 1;
  }
}

struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Expansions are computed once per pattern and thread, since probes match
// the same few patterns against every path of large trees.
const std::vector<std::string>& expansions(std::string_view pattern) {
  thread_local std::unordered_map<std::string, std::vector<std::string>, ViewHash, std::equal_to<>> cache;
  auto it = cache.find(pattern);
  if (it != cache.end()) return it->second;
  std::vector<std::string> out;
  expand(pattern, out);
  return cache.emplace(std::string(pattern), std::move(out)).first->second;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.find('{') == std::string_view::npos) return match_here(pattern, path);
  for (const auto& p : expansions(pattern))
    if (match_here(p, path)) return true;
  return false;
}

}  // namespace practrack
