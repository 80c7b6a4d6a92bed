#include "util/glob.h"

#include <array>
#include <cstdint>
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

// A brace-free pattern with the literal text any match must hold: a
// literal prefix, a literal suffix and the longest literal run between
// wildcards. Most paths of a large tree fail one of these cheap tests, so
// the backtracking matcher runs on few of them.
struct Alternative {
  std::string pattern;
  std::string prefix, suffix, longest;
  bool literal = false;  // no wildcard at all: equality decides
};

Alternative compile(std::string pattern) {
  Alternative alt;
  // Literal runs, with "**/" as one wildcard: it also matches nothing, so
  // its slash is not required text.
  std::vector<std::string> runs(1);
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.compare(i, 3, "**/") == 0) {
      runs.emplace_back();
      i += 3;
    } else if (pattern[i] == '*' || pattern[i] == '?') {
      runs.emplace_back();
      ++i;
    } else {
      runs.back() += pattern[i++];
    }
  }
  alt.literal = runs.size() == 1;
  alt.prefix = runs.front();
  alt.suffix = runs.back();
  for (const auto& r : runs)
    if (r.size() > alt.longest.size()) alt.longest = r;
  alt.pattern = std::move(pattern);
  return alt;
}

bool matches(const Alternative& alt, std::string_view path) {
  if (alt.literal) return path == alt.pattern;
  if (path.size() < alt.prefix.size() || path.compare(0, alt.prefix.size(), alt.prefix) != 0)
    return false;
  if (path.size() < alt.suffix.size() ||
      path.compare(path.size() - alt.suffix.size(), alt.suffix.size(), alt.suffix) != 0)
    return false;
  if (!alt.longest.empty() && path.find(alt.longest) == std::string_view::npos) return false;
  return match_here(alt.pattern, path);
}

struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Patterns are compiled once per thread, since probes match the same few
// patterns against every path of large trees. Most patterns are string
// literals, so a small table keyed by the pattern's address answers
// before the hash map does (the text is compared too: an address can be
// reused by another pattern).
const std::vector<Alternative>& compiled(std::string_view pattern) {
  using Cache = std::unordered_map<std::string, std::vector<Alternative>, ViewHash, std::equal_to<>>;
  struct Slot {
    const std::string* key = nullptr;
    const std::vector<Alternative>* alts = nullptr;
  };
  thread_local Cache cache;
  thread_local std::array<Slot, 256> slots{};
  auto addr = reinterpret_cast<std::uintptr_t>(pattern.data());
  Slot& slot = slots[((addr >> 3) ^ pattern.size()) % slots.size()];
  if (slot.key && *slot.key == pattern) return *slot.alts;
  auto it = cache.find(pattern);
  if (it == cache.end()) {
    // Patterns also come from the scanned repository (.gitignore lines,
    // include: globs): bound what a hostile tree can make us keep.
    if (cache.size() >= 4096) {
      cache.clear();
      slots.fill({});
    }
    std::vector<std::string> expanded;
    expand(pattern, expanded);
    std::vector<Alternative> out;
    for (auto& e : expanded) out.push_back(compile(std::move(e)));
    it = cache.emplace(std::string(pattern), std::move(out)).first;
  }
  slot = {&it->first, &it->second};
  return it->second;
}

}  // namespace

std::vector<std::string> glob_alternatives(std::string_view pattern) {
  std::vector<std::string> out;
  expand(pattern, out);
  return out;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  for (const auto& alt : compiled(pattern))
    if (matches(alt, path)) return true;
  return false;
}

}  // namespace practrack
