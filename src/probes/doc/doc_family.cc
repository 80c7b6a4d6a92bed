// Documentation probes: which documents exist (by full path), what the
// README says, the licence, the changelog's newest entry, API doc specs,
// CI sections and practices trackers inside docs. The config probes
// (env files, .gitignore, config tree, secret stores) are rows here too:
// see config_probe.cc.
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

#include "probes/doc/config_probe.h"
#include "probes/doc/doc_files.h"
#include "probes/doc/doc_text.h"
#include "probes/doc/readme_contributing.h"
#include "probes/nothing_given.h"
#include "probes/probe.h"
#include "probes/parse_warning.h"
#include "probes/sample_paths.h"
#include "scan/links.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr std::size_t kMaxPerKind = 200;   // documents listed per kind
constexpr std::size_t kMaxDocTexts = 300;  // docs read for CI sections / tracker tables
constexpr std::size_t kMaxSpecCandidates = 300;
constexpr std::size_t kDocBytes = 1 << 20;

// No document lives this deep; long paths only cost glob backtracking.
// Most files are settled by their extension, without a memo lookup.
bool doc_path(std::string_view path) { return path.size() <= 400 && !doc::cannot_be_a_doc(path); }

void probe_doc_files(const ScanContext& ctx, RepoFacts& facts) {
  std::map<std::string, std::size_t> per_kind;
  for (const FileEntry* f : ctx.own_files(doc_path)) {
    if (f->kind == FileKind::submodule) continue;
    // Memoised: a history scan classifies each path once, not per commit.
    auto kinds = ctx.memo_path<std::vector<DocFile>>(
        "doc.classify", *f, [](const FileEntry& file) { return doc::classify(file.path); });
    for (const DocFile& d : *kinds)
      if (per_kind[d.kind]++ < kMaxPerKind) facts.docs.files.push_back(d);
  }
  // A linked README, LICENSE, CONTRIBUTING or CHANGELOG: one that names a
  // file of the tree (axum's `README.md -> axum/README.md`) stands for that
  // file, put first as the root one would be; one that points elsewhere is
  // not followed: say so, or the practice is Not Started with no word why.
  // SECURITY.md is the policy probe's to name.
  std::vector<DocFile> linked;
  for (const FileEntry* link : ctx.files(doc_path)) {
    if (link->kind != FileKind::symlink) continue;
    const FileEntry& f = *link;
    for (const DocFile& d : doc::classify(f.path)) {
      if (d.kind != "readme" && d.kind != "license" && d.kind != "contributing" &&
          d.kind != "changelog")
        continue;
      if (const FileEntry* target = link_target_in_tree(ctx, f)) {
        linked.push_back({d.kind, target->path, "",
                          Evidence{target->path, 0, "linked from " + f.path}});
      } else {
        warn_symlink_not_followed(
            ctx, f.path,
            "the " + (d.kind == "contributing" ? std::string("contributing guide") : d.kind));
      }
      break;
    }
  }
  facts.docs.files.insert(facts.docs.files.begin(), linked.begin(), linked.end());
}

// The READMEs GitHub/GitLab would show, in their order: the root ones,
// then .github/, docs/.
std::vector<std::string> readme_candidates(const DocFacts& docs) {
  std::vector<std::string> root, other;
  for (const DocFile* d : docs.of_kind("readme"))
    (d->path.find('/') == std::string::npos ? root : other).push_back(d->path);
  root.insert(root.end(), other.begin(), other.end());
  return root;
}

// The first README that reads as text. A binary file named README is not
// a README: it is dropped from the documents (read_text warned about it)
// and the next one is tried. One too large or a symlink stays, unread.
std::optional<std::pair<std::string, std::string>> readable_readme(const ScanContext& ctx,
                                                                   DocFacts& docs) {
  std::vector<std::string> not_text;
  std::optional<std::pair<std::string, std::string>> found;
  for (const std::string& path : readme_candidates(docs)) {
    const FileEntry* f = ctx.find(path);
    if (!f) break;
    if (auto body = ctx.read_text(*f, kDocBytes)) {
      found.emplace(path, std::move(*body));
      break;
    }
    if (f->kind == FileKind::symlink || ctx.larger_than(*f, kDocBytes)) break;
    not_text.push_back(path);
  }
  std::erase_if(docs.files, [&](const DocFile& d) {
    return d.kind == "readme" &&
           std::find(not_text.begin(), not_text.end(), d.path) != not_text.end();
  });
  return found;
}

