#include "probes/doc/doc_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "util/text.h"

namespace practrack::doc {
namespace {

bool underline(std::string_view t) {
  if (t.size() < 3) return false;
  char c = t[0];
  if (c != '=' && c != '-' && c != '~' && c != '^' && c != '*' && c != '+' && c != '#')
    return false;
  return std::all_of(t.begin(), t.end(), [c](char x) { return x == c; });
}

bool fence(std::string_view t) {
  return text::starts_with(t, "```") || text::starts_with(t, "~~~");
}

std::string strip_markup(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '*' && c != '_' && c != '`' && c != '#' && c != '[' && c != ']') out += c;
  return std::string(text::trim(out));
}

// Pattern rows for README sections: a heading pattern and a command pattern.
struct SectionRow {
  const char* what;
  const char* heading;  // matched against headings
  const char* command;  // matched against code: fences, indented blocks, `spans`, "$ " lines
  const char* prose;    // matched against any line ("run the tests"); may be empty
};

// Headings that name a section word without being about it: "Speed
// tests", "Benchmark tests", "Build status".
bool vetoed(std::string_view what, std::string_view heading) {
  static const RE2 kTest(R"((?i)\b(speed|benchmarks?|performance|perf)\b)");
  static const RE2 kInstall(R"((?i)\b(status|badges?)\b)");
  if (what == "test") return RE2::PartialMatch(heading, kTest);
  if (what == "install") return RE2::PartialMatch(heading, kInstall);
  return false;
}

// Headings and commands that show how to install, run and test a project.
const std::array<SectionRow, 3> kSections = {{
    {"install",
     R"((?i)\b(install|installation|installing|setup|set up|set-up|getting started|get started|)"
     R"(quick ?start|build|building|compiling|how to compile|from source|deploy\w*|download)\b)",
     R"((?i)\b(pip3?|pipx|uv pip|uv tool|conda|mamba|brew|apt|apt-get|dnf|yum|apk|gem|snap|)"
     R"(winget|choco|scoop|go|cargo|helm|make|vcpkg|conan|cabal|stack) install\b|)"
     R"(\buv (sync|add)\b|\bpoetry (install|add)\b|\b(npm|pnpm|yarn|bun) (install|i|add|ci)\b|)"
     R"(\bgo get\b|\bcargo (build|add)\b|\bbundle install\b|\bcomposer (require|install)\b|)"
     R"(\bdocker (pull|build)\b|\bcmake\b|\bmeson setup\b|\./configure\b|)"
     R"(\bmvnw? (install|package)\b|\bgradlew? (build|assemble)\b|\bdotnet (add|build|restore)\b|)"
     R"(\bgit clone\b|\bnix (profile install|build)\b|\bkubectl apply\b|\bmix deps\.get\b|)"
     // A library's coordinates for Gradle or Maven (moshi's "Download").
     R"(\b(implementation|api|compile|compileOnly|ksp|kapt)\s*\(?\s*)"
     R"(["'][\w.-]+:[\w.-]+:[^"']+["']|)"
     R"(<dependency>|<groupId>[\w.-]+</groupId>)",
     ""},
    {"run",
     R"((?i)\b(usage|how to use|using|run|running|getting started|quick ?start|examples?|)"
     R"(start|starting|launch\w*|tutorial|cli|commands?|demo|serve|serving|hello,? world)\b)",
     R"((?i)\bdocker[- ]compose up\b|\bdocker compose up\b|\bdocker run\b|)"
     R"(\b(npm|yarn|pnpm|bun) (start|run dev|run start|run serve|dev)\b|\bpython3? -m \w|)"
     R"(\bpython3? [\w/.-]+\.py\b|\buvicorn\b|\bgunicorn\b|\bflask run\b|\brunserver\b|)"
     R"(\bcargo run\b|\bgo run\b|\bmake (run|start|serve|up|dev)\b|\bjava -jar\b|\bdotnet run\b|)"
     R"(\brails s(erver)?\b|\bstreamlit run\b|\bnode [\w/.-]+\.m?js\b|\bdeno run\b|)"
     R"(\bjust (run|dev|start)\b|\buv run\b|\bpoetry run\b|\bnpx \w|)"
     R"(\bmix (run|phx\.server)\b|\biex -S mix\b|)"
     R"(\./[\w.-]+\s+(-h|--help|--version)\b)",
     R"((?i)\b(run|execute) [`']?\./\w)"},
    {"test", R"((?i)\b(test|tests|testing|unit tests?|running tests)\b)",
     R"((?i)\bpytest\b|\b(npm|yarn|pnpm|bun) (run )?test\b|\bgo test\b|)"
     R"(\bmake (test|tests|check|unittest|test-\w+)\b|\bcargo (test|nextest)\b|\btox\b|\bnox\b|)"
     R"(\bctest\b|\bmvnw? (test|verify)\b|\bgradlew? (test|check)\b|\bdotnet test\b|)"
     R"(\bmix test\b|\bphpunit\b|\bcomposer test\b|\bbats \w|\bjest\b|\bvitest\b|)"
     R"(\bplaywright test\b|\bmeson test\b|\bjust test\b|\bhatch (test|run test)\b|\brspec\b|)"
     R"(\brake (test|spec)\b|\bpython3? -m (unittest|pytest)\b|\bninja test\b|\bbazel test\b|)"
     R"(\bdeno test\b|\bflutter test\b|\bswift test\b|\bsbt test\b|\blein test\b|)"
     R"(\bstack test\b|\bcabal test\b|\bzig build test\b|\bbehave\b|\brobot (-|--|\w))",
     R"((?i)\b(run|running|execute) (all |the )?(unit[- ]|integration )?tests?\b)"},
}};

// Compiled once: [row][0] heading, [row][1] command, [row][2] prose pattern.
const RE2& section_re(std::size_t row, int which) {
  static const auto* compiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>();
    for (const auto& r : kSections) {
      v->push_back(std::make_unique<RE2>(r.heading));
      v->push_back(std::make_unique<RE2>(r.command));
      v->push_back(std::make_unique<RE2>(*r.prose ? r.prose : "$^never"));
    }
    return v;
  }();
  return *(*compiled)[row * 3 + which];
}

