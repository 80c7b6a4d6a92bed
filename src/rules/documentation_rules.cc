// Documentation practices: decided from the documents the doc probes
// found by path (facts.docs) and, for API docs and ADRs, tool rows.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr long long kDay = 86400;
constexpr long long kStaleDays = 30;

// "`a`, `b`, `c` and 2 more" for notes; evidence for each listed file.
std::string list_paths(const std::vector<const DocFile*>& docs, std::vector<Evidence>& ev,
                       std::size_t max = 3) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const DocFile* d : docs) {
    if (!seen.insert(d->path).second) continue;
    if (names.size() < max) {
      names.push_back(code(d->path));
      ev.push_back(d->at);
    }
  }
  std::string out = text::join(names, ", ");
  if (seen.size() > max) out += " and " + std::to_string(seen.size() - max) + " more";
  return out;
}

Assessment by_files(const RepoFacts& f, std::string_view kind, std::string none) {
  auto docs = f.docs.of_kind(kind);
  if (docs.empty()) return not_started(std::move(none));
  std::vector<Evidence> ev;
  return adopted(list_paths(docs, ev), ev);
}

// A README section this long (non-blank lines) guides a contributor; a
// shorter one only welcomes or points elsewhere.
constexpr int kGuideLines = 5;

// A guide of its own adopts; so does a README section with substance.
Assessment contributing_guide(const RepoFacts& f) {
  std::vector<const DocFile*> files, sections;
  for (const DocFile* d : f.docs.of_kind("contributing"))
    (text::starts_with(d->detail, "README section ") ? sections : files).push_back(d);
  if (!files.empty()) {
    std::vector<Evidence> ev;
    return adopted(list_paths(files, ev), ev);
  }
  if (sections.empty()) return not_started("No CONTRIBUTING or developer guide");
  const DocFile& s = *sections.front();
  // detail: "README section <heading>, N lines"
  std::string_view detail = s.detail;
  auto comma = detail.rfind(", ");
  std::string heading(
      detail.substr(15, comma == std::string_view::npos ? std::string_view::npos : comma - 15));
  int lines = comma == std::string_view::npos ? 0 : std::atoi(s.detail.c_str() + comma + 2);
  std::string note =
      code(s.path) + " section " + code(heading) + " (" + plural(lines, "line") + ")";
  if (lines >= kGuideLines) return adopted(note + "; no guide of its own", {s.at});
  return partial(note + ": a short pointer, no guide in the repository", {s.at});
}

Assessment readme(const RepoFacts& f) {
  const ReadmeFacts& r = f.docs.readme;
  if (r.path.empty()) {
    auto any = f.docs.of_kind("readme");
    if (any.empty()) return not_started("No README");
    return partial(code(any.front()->path) + " could not be read", {any.front()->at});
  }
  std::vector<Evidence> ev;
  std::vector<std::string> missing;
  struct Part {
    bool shown;
    const Evidence* at;
    const char* name;
  };
  for (const Part& p : {Part{r.install, &r.install_at, "install"}, Part{r.run, &r.run_at, "usage"},
                        Part{r.test, &r.test_at, "test"}}) {
    if (p.shown)
      ev.push_back(*p.at);
    else
      missing.push_back(p.name);
  }
  if (missing.empty()) return adopted(code(r.path) + " — install, usage and test instructions", ev);
  if (ev.empty()) ev.push_back(Evidence{r.path, 0, ""});
  std::string what = missing.size() == 3   ? "install, usage or test"
                     : missing.size() == 2 ? missing[0] + " and " + missing[1]
                                           : missing[0];
  return partial("README without " + what + " instructions (" + code(r.path) + ")", ev);
}

