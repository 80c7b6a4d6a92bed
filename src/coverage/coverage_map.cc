#include "coverage/coverage_map.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "util/glob.h"
#include "util/text.h"

namespace practrack::coverage {
namespace {

// "/ci/build/./src\\rfc/a.py" -> {"ci", "build", "src", "rfc", "a.py"}
std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/' && path[i] != '\\') continue;
    std::string_view part = path.substr(start, i - start);
    if (!part.empty() && part != ".") out.push_back(part);
    start = i + 1;
  }
  return out;
}

std::size_t common_suffix(const std::vector<std::string_view>& a,
                          const std::vector<std::string_view>& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

std::string_view glob_root(std::string_view glob) {
  std::size_t wild = glob.find_first_of("*?{");
  return glob.substr(0, wild);
}

// A folder ("dashboard/core/" or "dashboard/core") matches what lies under it.
bool area_matches(std::string_view area, std::string_view path) {
  if (area.find_first_of("*?{") != std::string_view::npos) return glob_match(area, path);
  std::string dir(area);
  if (!dir.empty() && dir.back() != '/') dir += '/';
  return text::starts_with(path, dir);
}

std::string area_label(std::string_view area) {
  std::string label(glob_root(area));
  if (label.empty()) return std::string(area);
  if (label.back() != '/') label += '/';
  return label;
}

// The default area of a path, as a view into it (or "(root)"): its first
// folder, or src/ and the folder below it.
std::string_view default_area(std::string_view path) {
  std::size_t first = path.find('/');
  if (first == std::string_view::npos) return "(root)";
  if (path.substr(0, first) == "src")
    if (std::size_t second = path.find('/', first + 1); second != std::string_view::npos)
      return path.substr(0, second + 1);
  return path.substr(0, first + 1);
}

// The area rows by name. Paths come in order, so the area asked for is
// mostly the last one: no new string and no map search then.
class AreaRows {
 public:
  explicit AreaRows(const std::vector<std::string>& globs) : globs_(globs) {}
  CoverageArea& of(std::string_view path) {
    if (!globs_.empty()) return at(area_of(path, globs_));
    return at(default_area(path));
  }
  std::map<std::string, CoverageArea, std::less<>>& rows() { return rows_; }

 private:
  CoverageArea& at(std::string_view name) {
    if (last_ && name == last_->name) return *last_;
    auto it = rows_.find(name);
    if (it == rows_.end()) {
      it = rows_.emplace(std::string(name), CoverageArea{}).first;
      it->second.name = it->first;
    }
    last_ = &it->second;
    return *last_;
  }
  const std::vector<std::string>& globs_;
  std::map<std::string, CoverageArea, std::less<>> rows_;
  CoverageArea* last_ = nullptr;
};

}  // namespace

PathMatch match_paths(const std::vector<std::string>& report_paths,
                      const std::vector<std::string>& tree_paths) {
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_base;
  std::vector<std::vector<std::string_view>> tree_parts;
  tree_parts.reserve(tree_paths.size());
  for (std::size_t i = 0; i < tree_paths.size(); ++i) {
    tree_parts.push_back(components(tree_paths[i]));
    if (!tree_parts.back().empty()) by_base[tree_parts.back().back()].push_back(i);
  }
  PathMatch out;
  for (const auto& rp : report_paths) {
    auto parts = components(rp);
    std::size_t best = 0, best_len = 0;
    bool tie = false;
    if (!parts.empty())
      if (auto it = by_base.find(parts.back()); it != by_base.end())
        for (std::size_t i : it->second) {
          std::size_t len = common_suffix(parts, tree_parts[i]);
          if (len > best_len) {
            best = i, best_len = len, tie = false;
          } else if (len == best_len) {
            tie = true;
          }
        }
    if (best_len == 0 || tie)
      out.unmatched.push_back(rp);
    else
      out.matched.emplace_back(rp, tree_paths[best]);
  }
  return out;
}

std::string area_of(std::string_view path, const std::vector<std::string>& globs) {
  if (!globs.empty()) {
    const std::string* best = nullptr;
    for (const auto& g : globs)
      if (area_matches(g, path) && (!best || glob_root(g).size() > glob_root(*best).size()))
        best = &g;
    return best ? area_label(*best) : "other";
  }
  return std::string(default_area(path));
}

void build_areas(CoverageFacts& facts) {
  AreaRows rows(facts.area_globs);
  for (const auto& m : facts.modules) {
    CoverageArea& a = rows.of(m.path);
    ++a.modules_total;
    a.modules_tested += m.tested_by.empty() ? 0 : 1;
  }
  for (const auto& t : facts.test_files) {
    if (t.tests == 0) continue;  // a helper (test_helper.exs) adds no row of zeros
    CoverageArea& a = rows.of(t.subject.empty() ? t.path : t.subject);
    a.test_files += t.tests > 0 ? 1 : 0;  // as the source facts count them
    a.tests += t.tests;
    a.approximate = a.approximate || t.approximate;
  }
  for (const auto& l : facts.lines) {
    CoverageArea& a = rows.of(l.path);
    a.lines_covered += l.covered;
    a.lines_total += l.total;
  }
  facts.areas.clear();
  facts.total = CoverageArea{};
  facts.total.name = "Total";
  for (auto& [name, a] : rows.rows()) {
    CoverageArea& t = facts.total;
    t.modules_tested += a.modules_tested;
    t.modules_total += a.modules_total;
    t.test_files += a.test_files;
    t.tests += a.tests;
    t.approximate = t.approximate || a.approximate;
    t.lines_covered += a.lines_covered;
    t.lines_total += a.lines_total;
    facts.areas.push_back(std::move(a));
  }
}

void apply_reports(CoverageFacts& facts, const std::vector<ParsedReport>& reports) {
  std::map<std::string, FileLines> lines;
  for (const auto& l : facts.lines) lines[l.path] = l;
  for (const auto& report : reports) {
    if (report.files.empty() && !report.suites.empty()) continue;  // JUnit results
    facts.reports.push_back(std::string(text::basename(report.name)));
    std::vector<std::string> paths;
    for (const auto& f : report.files) paths.push_back(f.path);
    PathMatch m = match_paths(paths, facts.sources);
    std::map<std::string, const FileLines*> by_path;
    for (const auto& f : report.files) by_path[f.path] = &f;
    // Two reports (or two report paths) naming one file: the larger count wins.
    for (const auto& [rp, tp] : m.matched) {
      const FileLines* f = by_path[rp];
      FileLines& l = lines[tp];
      l.path = tp;
      if (f->total > l.total || (f->total == l.total && f->covered > l.covered)) {
        l.covered = f->covered;
        l.total = f->total;
      }
    }
    for (auto& u : m.unmatched) facts.unmatched.push_back(std::move(u));
  }
  facts.lines.clear();
  for (auto& [p, l] : lines) facts.lines.push_back(std::move(l));
  build_areas(facts);
}

std::string percent(long covered, long total) {
  if (total <= 0) return "—";
  double p = 100.0 * static_cast<double>(covered) / static_cast<double>(total);
  char buf[16];
  std::snprintf(buf, sizeof buf, p > 0 && p < 10 ? "%.1f%%" : "%.0f%%", p);
  return buf;
}

}  // namespace practrack::coverage