void probe_readme(const ScanContext& ctx, RepoFacts& facts) {
  auto readme = readable_readme(ctx, facts.docs);
  if (!readme) return;
  const auto& [path, body] = *readme;
  facts.docs.readme = doc::analyse_readme(path, body);
  const ReadmeFacts& r = facts.docs.readme;
  facts.metrics["docs.readme_sections"] = r.install + r.run + r.test;
  auto hs = doc::headings(body);
  if (const doc::Heading* h = doc::ci_heading(hs))
    facts.docs.files.push_back({"pipeline", path, "README section " + h->text,
                                Evidence{path, h->line, text::excerpt(h->text)}});
}

std::string spdx_from_name(std::string_view path) {
  std::string_view stem = text::basename(path);
  auto dot = stem.rfind('.');
  return std::string(dot == std::string_view::npos ? stem : stem.substr(0, dot));
}

void probe_licenses(const ScanContext& ctx, RepoFacts& facts) {
  for (const DocFile* d : facts.docs.of_kind("license")) {
    LicenseFile l{d->path, "", Evidence{d->path, 0, ""}};
    if (text::starts_with(text::lower(d->path), "licenses/")) {
      l.spdx = spdx_from_name(d->path);  // REUSE: LICENSES/<SPDX id>.txt
    } else if (const FileEntry* f = ctx.find(d->path)) {
      if (auto body = ctx.read_text(*f, kDocBytes)) l.spdx = doc::spdx_id(*body);
    }
    facts.docs.licenses.push_back(std::move(l));
    if (facts.docs.licenses.size() >= 20) break;
  }
}

// The changelog to compare with tags: the root one first; in a folder of
// per-version files (CHANGELOG/CHANGELOG-1.30.md) the highest version.
const DocFile* main_changelog(const DocFacts& docs) {
  const DocFile* best = nullptr;
  int best_depth = 1000;
  std::string best_version;
  static const RE2 kVer(R"((\d+(?:\.\d+)+))");
  for (const DocFile* d : docs.of_kind("changelog")) {
    int depth = static_cast<int>(std::count(d->path.begin(), d->path.end(), '/'));
    std::string v;
    RE2::PartialMatch(text::basename(d->path), kVer, &v);
    bool better =
        depth < best_depth || (depth == best_depth && compare_versions(v, best_version) > 0);
    if (best && !better) continue;
    best = d;
    best_depth = depth;
    best_version = v;
  }
  return best;
}

// A documentation page kept as the changelog under another name
// (more-itertools' docs/versions.rst, "Version History"). The name alone
// could be a supported-versions page: its title must say history or
// changes, and it must hold at least two versioned entries.
void docs_version_history(const ScanContext& ctx, RepoFacts& facts) {
  static const RE2 kTitle(R"((?i)\b(history|changelog|changes|release notes|what'?s new)\b)");
  for (const FileEntry* f : ctx.glob("{docs,doc}/{versions,version-history,version_history,"
                                     "whatsnew,whats-new,whats_new,release-history}.{rst,md}")) {
    auto body = ctx.read_text(*f, kDocBytes);
    if (!body) continue;
    auto lines = text::lines(*body);
    if (lines.size() > 10) lines.resize(10);
    bool titled = std::any_of(lines.begin(), lines.end(),
                              [](std::string_view l) { return RE2::PartialMatch(l, kTitle); });
    if (!titled) continue;
    ChangelogFacts c = doc::parse_changelog(f->path, *body);
    if (c.entries < 2) continue;
    facts.docs.changelog = std::move(c);
    facts.metrics["docs.changelog_entries"] = facts.docs.changelog.entries;
    return;
  }
}

// Whether changelog `a` shows a newer release than `b`: a versioned entry
// beats a dated one (release notes beside a commit log), dates and then
// versions decide between entries of one kind.
bool newer_changelog(const ChangelogFacts& a, const ChangelogFacts& b) {
  bool av = !a.newest_version.empty(), bv = !b.newest_version.empty();
  if (av != bv) return av;
  if (a.newest_time > 0 && b.newest_time > 0 && a.newest_time != b.newest_time)
    return a.newest_time > b.newest_time;
  if (av) return compare_versions(a.newest_version, b.newest_version) > 0;
  return a.newest_time > b.newest_time;
}

