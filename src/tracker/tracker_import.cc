// Matching rows to catalog practices: by id, by exact name, then by a
// fuzzy score (shared words, close spellings, the section's category and a
// few synonyms for names trackers commonly use).
#include "tracker/tracker_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "catalog/catalog.h"
#include "util/text.h"

namespace practrack {
namespace {

// Lower case, parentheticals and code marks dropped, punctuation to spaces.
std::string normalise(std::string_view s, bool keep_parens = false) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' && !keep_parens) ++depth;
    if (depth > 0) {
      if (c == ')') --depth;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : ' ';
  }
  std::string collapsed;
  for (auto w : text::split(out, ' '))
    if (!w.empty()) collapsed += (collapsed.empty() ? "" : " ") + std::string(w);
  return collapsed;
}

const std::set<std::string>& stopwords() {
  static const std::set<std::string> s = {"a",  "an", "and", "the", "of",   "for",  "on",
                                          "in", "to", "or",  "by",  "with", "file", "files"};
  return s;
}

std::vector<std::string> tokens(std::string_view s, bool keep_parens = false) {
  std::vector<std::string> out;
  std::string norm = normalise(s, keep_parens);  // split() returns views into it
  for (auto w : text::split(norm, ' '))
    if (!w.empty() && !stopwords().count(std::string(w))) out.emplace_back(w);
  return out;
}

// Words that name the same thing: "deployment"/"deploy", "tests"/"test".
bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::size_t n = std::min(a.size(), b.size());
  if (n >= 4 && a.compare(0, n, b, 0, n) == 0 && std::max(a.size(), b.size()) - n <= 4) return true;
  return n >= 6 && text::edit_distance(a, b) <= 1;
}

// Dice coefficient over words, with close spellings counting as equal.
double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t hits = 0;
  for (const auto& x : a)
    if (std::any_of(b.begin(), b.end(), [&](const std::string& y) { return same_word(x, y); }))
      ++hits;
  return 2.0 * static_cast<double>(hits) / static_cast<double>(a.size() + b.size());
}

// Other names trackers use for a practice: the tool or forge that does it.
const std::multimap<std::string, std::string>& synonyms() {
  static const std::multimap<std::string, std::string> m = {
      {"ci-multi-system", "github actions ci"},
      {"ci-multi-system", "gitlab ci"},
      {"hook-tests", "post commit test hook"},
      {"hook-tests", "pre push test hook"},
      {"automated-deploy", "automated deployment"},
      {"declarative-stack", "production stack"},
      {"eval-results-db", "test result database"},
      {"dashboards", "analytics dashboard"},
      {"service-monitoring", "host monitoring"},
      {"access-control", "rbac"},
      {"release-automation", "github releases"},
      {"release-automation", "gitlab releases"},
      {"container-health-checks", "docker health checks"},
      {"contributing-guide", "dev guide"},
      {"ci-caching", "pipeline caching"},
      {"ci-caching", "build cache"},
      {"practices-tracker", "devops tracker"},
      {"pipeline-monitoring", "pipeline monitoring"},
  };
  return m;
}

double score(const std::vector<std::string>& row, const Practice& p, std::string_view category) {
  // The name's parenthetical counts too: "Pre-commit hooks" is "Git hooks
  // (pre-commit)", not "Tests run by git hooks".
  double best = std::max(overlap(row, tokens(p.name)), overlap(row, tokens(p.name, true)));
  auto [lo, hi] = synonyms().equal_range(std::string(p.id));
  for (auto it = lo; it != hi; ++it) best = std::max(best, overlap(row, tokens(it->second)));
  // The section breaks ties: "Test result database" under MLOps.
  if (!category.empty() && p.category == category) best += 0.15;
  return best;
}

constexpr double kThreshold = 0.6;

}  // namespace

std::size_t ImportResult::mapped() const {
  return static_cast<std::size_t>(std::count_if(
      rows.begin(), rows.end(), [](const ImportedRow& r) { return r.kind != MatchKind::custom; }));
}

std::size_t ImportResult::custom() const { return rows.size() - mapped(); }

std::string category_for_title(std::string_view title) {
  std::string t = normalise(title);
  std::string full = normalise(title, true);
  std::string best;
  double best_score = 0.5;
  for (const auto& c : categories()) {
    if (normalise(c.title) == t || normalise(c.id) == t) return std::string(c.id);
    double s = std::max(overlap(tokens(title), tokens(c.title)),
                        overlap(tokens(full), {std::string(c.id)}));
    if (s > best_score) best_score = s, best = std::string(c.id);
  }
  return best;
}

std::string match_practice(std::string_view name, std::string_view category, MatchKind& kind) {
  std::string n = normalise(name);
  std::string full = normalise(name, true);
  for (const auto& p : practices()) {
    if (normalise(p.id) == n) return kind = MatchKind::id, std::string(p.id);
  }
  for (const auto& p : practices()) {
    std::string pn = normalise(p.name);
    if (pn == n || normalise(p.name, true) == full)
      return kind = MatchKind::name, std::string(p.id);
  }
  std::vector<std::string> row = tokens(name);
  const Practice* best = nullptr;
  double best_score = kThreshold;
  for (const auto& p : practices()) {
    double s = score(row, p, category);
    if (s > best_score) best_score = s, best = &p;
  }
  kind = best ? MatchKind::fuzzy : MatchKind::custom;
  return best ? std::string(best->id) : "";
}

namespace {

std::string custom_id(std::string_view name, std::set<std::string>& taken) {
  std::string id;
  for (char c : normalise(name)) id += c == ' ' ? '-' : c;
  if (id.empty()) id = "practice";
  if (id.size() > 48) id.resize(48);
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (find_practice(id)) id = "custom-" + id;
  std::string out = id;
  for (int i = 2; taken.count(out); ++i) out = id + "-" + std::to_string(i);
  taken.insert(out);
  return out;
}

}  // namespace

ImportResult import_tracker(const TrackerDoc& doc) {
  ImportResult result;
  std::map<std::string, int> first_line;
  std::set<std::string> custom_ids;
  for (const auto& section : doc.sections) {
    std::string category = category_for_title(section.title);
    for (const auto& row : section.rows) {
      ImportedRow r{row, section.title, category, "", MatchKind::custom, 0};
      r.practice = match_practice(row.practice, category, r.kind);
      if (r.kind == MatchKind::custom) r.practice = custom_id(row.practice, custom_ids);
      auto [it, fresh] = first_line.emplace(r.practice, row.line);
      if (!fresh) r.duplicate_of = it->second;
      result.rows.push_back(std::move(r));
    }
  }
  return result;
}

}  // namespace practrack