Assessment license(const RepoFacts& f) {
  const auto& ls = f.docs.licenses;
  if (ls.empty()) return not_started("No LICENSE file");
  std::vector<std::string> paths, ids;
  std::vector<Evidence> ev;
  bool reuse = false;
  for (const auto& l : ls) {
    bool in_folder = text::starts_with(text::lower(l.path), "licenses/");
    reuse = reuse || in_folder;
    std::string shown = in_folder ? code(l.path.substr(0, 9)) : code(l.path);
    if (std::find(paths.begin(), paths.end(), shown) == paths.end() && paths.size() < 3) {
      paths.push_back(shown);
      ev.push_back(l.at);
    }
    if (!l.spdx.empty() && std::find(ids.begin(), ids.end(), l.spdx) == ids.end())
      ids.push_back(l.spdx);
  }
  std::string note = text::join(paths, ", ") + " — ";
  note += ids.empty() ? "licence not recognised" : text::join(ids, ", ");
  if (reuse) note += " (REUSE `LICENSES/`)";
  return adopted(note, ev);
}

Assessment pipeline_docs(const RepoFacts& f) {
  auto docs = f.docs.of_kind("pipeline");
  if (docs.empty()) return not_started("No CI/CD pipeline documentation");
  // Whole documents first; "README section CI" only when no document exists.
  std::stable_sort(docs.begin(), docs.end(), [](const DocFile* a, const DocFile* b) {
    return a->detail.empty() && !b->detail.empty();
  });
  std::vector<Evidence> ev;
  std::string note = list_paths(docs, ev);
  if (!docs.front()->detail.empty() && docs.front()->detail != "section")
    note = code(docs.front()->path) + " " + docs.front()->detail.substr(0, 60);
  return adopted(note, ev);
}

Assessment practices_tracker(const RepoFacts& f) {
  const auto& t = f.docs.practices_tracker;
  if (t.path.empty()) {
    auto named = f.docs.of_kind("practices-tracker");
    if (named.empty()) return not_started("No DevOps practices tracker");
    return partial(code(named.front()->path) + " has no \"| Practice | Status |\" table",
                   {named.front()->at});
  }
  std::string note = code(t.path) + " — " + plural(t.rows, "practice");
  if (t.updated_as_of.empty()) return adopted(note + ", undated", {t.at});
  long long head = f.git.head_time;
  if (head > 0 && t.updated_time > 0 && head - t.updated_time > kStaleDays * kDay) {
    long long days = (head - t.updated_time) / kDay;
    return partial(note + ", updated as of " + t.updated_as_of + " — " + std::to_string(days) +
                       " days older than the scanned commit",
                   {t.at});
  }
  return adopted(note + ", updated as of " + t.updated_as_of, {t.at});
}

Assessment api_docs(const RepoFacts& f) {
  auto docs = f.docs.of_kind("api");
  if (docs.empty())
    return decide_by_tools(f, "api-docs", UnrunPolicy::adopted,
                           "No OpenAPI/Swagger spec or generated API docs");
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  std::set<std::string> tools;
  int specs = 0;
  for (const DocFile* d : docs) {
    bool spec = d->detail == "openapi" || d->detail == "swagger" || d->detail == "asyncapi";
    specs += spec;
    if (!tools.insert(d->detail).second || parts.size() >= 4) continue;
    std::string name = d->detail == "openapi"    ? "OpenAPI"
                       : d->detail == "asyncapi" ? "AsyncAPI"
                       : d->detail == "swagger"  ? "Swagger"
                                                 : d->detail;
    parts.push_back(name + " (" + code(d->path) + ")");
    ev.push_back(d->at);
  }
  std::string note = text::join(parts, "; ");
  if (specs > 1) note += " — " + std::to_string(specs) + " spec files";
  return adopted(note, ev);
}

Assessment adrs(const RepoFacts& f) {
  auto docs = f.docs.of_kind("adr");
  if (docs.empty())
    return decide_by_tools(f, "adrs", UnrunPolicy::adopted, "No architecture decision records");
  std::vector<Evidence> ev{docs.front()->at};
  int records = 0;
  std::string folder;
  for (const DocFile* d : docs) {
    std::string_view base = text::basename(d->path);
    if (base == ".adr-dir" || base == ".log4brains.yml") continue;
    ++records;
    if (folder.empty()) folder = std::string(text::dirname(d->path));
  }
  if (records == 0) return adopted("ADR tool config " + code(docs.front()->path), ev);
  return adopted(code(folder + "/") + " — " + plural(records, "record"), ev);
}

