#include "probes/doc/gitignore.h"

#include <algorithm>

#include "util/glob.h"
#include "util/text.h"

namespace practrack::gitignore {
namespace {

bool matches(const Line& l, std::string_view path, bool is_dir) {
  if (l.dir_only && !is_dir) return false;
  if (l.anchored) return glob_match(l.pattern, path);
  return glob_match(l.pattern, text::basename(path));
}

}  // namespace

std::vector<Line> parse(std::string_view body, std::size_t max_lines) {
  std::vector<Line> out;
  auto all = text::lines(body);
  for (std::size_t i = 0; i < all.size() && i < max_lines; ++i) {
    std::string_view t = text::trim(all[i]);
    if (t.empty() || t[0] == '#') continue;
    Line l;
    l.line = static_cast<int>(i) + 1;
    l.raw = std::string(t);
    if (t[0] == '!') {
      l.negate = true;
      t.remove_prefix(1);
    } else if (t[0] == '\\') {
      t.remove_prefix(1);  // "\#file", "\!file"
    }
    if (!t.empty() && t.back() == '/') {
      l.dir_only = true;
      t.remove_suffix(1);
    }
    if (!t.empty() && t[0] == '/') {
      l.anchored = true;
      t.remove_prefix(1);
    }
    if (text::starts_with(t, "**/")) {
      t.remove_prefix(3);
      l.anchored = text::contains(t, "/");
      if (l.anchored) l.pattern = "**/";
    } else if (text::contains(t, "/")) {
      l.anchored = true;
    }
    // The glob matcher backtracks on each `*`: a hostile line with many of
    // them could stall the scan, and no real .gitignore needs them.
    if (t.empty() || t.size() > 256 || std::count(t.begin(), t.end(), '*') > 6) continue;
    l.pattern += std::string(t);
    out.push_back(std::move(l));
  }
  return out;
}

const Line* decide(const std::vector<Line>& lines, std::string_view path) {
  // A file is ignored when it or any folder above it matches; git does not
  // re-include a file whose folder is ignored, so folders decide first.
  std::vector<std::string_view> dirs;
  for (std::string_view d = text::dirname(path); !d.empty(); d = text::dirname(d))
    dirs.insert(dirs.begin(), d);
  for (std::string_view d : dirs) {
    const Line* hit = nullptr;
    for (const Line& l : lines)
      if (matches(l, d, true)) hit = &l;
    if (hit && !hit->negate) return hit;
  }
  const Line* hit = nullptr;
  for (const Line& l : lines)
    if (matches(l, path, false)) hit = &l;
  return hit;
}

}  // namespace practrack::gitignore
