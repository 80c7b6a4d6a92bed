#include "probes/doc/readme_contributing.h"

#include <re2/re2.h>

#include "probes/doc/doc_text.h"
#include "util/text.h"

namespace practrack::doc {
namespace {

constexpr std::size_t kReadmeBytes = 512 * 1024;

// "Contributing", "How to contribute", "Development", "Hacking"; not
// "Contributors", which lists people, nor "Development status" (or stage,
// state), which says how alive the project is (libfuse).
bool about_contributing(std::string_view heading) {
  static const RE2 re(R"((?i)^\W*(contributing|contribute|contributions?|how to contribute|)"
                      R"(development|developing|hacking)\b)");
  static const RE2 status(R"((?i)^\W*development\s+(status|stage|state)\b)");
  return RE2::PartialMatch(heading, re) && !RE2::PartialMatch(heading, status);
}

// Non-blank lines from below the heading to the next heading of its level
// or above.
int section_lines(const std::vector<std::string_view>& all, const std::vector<Heading>& hs,
                  std::size_t at) {
  std::size_t end = all.size();
  for (std::size_t j = at + 1; j < hs.size(); ++j)
    if (hs[j].level <= hs[at].level) {
      end = static_cast<std::size_t>(hs[j].line - 1);
      break;
    }
  int n = 0;
  for (std::size_t i = static_cast<std::size_t>(hs[at].line); i < end && i < all.size(); ++i)
    n += text::trim(all[i]).empty() ? 0 : 1;
  return n;
}

}  // namespace

void probe_readme_contributing(const ScanContext& ctx, RepoFacts& facts) {
  const std::string& path = facts.docs.readme.path;
  if (path.empty()) return;
  const FileEntry* f = ctx.find(path);
  auto body = f ? ctx.read_text(*f, kReadmeBytes) : std::nullopt;
  if (!body) return;
  auto hs = headings(*body);
  auto all = text::lines(*body);
  for (std::size_t k = 0; k < hs.size(); ++k) {
    // The title (level 1) names the project, not a section.
    if (hs[k].level < 2 || !about_contributing(hs[k].text)) continue;
    int lines = section_lines(all, hs, k);
    facts.docs.files.push_back({"contributing", path,
                                "README section " + hs[k].text + ", " + std::to_string(lines) +
                                    (lines == 1 ? " line" : " lines"),
                                Evidence{path, hs[k].line, text::excerpt(hs[k].text)}});
    return;
  }
}

}  // namespace practrack::doc