Assessment runbooks(const RepoFacts& f) {
  auto docs = f.docs.of_kind("runbook");
  if (docs.empty()) return not_started("No runbooks or incident docs");
  std::vector<Evidence> ev;
  std::string list = list_paths(docs, ev);
  return adopted(
      docs.size() > 1 ? plural(static_cast<long>(docs.size()), "document") + ": " + list : list,
      ev);
}

// "1.2.3" from "v1.2.3", "release-1.2.3", "pkg@1.2.3"; "" when none.
std::string version_of(std::string_view tag) {
  for (std::size_t i = 0; i < tag.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(tag[i]))) return std::string(tag.substr(i));
  return "";
}

// The newest release tag at or before the scanned commit: highest version
// among tags that are plain semver (pre-releases left out). With a
// package's name, only that package's tags (`kafka/32.4.3` says nothing
// of airflow's changelog).
const Tag* newest_tag(const RepoFacts& f, std::string_view package = {}) {
  const Tag* best = nullptr;
  for (const Tag& t : f.git.tags) {
    if (!package.empty() && t.name.find(package) == std::string::npos) continue;
    // A pre-release has more than digits and dots in its version
    // (`1.2.0-rc.1`, `jq-1.8.2rc1`); jq's `jq-1.8.2` is a release.
    if (!t.semver || version_of(t.name).find_first_not_of("0123456789.") != std::string::npos)
      continue;
    if (f.git.head_time > 0 && t.time > f.git.head_time) continue;
    if (!best || compare_versions(version_of(t.name), version_of(best->name)) > 0) best = &t;
  }
  return best;
}

}  // namespace

namespace {

Assessment changelog(const RepoFacts& f) {
  const ChangelogFacts& c = f.docs.changelog;
  if (c.path.empty()) return not_started("No CHANGELOG");
  Evidence at = c.at.path.empty() ? Evidence{c.path, 0, ""} : c.at;
  if (c.newest_version.empty() && c.newest_date.empty())
    return partial(code(c.path) + " has no versioned or dated entries", {at});
  std::string entry = c.newest_version.empty() ? c.newest_date : c.newest_version;
  if (!c.newest_version.empty() && !c.newest_date.empty()) entry += " (" + c.newest_date + ")";
  std::string note = code(c.path) + " — newest entry " + entry;
  if (!c.root_pointer.empty())
    note += " (per-package changelogs; the root " + code(c.root_pointer) + " has no entries)";
  if (c.per_package) note += " (per-package changelogs; none at the root)";
  // A package's changelog is compared with that package's tags only.
  bool package = c.per_package || !c.root_pointer.empty();
  std::string_view folder = text::basename(text::dirname(c.path));
  if (package && folder.empty()) return adopted(note, {at});
  const Tag* tag = newest_tag(f, package ? folder : std::string_view());
  if (!tag) return adopted(note, {at});
  std::string tv = version_of(tag->name);
  bool stale = false;
  if (!c.newest_version.empty()) {
    stale = compare_versions(tv, c.newest_version) > 0;
  } else if (c.newest_time > 0 && tag->time > 0) {
    stale = tag->time - c.newest_time > kStaleDays * kDay;
  }
  if (stale) return partial(note + "; tag " + code(tag->name) + " is newer — stale", {at});
  return adopted(note + ", covers newest tag " + code(tag->name), {at});
}

}  // namespace

std::vector<RuleRow> documentation_rules() {
  return {
      {"readme", readme},
      {"license", license},
      {"agent-docs",
       [](const RepoFacts& f) {
         return by_files(f, "agents", "No AI agent instructions (AGENTS.md, CLAUDE.md ...)");
       }},
      {"contributing-guide", contributing_guide},
      {"feature-tracker",
       [](const RepoFacts& f) {
         return by_files(f, "feature-tracker", "No roadmap or feature tracker document");
       }},
      {"pipeline-docs", pipeline_docs},
      {"practices-tracker", practices_tracker},
      {"api-docs", api_docs},
      {"adrs", adrs},
      {"runbooks", runbooks},
      {"changelog", changelog},
  };
}

}  // namespace practrack