// "changelog" for ChangeLog, CHANGELOG.md and changelog.rst alike.
std::string stem(std::string_view path) {
  std::string_view base = text::basename(path);
  return text::lower(base.substr(0, base.find('.')));
}

// Another changelog of another name in the same folder (jq's NEWS.md
// beside a GNU ChangeLog that ends in 2015): the one with the newer entry
// is the one kept current. A few only: a folder of per-version files is
// sorted out by main_changelog() already, and the same name in another
// format (CHANGELOG.rst beside CHANGELOG.md) keeps the first.
void keep_newer_sibling(const ScanContext& ctx, const DocFile& main, RepoFacts& facts) {
  constexpr int kMaxSiblings = 3;
  static const RE2 kVersioned(R"(\d+\.\d+)");
  if (RE2::PartialMatch(text::basename(main.path), kVersioned)) return;
  int read = 0;
  for (const DocFile* d : facts.docs.of_kind("changelog")) {
    if (text::dirname(d->path) != text::dirname(main.path) || stem(d->path) == stem(main.path))
      continue;
    if (++read > kMaxSiblings) return;
    const FileEntry* f = ctx.find(d->path);
    auto body = f ? ctx.read_text(*f, kDocBytes) : std::nullopt;
    if (!body) continue;
    ChangelogFacts c = doc::parse_changelog(d->path, *body);
    if (newer_changelog(c, facts.docs.changelog)) facts.docs.changelog = std::move(c);
  }
}

// A root changelog with no entry in a workspace: axum's only points to
// axum/CHANGELOG.md, axum-core/CHANGELOG.md ... The members' changelogs
// one folder down are read and the one with the newest entry kept.
// The newest of the changelogs of folders below the root, read from a few
// at most; empty when none has a versioned or dated entry. Sample apps'
// changelogs are theirs, not the project's.
ChangelogFacts newest_member_changelog(const ScanContext& ctx, int levels) {
  constexpr int kMaxMembers = 12;
  constexpr std::string_view kNames =
      "{CHANGELOG,Changelog,changelog,CHANGES,Changes,HISTORY,History,NEWS}{,.md,.rst,.txt}";
  ChangelogFacts best;
  int read = 0;
  for (int level = 1; level <= levels; ++level) {
    std::string pattern;
    for (int k = 0; k < level; ++k) pattern += "*/";
    for (const FileEntry* f : ctx.glob(pattern + std::string(kNames))) {
      if (in_sample_folder(f->path)) continue;
      if (++read > kMaxMembers) return best;
      auto body = ctx.read_text(*f, kDocBytes);
      if (!body) continue;
      ChangelogFacts c = doc::parse_changelog(f->path, *body);
      if (c.newest_version.empty() && c.newest_date.empty()) continue;
      if (best.path.empty() || newer_changelog(c, best)) best = std::move(c);
    }
  }
  return best;
}

void member_changelogs(const ScanContext& ctx, RepoFacts& facts) {
  ChangelogFacts best = newest_member_changelog(ctx, 1);
  if (best.path.empty()) return;
  best.root_pointer = facts.docs.changelog.path;
  facts.docs.changelog = std::move(best);
}

// No root changelog: a monorepo may keep one per package, one or two
// folders down (pinia's packages/pinia/CHANGELOG.md, bitnami/<chart>/).
void package_changelogs(const ScanContext& ctx, RepoFacts& facts) {
  ChangelogFacts best = newest_member_changelog(ctx, 2);
  if (best.path.empty()) return;
  best.per_package = true;
  facts.docs.changelog = std::move(best);
}

void probe_changelog(const ScanContext& ctx, RepoFacts& facts) {
  const DocFile* d = main_changelog(facts.docs);
  if (!d) {
    docs_version_history(ctx, facts);
    if (facts.docs.changelog.path.empty()) package_changelogs(ctx, facts);
    if (!facts.docs.changelog.path.empty())
      facts.metrics["docs.changelog_entries"] = facts.docs.changelog.entries;
    return;
  }
  const FileEntry* f = ctx.find(d->path);
  auto body = f ? ctx.read_text(*f, kDocBytes) : std::nullopt;
  if (!body) {
    facts.docs.changelog.path = d->path;
    return;
  }
  facts.docs.changelog = doc::parse_changelog(d->path, *body);
  keep_newer_sibling(ctx, *d, facts);
  const ChangelogFacts& root = facts.docs.changelog;
  if (root.newest_version.empty() && root.newest_date.empty() &&
      root.path.find('/') == std::string::npos)
    member_changelogs(ctx, facts);
  facts.metrics["docs.changelog_entries"] = facts.docs.changelog.entries;
}