// A line of code the README shows: inside a fence, indented as a block,
// a shell prompt line, or the `inline code` spans of a prose line. Tool
// names in prose ("used by pytest, tox ...") are not commands.
struct CodeLine {
  int line;
  std::string text;
};

std::vector<CodeLine> code_lines(const std::vector<std::string_view>& all) {
  std::vector<CodeLine> out;
  bool in_fence = false;
  for (std::size_t i = 0; i < all.size() && i < 5000; ++i) {
    std::string_view raw = all[i];
    std::string_view t = text::trim(raw);
    int line = static_cast<int>(i) + 1;
    if (fence(t)) {
      in_fence = !in_fence;
      continue;
    }
    bool block = text::starts_with(raw, "    ") || text::starts_with(raw, "\t");
    if (in_fence || block || text::starts_with(t, "$ ") || text::starts_with(t, "> ")) {
      out.push_back({line, std::string(t)});
      continue;
    }
    std::string spans;
    for (std::size_t a = t.find('`'); a != std::string_view::npos;) {
      std::size_t b = t.find('`', a + 1);
      if (b == std::string_view::npos) break;
      spans += std::string(t.substr(a + 1, b - a - 1)) + " ; ";
      a = t.find('`', b + 1);
    }
    if (!spans.empty()) out.push_back({line, spans});
  }
  return out;
}

void mark(ReadmeFacts& r, std::string_view what, const Evidence& at) {
  bool* flag = what == "install" ? &r.install : what == "run" ? &r.run : &r.test;
  Evidence* where = what == "install" ? &r.install_at : what == "run" ? &r.run_at : &r.test_at;
  if (*flag) return;
  *flag = true;
  *where = at;
}

// Index of the first line after YAML front matter (`---` ... `---`), else 0.
std::size_t skip_front_matter(const std::vector<std::string_view>& all) {
  if (all.empty() || text::trim(all[0]) != "---") return 0;
  for (std::size_t i = 1; i < all.size() && i < 200; ++i)
    if (text::trim(all[i]) == "---" || text::trim(all[i]) == "...") return i + 1;
  return 0;
}

}  // namespace

std::vector<Heading> headings(std::string_view body, std::size_t max) {
  static const RE2 kAtx(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)");
  static const RE2 kHtml(R"((?i)<h([1-6])[^>]*>(.*?)</h[1-6]>)");
  std::vector<Heading> out;
  auto all = text::lines(body);
  bool in_fence = false;
  std::size_t i = skip_front_matter(all);
  for (; i < all.size() && out.size() < max; ++i) {
    std::string_view t = text::trim(all[i]);
    if (fence(t)) in_fence = !in_fence;
    if (in_fence || t.empty()) continue;
    std::string hashes, title;
    int line = static_cast<int>(i) + 1;
    // Cheap tests first: most lines are prose, with no '#' or '<' to match.
    if (t.front() == '#' && RE2::FullMatch(all[i], kAtx, &hashes, &title)) {
      out.push_back({line, static_cast<int>(hashes.size()), strip_markup(title)});
    } else if (t.find('<') != std::string_view::npos &&
               RE2::PartialMatch(t, kHtml, &hashes, &title)) {
      out.push_back({line, std::stoi(hashes), strip_markup(title)});
    } else if (i + 1 < all.size() && underline(text::trim(all[i + 1])) && !underline(t) &&
               t.size() < 120) {
      out.push_back({line, text::trim(all[i + 1])[0] == '=' ? 1 : 2, strip_markup(t)});
      ++i;
    }
  }
  return out;
}

