#include "probes/script/shell_expand.h"

#include <re2/re2.h>

#include <map>

namespace practrack::shell {
namespace {

constexpr std::size_t kMaxValue = 1024;     // bytes kept per variable
constexpr std::size_t kMaxExpanded = 8192;  // bytes of one expanded line
constexpr std::size_t kMaxVariables = 256;

// `name=`, `name+=` at the start of a line, after local/export/declare.
const RE2& assignment_re() {
  static const RE2 re(
      R"(^(?:(?:local|export|readonly|declare|typeset)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)\+?=(.*)$)");
  return re;
}

// `"${name[@]}"`, `${name[*]}`, `${name}`, `$name`, quoted or not.
const RE2& reference_re() {
  static const RE2 re(R"re("?\$(?:\{([A-Za-z_]\w*)(?:\[[@*]\])?\}|([A-Za-z_]\w*))"?)re");
  return re;
}

// Words of an assigned value, quotes removed; a word is cut at the first
// unquoted blank. Stops at an unquoted `)` (the end of an array).
std::vector<std::string> words(std::string_view v) {
  std::vector<std::string> out;
  std::string word;
  bool any = false;
  char quote = 0;
  for (char c : v) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        word += c;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
      any = true;
    } else if (c == ' ' || c == '\t' || c == ')' || c == ';') {
      if (any || !word.empty()) out.push_back(word);
      word.clear();
      any = false;
      if (c == ')' || c == ';') return out;
    } else {
      word += c;
    }
  }
  if (any || !word.empty()) out.push_back(word);
  return out;
}

using Values = std::map<std::string, std::string>;

void collect(const std::string& line, Values& values) {
  std::string name, value;
  if (!RE2::FullMatch(line, assignment_re(), &name, &value)) return;
  std::string_view v = value;
  bool array = !v.empty() && v.front() == '(';
  if (array) v.remove_prefix(1);
  std::vector<std::string> ws = words(v);
  // A plain `v=a b` assigns `a` and runs `b`: only the first word is v's.
  if (!array && !v.empty() && v.front() != '"' && v.front() != '\'' && ws.size() > 1) ws.resize(1);
  if (!values.count(name) && values.size() >= kMaxVariables) return;
  std::string& out = values[name];
  for (const std::string& w : ws) {
    if (w.empty() || w.find_first_of("$`") != std::string::npos) continue;
    if (out.size() + w.size() + 1 > kMaxValue) break;
    if (!out.empty()) out += ' ';
    out += w;
  }
}

std::string expand(const std::string& line, const Values& values) {
  std::string out;
  re2::StringPiece input(line), whole;
  const char* copied = line.data();
  std::string braced, bare;
  static const RE2 capture("(" + reference_re().pattern() + ")");
  while (RE2::FindAndConsume(&input, capture, &whole, &braced, &bare)) {
    auto it = values.find(braced.empty() ? bare : braced);
    if (it == values.end() || it->second.empty()) continue;
    // A quote taken on one side only belongs to a longer string: keep it.
    std::string_view w(whole.data(), whole.size());
    bool lead = w.front() == '"', trail = w.size() > 1 && w.back() == '"';
    out.append(copied, static_cast<std::size_t>(whole.data() - copied));
    if (lead && !trail) out += '"';
    out += it->second;
    if (trail && !lead) out += '"';
    copied = whole.data() + whole.size();
    if (out.size() > kMaxExpanded) return line;
  }
  out.append(copied, static_cast<std::size_t>(line.data() + line.size() - copied));
  return out;
}

}  // namespace

std::vector<std::string> expand_assigned(const std::vector<Line>& lines) {
  Values values;
  for (const Line& l : lines) collect(l.text, values);
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (const Line& l : lines) out.push_back(values.empty() ? l.text : expand(l.text, values));
  return out;
}

}  // namespace practrack::shell
