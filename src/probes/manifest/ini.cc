#include "probes/manifest/ini.h"

#include "util/text.h"

namespace practrack::manifest {

const IniKey* IniSection::find(std::string_view key) const {
  for (const auto& k : keys)
    if (k.name == key) return &k;
  return nullptr;
}

namespace {

bool is_comment(std::string_view t) { return !t.empty() && (t[0] == '#' || t[0] == ';'); }

// Adds one value line to the last key of the section.
void continue_value(IniSection& s, std::string_view t, int line) {
  if (s.keys.empty()) return;
  IniKey& k = s.keys.back();
  if (!k.value.empty()) k.value += '\n';
  k.value += std::string(t);
  k.value_lines.push_back(line);
}

void start_key(IniSection& s, std::string_view t, int line) {
  std::size_t eq = t.find_first_of("=:");
  IniKey k;
  k.name = std::string(text::trim(t.substr(0, eq)));
  k.line = line;
  if (eq != std::string_view::npos) {
    auto v = text::trim(t.substr(eq + 1));
    k.value = std::string(v);
    if (!v.empty()) k.value_lines.push_back(line);
  }
  s.keys.push_back(std::move(k));
}

}  // namespace

std::vector<IniSection> read_ini(std::string_view text) {
  std::vector<IniSection> out;
  int n = 0;
  for (std::string_view raw : text::lines(text)) {
    ++n;
    std::string_view t = text::trim(raw);
    if (t.empty() || is_comment(t)) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (!indented && t.front() == '[' && t.back() == ']') {
      out.push_back(IniSection{std::string(text::trim(t.substr(1, t.size() - 2))), n, {}});
    } else if (out.empty()) {
      continue;
    } else if (indented && !out.back().keys.empty()) {
      continue_value(out.back(), t, n);
    } else {
      start_key(out.back(), t, n);
    }
  }
  return out;
}

}  // namespace practrack::manifest