const Heading* ci_heading(const std::vector<Heading>& hs) {
  // "CI" only in capitals: changelogs have "Ci" sections for ci: commits.
  static const RE2 kCi(
      R"((^|[^\w-])(CI|CI/CD|CICD|(?i:continuous integration|continuous delivery|)"
      R"(continuous deployment|github actions|gitlab[- ]ci|ci pipelines?|build pipelines?)))"
      R"(($|[^\w-]))");
  // A level-1 heading is the document's title ("Argo CD - Declarative
  // Continuous Delivery"), not a section about the pipeline.
  for (const auto& h : hs)
    if (h.level > 1 && RE2::PartialMatch(h.text, kCi)) return &h;
  return nullptr;
}

ReadmeFacts analyse_readme(const std::string& path, std::string_view body) {
  ReadmeFacts r;
  r.path = path;
  auto hs = headings(body);
  for (const auto& h : hs) {
    if (r.headings.size() < 40) r.headings.push_back(h.text);
    for (std::size_t k = 0; k < kSections.size(); ++k)
      if (RE2::PartialMatch(h.text, section_re(k, 0)) && !vetoed(kSections[k].what, h.text))
        mark(r, kSections[k].what, {path, h.line, text::excerpt(h.text)});
  }
  auto all = text::lines(body);
  auto code = code_lines(all);
  for (std::size_t k = 0; k < kSections.size(); ++k) {
    for (const CodeLine& c : code) {
      if (!RE2::PartialMatch(c.text, section_re(k, 1))) continue;
      mark(r, kSections[k].what, {path, c.line, text::excerpt(all[c.line - 1])});
      break;
    }
    for (std::size_t i = 0; i < all.size() && i < 5000; ++i) {
      if (!RE2::PartialMatch(all[i], section_re(k, 2))) continue;
      mark(r, kSections[k].what, {path, static_cast<int>(i) + 1, text::excerpt(all[i])});
      break;
    }
  }
  return r;
}

namespace {

// Licence wordings, most specific first; all `needles` must appear (in the
// whitespace-collapsed, lower-cased text) and no `unless`.
struct LicenseRow {
  const char* spdx;
  std::array<const char*, 2> needles;
  const char* unless;
};

const std::array<LicenseRow, 18> kLicenses = {{
    {"Apache-2.0", {"apache license", "version 2.0"}, nullptr},
    {"MPL-2.0", {"mozilla public license", "2.0"}, nullptr},
    {"EPL-2.0", {"eclipse public license", "v 2.0"}, nullptr},
    {"EPL-1.0", {"eclipse public license", "v 1.0"}, nullptr},
    {"EUPL-1.2", {"european union public licence", "v. 1.2"}, nullptr},
    {"BUSL-1.1", {"business source license", "1.1"}, nullptr},
    {"SSPL-1.0", {"server side public license", "version 1"}, nullptr},
    {"Elastic-2.0", {"elastic license 2.0", ""}, nullptr},
    {"BSL-1.0", {"boost software license", "version 1.0"}, nullptr},
    {"Unlicense", {"free and unencumbered software released into the public domain", ""}, nullptr},
    {"CC0-1.0", {"cc0 1.0 universal", ""}, nullptr},
    {"WTFPL", {"do what the fuck you want to public license", ""}, nullptr},
    {"Zlib", {"altered source versions must be plainly marked", "as-is"}, nullptr},
    {"ISC",
     {"permission to use, copy, modify, and", "distribute this software for any purpose"},
     nullptr},
    {"MIT",
     {"permission is hereby granted, free of charge", "shall be included in all copies"},
     nullptr},
    {"MIT-0", {"permission is hereby granted, free of charge", "to whom the software is"}, nullptr},
    {"BSD-3-Clause",
     {"redistribution and use in source and binary forms", "neither the name"},
     "all advertising materials"},
    {"BSD-2-Clause",
     {"redistribution and use in source and binary forms", ""},
     "all advertising materials"},
}};

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// The GNU licences name each other in their preambles ("use the GNU
// Lesser General Public License instead"), so the first name in the text
// is the licence and the "version N" right after it its version.
std::string gpl_family(const std::string& head) {
  struct Name {
    const char* text;
    const char* id;
  };
  static constexpr std::array<Name, 4> kNames = {{
      {"gnu affero general public license", "AGPL"},
      {"gnu lesser general public license", "LGPL"},
      {"gnu library general public license", "LGPL"},
      {"gnu general public license", "GPL"},
  }};
  std::size_t first = std::string::npos;
  std::string id;
  for (const auto& n : kNames) {
    std::size_t pos = head.find(n.text);
    if (pos >= first) continue;
    first = pos;
    id = n.id;
  }
  if (first == std::string::npos) return "";
  static const RE2 kVersion(R"(version (\d(?:\.\d)?))");
  std::string v;
  if (!RE2::PartialMatch(head.substr(first, 300), kVersion, &v)) return "";
  return id + "-" + (v.size() == 1 ? v + ".0" : v);
}

}  // namespace