// Memoised as doc-files' classification is: doc-texts asks about every
// doc at each run, and the glob rows are most of its time.
bool is_changelog(const ScanContext& ctx, const FileEntry& f) {
  auto kinds = ctx.memo_path<std::vector<DocFile>>(
      "doc.classify", f, [](const FileEntry& file) { return doc::classify(file.path); });
  for (const DocFile& d : *kinds)
    if (d.kind == "changelog") return true;
  return false;
}

// A code of conduct (cobra's CONDUCT.md has a "CI Testing" paragraph) is a
// promise to users or contributors, never a description of the pipeline.
bool is_conduct(std::string_view path) {
  std::string base = text::lower(text::basename(path));
  auto dot = base.find('.');
  if (dot != std::string::npos) base.resize(dot);
  return base == "conduct" || base == "code_of_conduct" || base == "code-of-conduct";
}

constexpr std::string_view kDocTextKey = "doc.text";

// What one doc gives doc-texts, kept per blob: a history reads and parses
// a doc once, not at every scan that runs the probe.
struct DocText {
  PracticesTrackerFacts tracker;           // path empty when none
  std::optional<doc::Heading> ci_heading;  // a CI section's heading
  bool empty() const { return tracker.path.empty() && !ci_heading; }
};

bool doc_text_candidate(const ScanContext& ctx, const FileEntry& f) {
  return f.kind != FileKind::symlink && doc::in_doc_folder(f.path) &&
         !ctx.larger_than(f, kDocBytes);
}

std::shared_ptr<const DocText> doc_text(const ScanContext& ctx, const FileEntry& f) {
  static const auto none = std::make_shared<const DocText>();
  return ctx.memo_shared<DocText>(kDocTextKey, f, [&](const FileEntry& file) {
    auto body = ctx.read_text(file, kDocBytes);
    if (!body) return none;
    DocText out;
    out.tracker = doc::parse_tracker(file.path, *body);
    if (out.tracker.path.empty()) {
      auto hs = doc::headings(*body, 200);
      if (const doc::Heading* h = doc::ci_heading(hs)) out.ci_heading = *h;
    }
    return out.empty() ? none : std::make_shared<const DocText>(std::move(out));
  });
}

// Docs in the project's doc folders: a "| Practice | Status |" table makes
// a practices tracker; a CI heading makes pipeline docs.
void probe_doc_texts(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t read = 0;
  auto& docs = facts.docs;
  for (const FileEntry* f : ctx.own_files(doc::in_doc_folder)) {
    if (!doc_text_candidate(ctx, *f)) continue;
    if (++read > kMaxDocTexts) break;
    auto found = doc_text(ctx, *f);
    if (!found->tracker.path.empty()) {
      if (found->tracker.rows > docs.practices_tracker.rows) {
        docs.practices_tracker = found->tracker;
        docs.files.push_back({"practices-tracker", f->path, "table", found->tracker.at});
      }
      continue;  // its "Continuous Integration" section is no pipeline doc
    }
    // The README's CI section is already recorded; changelogs list "CI"
    // changes, not the pipeline.
    if (f->path == docs.readme.path || is_changelog(ctx, *f) || is_conduct(f->path)) continue;
    if (const auto& h = found->ci_heading)
      docs.files.push_back({"pipeline", f->path, "section " + h->text,
                            Evidence{f->path, h->line, text::excerpt(h->text)}});
  }
}

// Most docs hold neither a tracker nor a CI section, before and after.
bool same_doc_texts(const ScanContext& ctx, std::span<const FileChange> changes) {
  return gives_nothing<DocText>(
      ctx, changes, kDocTextKey, [&](const FileEntry& f) { return doc_text_candidate(ctx, f); },
      [&](const FileEntry& f) { return doc_text(ctx, f); },
      [](const DocText& d) { return d.empty(); });
}