std::string spdx_id(std::string_view body) {
  static const RE2 kSpdx(R"(SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+(?:\s+(?:OR|AND|WITH)\s+)"
                         R"([A-Za-z0-9.+-]+)*))");
  std::string id;
  if (RE2::PartialMatch(body.substr(0, 20000), kSpdx, &id)) return id;
  // The licence's name and terms sit at the top; later text (the GPL's
  // last paragraph naming the LGPL, bundled third-party notices) would
  // mislead, so only the head is read.
  std::string head = collapse(body.substr(0, 6000)).substr(0, 4000);
  // The table first: the MPL names the GPL as a "Secondary License".
  for (const auto& row : kLicenses) {
    bool ok = true;
    for (const char* n : row.needles)
      if (*n && !text::contains(head, n)) ok = false;
    if (ok && row.unless && text::contains(head, row.unless)) ok = false;
    if (ok) return row.spdx;
  }
  return gpl_family(head);
}

namespace {

// "1.2.3", "v2.0", "1.0.0-rc1", and GNOME's "51.beta".
const RE2& version_re() {
  static const RE2 re(R"((?:^|[^\w.])[vV]?(\d+(?:\.\d+)+(?:[-.]?(?:alpha|beta|rc|a|b|dev|)"
                      R"(pre|post)[.-]?\d*)?|\d+\.(?:alpha|beta|rc)\d*)(?:[^\w.]|\.(?:\s|$)|$))");
  return re;
}

std::string month_number(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = text::lower(name.substr(0, 3));
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (l == kMonths[i]) return (i < 9 ? "0" : "") + std::to_string(i + 1);
  return "";
}

// "2024-05-01" from "2024-05-01", "2024/05/01", "May 1, 2024", "1 May 2024".
std::string find_date(std::string_view line) {
  static const RE2 kIso(R"((\d{4})[-/](\d{2})[-/](\d{2}))");
  static const RE2 kUs(R"((?i)\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))");
  static const RE2 kEu(R"((?i)\b(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4}))");
  std::string y, m, d;
  if (RE2::PartialMatch(line, kIso, &y, &m, &d)) return y + "-" + m + "-" + d;
  std::string mon;
  bool us = RE2::PartialMatch(line, kUs, &mon, &d, &y);
  if (!us && !RE2::PartialMatch(line, kEu, &d, &mon, &y)) return "";
  m = month_number(mon);
  if (m.empty()) return "";
  return y + "-" + m + "-" + (d.size() == 1 ? "0" + d : d);
}

// Lines that can hold a changelog entry's title.
bool entry_line(const std::vector<std::string_view>& all, std::size_t i) {
  static const RE2 kWords(R"((?i)\b(changes in|version|release[sd]?)\b)");
  std::string_view raw = all[i];
  std::string_view t = text::trim(raw);
  if (text::starts_with(t, "#")) return true;
  if (i + 1 < all.size() && underline(text::trim(all[i + 1]))) return true;
  // Otherwise an unindented line that is no list item: "1.2 (2024-01-01)",
  // "v2.0", "[1.0]", "Overview of changes in app 51.beta".
  // Licence headers ("under the Apache License, Version 2.0") are no entry.
  if (raw.empty() || raw[0] == ' ' || raw[0] == '\t' || raw[0] == '*' || raw[0] == '-' ||
      raw[0] == '+' || text::icontains(t, "licen"))
    return false;
  bool leading_version = std::isdigit(static_cast<unsigned char>(t[0])) ||
                         ((t[0] == 'v' || t[0] == '[') && t.size() > 1 &&
                          std::isdigit(static_cast<unsigned char>(t[1])));
  return leading_version || RE2::PartialMatch(t.substr(0, 80), kWords);
}

}  // namespace

ChangelogFacts parse_changelog(const std::string& path, std::string_view body) {
  ChangelogFacts c;
  c.path = path;
  c.at = Evidence{path, 0, ""};
  // A GNU ChangeLog dates its entries and names no version:
  // "2015-07-10  Nicolas Williams  <nico@example.org>".
  static const RE2 kGnuEntry(R"(^(\d{4}-\d{2}-\d{2})\s+\S)");
  std::size_t gnu_entry = std::string_view::npos;
  auto all = text::lines(body);
  bool in_fence = false;
  for (std::size_t i = 0; i < all.size() && i < 3000; ++i) {
    std::string_view t = text::trim(all[i]);
    if (fence(t)) in_fence = !in_fence;
    if (in_fence || t.empty() || !entry_line(all, i)) continue;
    if (text::icontains(t, "unreleased")) continue;
    std::string version;
    if (!RE2::PartialMatch(t, version_re(), &version)) {
      if (gnu_entry == std::string_view::npos && RE2::PartialMatch(all[i], kGnuEntry))
        gnu_entry = i;
      continue;
    }
    // "Changes from 2.5.1 to 3.0.0" (pkgconf's NEWS): the entry is the
    // release it leads to.
    if (std::size_t to = t.find(" to "); to != std::string_view::npos)
      if (std::string after; RE2::PartialMatch(t.substr(to + 4), version_re(), &after))
        version = after;
    if (++c.entries > 1) continue;
    c.newest_version = version;
    c.at = Evidence{path, static_cast<int>(i) + 1, text::excerpt(t)};
    for (std::size_t k = i; k < all.size() && k <= i + 3 && c.newest_date.empty(); ++k)
      c.newest_date = find_date(all[k]);
    c.newest_time = date_seconds(c.newest_date);
  }
  // Dated entries count only where no entry names a version.
  if (c.entries == 0 && gnu_entry != std::string_view::npos) {
    c.newest_date = find_date(all[gnu_entry]);
    c.newest_time = date_seconds(c.newest_date);
    c.at = Evidence{path, static_cast<int>(gnu_entry) + 1, text::excerpt(all[gnu_entry])};
  }
  return c;
}

PracticesTrackerFacts parse_tracker(const std::string& path, std::string_view body) {
  static const RE2 kTable(R"((?i)^\s*\|\s*practice\s*\|\s*status\s*\|)");
  static const RE2 kRow(R"((?i)^\s*\|[^|]*\|\s*\**(adopted|partial|not started|n/?a|)"
                        R"(not applicable)\**\s*\|)");
  static const RE2 kUpdated(
      R"((?i)(?:updated as of|last updated|updated)\s*:?\s*\**\s*(\d{4}-\d{2}-\d{2}))");
  PracticesTrackerFacts t;
  // No tracker without its table's "| Practice |" header: most docs are
  // settled without a regex per line.
  if (!text::icontains(body, "practice")) return t;
  auto all = text::lines(body);
  int table_line = 0;
  // Rows count inside a practice table only: the summary's header
  // ("| Category | Adopted | ...") reads like a row too.
  bool in_table = false;
  for (std::size_t i = 0; i < all.size() && i < 5000; ++i) {
    bool header = RE2::PartialMatch(all[i], kTable);
    if (!table_line && header) table_line = static_cast<int>(i) + 1;
    if (header) in_table = true;
    else if (!text::starts_with(text::trim(all[i]), "|")) in_table = false;
    else if (in_table && RE2::PartialMatch(all[i], kRow)) ++t.rows;
    std::string date;
    if (t.updated_as_of.empty() && RE2::PartialMatch(all[i], kUpdated, &date)) {
      t.updated_as_of = date;
      t.updated_time = date_seconds(date);
      t.at = Evidence{path, static_cast<int>(i) + 1, text::excerpt(all[i])};
    }
  }
  if (!table_line) return {};
  t.path = path;
  if (t.at.path.empty()) t.at = Evidence{path, table_line, text::excerpt(all[table_line - 1])};
  return t;
}

long long date_seconds(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || !RE2::FullMatch(iso, R"((\d{4})-(\d{2})-(\d{2}))", &y, &m, &d)) return 0;
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  // Days from civil (Howard Hinnant's algorithm), no time zone involved.
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (era * 146097 + doe - 719468) * 86400;
}

}  // namespace practrack::doc