// Specs under test or example folders are test data or samples, not the
// project's own API.
bool in_test_or_example(std::string_view lower_path) {
  for (std::string_view dir = text::dirname(lower_path); !dir.empty(); dir = text::dirname(dir)) {
    std::string_view part = text::basename(dir);
    for (auto name : {"test", "tests", "__tests__", "e2e", "testing", "example", "examples",
                      "samples", "sample"})
      if (part == name) return true;
  }
  return false;
}

// YAML/JSON files that may be API specs: by name or folder.
bool spec_candidate(std::string_view path) {
  std::string l = text::lower(path);
  if (in_test_or_example(l)) return false;
  std::string_view ext = text::extension(l);
  if (ext != ".yaml" && ext != ".yml" && ext != ".json") return false;
  return text::contains(l, "openapi") || text::contains(l, "swagger") ||
         text::contains(l, "asyncapi") || text::contains(text::basename(l), "api") ||
         text::contains(l, "/api/") || text::starts_with(l, "api/") || text::contains(l, "spec");
}

// "openapi", "swagger" or "asyncapi" when the head of the file has that key.
std::string api_spec_kind(std::string_view body) {
  static const RE2 kKey(R"((?m)^\s*[{]?\s*["']?(openapi|swagger|asyncapi)["']?\s*:\s*["']?\d)");
  std::string kind;
  if (RE2::PartialMatch(body.substr(0, 4096), kKey, &kind)) return kind;
  return "";
}

void probe_api_specs(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t read = 0;
  for (const FileEntry* f : ctx.own_files(spec_candidate)) {
    if (f->kind == FileKind::symlink) continue;
    if (ctx.larger_than(*f, ctx.limits().config_bytes)) continue;
    if (++read > kMaxSpecCandidates) break;
    auto body = ctx.read_text(*f);
    if (!body) continue;
    std::string kind = api_spec_kind(*body);
    if (kind.empty()) continue;
    int line = text::find_line(*body, kind);
    facts.docs.files.push_back({"api", f->path, kind, Evidence{f->path, line, kind + " spec"}});
  }
  // API doc generators configured in the root build file.
  for (auto [path, needle, tool] : {std::tuple{"pom.xml", "maven-javadoc-plugin", "javadoc"},
                                    std::tuple{"build.gradle", "dokka", "dokka"},
                                    std::tuple{"build.gradle.kts", "dokka", "dokka"}}) {
    const FileEntry* f = ctx.find(path);
    auto body = f ? ctx.read_text(*f) : std::nullopt;
    int line = body ? text::find_line(*body, needle) : 0;
    if (line > 0) facts.docs.files.push_back({"api", path, tool, Evidence{path, line, needle}});
  }
}

}  // namespace

void doc::reset_documents(RepoFacts& facts) {
  auto config = std::move(facts.docs.config);
  facts.docs = {};
  facts.docs.config = std::move(config);
  facts.metrics.erase("docs.readme_sections");
  facts.metrics.erase("docs.changelog_entries");
  facts.security.security_policy = {};
}

std::vector<ProbeRow> doc_probes() {
  // The document rows read one another's docs.files (the README's path,
  // the changelogs), so they run again together: one reset.
  constexpr ResetFn kDocs = doc::reset_documents;
  return {
      {"doc-files", probe_doc_files, "document paths (README, LICENSE, docs/, .github/ ...)",
       false, kDocs},
      {"readme", probe_readme, "the root README: install, run, test sections", false, kDocs},
      {"readme-contributing", doc::probe_readme_contributing,
       "the root README: a contributing or development section", false, kDocs},
      {"license", probe_licenses, "LICENSE/COPYING texts, LICENSES/", false, kDocs},
      {"changelog", probe_changelog, "CHANGELOG/HISTORY/NEWS: newest entry", false, kDocs},
      {"doc-texts", probe_doc_texts, "docs in doc folders: CI sections, practices tables", false,
       kDocs, false, false, false, nullptr, same_doc_texts},
      {"api-specs", probe_api_specs, "OpenAPI/AsyncAPI/Swagger specs, javadoc/dokka", false,
       kDocs},
      {"env-files", probe_env_files, ".env templates and committed .env files, .gitignore", false,
       reset_env_files},
      {"config-tree", probe_config_tree, "config/ tree and who reads it, config schemas", false,
       reset_config_tree},
      {"secret-stores", probe_secret_stores, "Kubernetes secret kinds, CI secrets keywords", false,
       reset_secret_stores, false, false, false, nullptr, same_secret_stores},
  };
}

}  // namespace practrack
