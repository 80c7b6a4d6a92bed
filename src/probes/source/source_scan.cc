// The source scan: reads every own source file once, on a small thread
// pool (util/parallel.h), through the per-blob memo, and merges the per-file results into
// SourceFacts in path order, so the facts never depend on thread timing.
#include "probes/source/source_scan.h"

#include <algorithm>
#include <future>
#include <map>
#include <span>
#include <tuple>

#include "coverage/coverage_map.h"
#include "probes/source/file_analysis.h"
#include "probes/source/test_mapping.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack::source {
namespace {

struct Target {
  const FileEntry* file;
  const LangInfo* lang;
};

constexpr std::string_view kMemoKey = "source/v1";

// One file's analysis, once per blob across scans sharing a memo; `bytes`
// when the file pass read them.
std::shared_ptr<const FileResult> analysed(const ScanContext& ctx, const FileEntry& file,
                                           const LangInfo& lang,
                                           const std::string* bytes = nullptr) {
  try {
    return ctx.memo<FileResult>(kMemoKey, file, [&](const FileEntry& f) {
      auto text = ctx.read_text(f, ctx.limits().source_bytes, bytes);
      if (!text) return FileResult{};
      return analyse(f.path, lang.group, *text);
    });
  } catch (const std::exception& e) {
    ctx.diags().warn(file.path, 0, std::string("source scan failed: ") + e.what());
    return std::make_shared<const FileResult>();
  }
}

std::vector<std::shared_ptr<const FileResult>> analyse_all(const ScanContext& ctx,
                                                           const std::vector<Target>& targets) {
  std::vector<std::shared_ptr<const FileResult>> results(targets.size());
  parallel_for(targets.size(), [&](std::size_t i) {
    results[i] = analysed(ctx, *targets[i].file, *targets[i].lang);
  });
  return results;
}

// Robot suites are named after the folders below the folder that holds
// them (tests/robot/math/x.robot -> "math"), or after their files when
// they share one folder. A folder holding nearly all suites is entered,
// so that `atest/test/<suite>/` names its suites rather than "atest".
std::vector<std::string> robot_suite_names(const std::vector<std::string>& paths) {
  if (paths.empty()) return {};
  std::string root(text::dirname(paths.front()));
  for (const auto& p : paths)
    while (!root.empty() && !text::starts_with(p, root + "/")) root = text::dirname(root);
  auto group_of = [&](const std::string& p) {
    std::string_view rest = std::string_view(p).substr(root.empty() ? 0 : root.size() + 1);
    std::size_t slash = rest.find('/');
    return std::string(slash == std::string_view::npos ? rest.substr(0, rest.rfind('.'))
                                                       : rest.substr(0, slash));
  };
  for (int depth = 0; depth < 8; ++depth) {
    std::map<std::string, int> counts;
    for (const auto& p : paths)
      if (root.empty() || text::starts_with(p, root + "/")) ++counts[group_of(p)];
    auto top = std::max_element(counts.begin(), counts.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
    std::string inner = root.empty() ? top->first : root + "/" + top->first;
    bool folder = false;
    for (const auto& p : paths) folder = folder || text::starts_with(p, inner + "/");
    if (!folder || top->second * 10 < static_cast<int>(paths.size()) * 8) break;
    root = inner;
  }
  std::vector<std::string> names;
  for (const auto& p : paths) {
    if (!root.empty() && !text::starts_with(p, root + "/")) continue;
    std::string name = group_of(p);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

bool has_dep(const RepoFacts& facts, std::string_view eco, std::string_view name) {
  for (const auto& d : facts.dependencies)
    if (d.ecosystem == eco && d.name == name) return true;
  return false;
}

// `it(`/`test(` files that import nothing are Jest's unless the project
// depends on Vitest or Mocha instead.
std::string js_default(const RepoFacts& facts) {
  if (has_dep(facts, "npm", "jest")) return "jest";
  if (has_dep(facts, "npm", "vitest")) return "vitest";
  if (has_dep(facts, "npm", "mocha")) return "mocha";
  return "jest";
}

// The whole tree's library uses and test suites from the per-file
// results, in path order. It runs after the file pass on one core, once
// per file: no allocation per file where a view will do.
// Counts kept per language row while files are walked, by language name:
// several extensions share a name (.ts and .tsx are "typescript").
std::map<std::string, int> by_name(const std::map<const LangInfo*, int>& counts) {
  std::map<std::string, int> out;
  for (const auto& [lang, n] : counts) out[std::string(lang->name)] += n;
  return out;
}

class Merger {
 public:
  explicit Merger(const RepoFacts& facts) : js_default_(js_default(facts)) {}

  void add(const Target& t, const FileResult& r) {
    for (const auto& h : r.hits) add_hit(t, h);
    bool tests = false;
    for (const auto& c : r.tests) {
      if (c.tests == 0) continue;
      tests = true;
      add_tests(t, c);
    }
    test_files_ += tests;
    if (!tests && !is_test_path(t.file->path, t.lang->group)) ++modules_[t.lang];
  }

  void finish(SourceFacts& out) {
    // In (kind, name) order, as a map keyed by them would give.
    std::sort(uses_.begin(), uses_.end(), [](const LibraryUse& a, const LibraryUse& b) {
      return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
    });
    for (auto& use : uses_) out.libraries.push_back(std::move(use));
    for (auto& [fw, suite] : suites_) {
      if (fw == "robot") suite.suites = robot_suite_names(robot_files_);
      suite.approximate = fw != "robot";
      out.tests.push_back(std::move(suite));
    }
    out.test_files = test_files_;
  }
  std::map<std::string, int> modules() const { return by_name(modules_); }

 private:
  void add_hit(const Target& t, const Hit& h) {
    // A tree uses a few dozen libraries: a short scan beats a map keyed
    // by two new strings per hit.
    LibraryUse* u = nullptr;
    for (auto& known : uses_)
      if (known.name == h.name && known.kind == h.kind) {
        u = &known;
        break;
      }
    if (!u) {
      u = &uses_.emplace_back();
      u->kind = h.kind;
      u->name = h.name;
      u->first = Evidence{t.file->path, h.line, h.excerpt};
      u->language = std::string(t.lang->name);
    }
    ++u->files;
    u->occurrences += h.count;
  }
  void add_tests(const Target& t, const TestCount& c) {
    std::string_view fw = c.framework == "jest" ? std::string_view(js_default_) : c.framework;
    auto it = suites_.find(fw);
    if (it == suites_.end()) {
      it = suites_.emplace(std::string(fw), TestSuite{}).first;
      it->second.framework = it->first;
      it->second.first = Evidence{t.file->path, c.line, c.excerpt};
    }
    TestSuite& s = it->second;
    ++s.files;
    s.tests += c.tests;
    s.parametrized += c.parametrized;
    if (fw == "robot") robot_files_.push_back(t.file->path);
  }

  std::string js_default_;
  std::vector<LibraryUse> uses_;
  std::map<std::string, TestSuite, std::less<>> suites_;
  std::map<const LangInfo*, int> modules_;
  std::vector<std::string> robot_files_;
  int test_files_ = 0;
};

// The language with most files, among languages programs are written in.
std::string main_language(const std::map<std::string, int>& by_language) {
  std::string best;
  int most = 0;
  for (const auto& [lang, n] : by_language) {
    if (lang == "shell" || lang == "powershell" || lang == "robot") continue;
    if (n > most) best = lang, most = n;
  }
  return best;
}

// The metrics record_metrics() writes, and only those.
void erase_metrics(RepoFacts& facts) {
  std::erase_if(facts.metrics, [](const auto& m) {
    return text::starts_with(m.first, "source.") || text::starts_with(m.first, "tests.");
  });
}

void record_metrics(const SourceFacts& s, RepoFacts& facts) {
  int files = 0;
  for (const auto& [lang, n] : s.files_by_language) files += n;
  facts.metrics["source.files"] = files;
  facts.metrics["tests.files"] = s.test_files;
  int total = 0;
  for (const auto& t : s.tests) {
    facts.metrics["tests." + t.framework + ".functions"] = t.tests;
    facts.metrics["tests." + t.framework + ".files"] = t.files;
    total += t.tests;
  }
  facts.metrics["tests.total"] = total;
  for (const auto& u : s.libraries)
    if (u.kind == "env-read") facts.metrics["source.env_reads"] += u.occurrences;
}

// One changed file's part of the library and test facts, as Merger adds
// it. In place: counts move by the difference; a "first" evidence moves
// to the file when it comes first in path order. What cannot be done in
// place (the first file of a library or suite loses it, robot suites,
// Jest-style files whose runner depends on the manifests) returns false.
class SourceDelta {
 public:
  SourceDelta(SourceFacts& facts, const std::string& path, const LangInfo& lang)
      : facts_(facts), path_(path), lang_(lang) {}

  bool possible(const FileResult& before, const FileResult& now) const {
    for (const FileResult* r : {&before, &now})
      for (const auto& c : r->tests)
        if (c.framework == "jest" || c.framework == "robot") return false;
    for (const auto& h : before.hits)
      if (const LibraryUse* u = use(h.kind, h.name); u && u->first.path == path_ && !find_hit(now, h))
        return false;
    for (const auto& c : before.tests)
      if (c.tests > 0)
        if (const TestSuite* t = facts_.suite(c.framework); t && t->first.path == path_ && !has_tests(now, c.framework))
          return false;
    return true;
  }

  void apply(const FileResult& before, const FileResult& now) {
    for (const auto& h : before.hits) {
      LibraryUse* u = use(h.kind, h.name);
      if (!u) continue;
      --u->files;
      u->occurrences -= h.count;
    }
    for (const auto& h : now.hits) {
      LibraryUse& u = use_or_add(h.kind, h.name);
      ++u.files;
      u.occurrences += h.count;
      if (u.files == 1 || u.first.path == path_ || path_ < u.first.path) {
        u.first = Evidence{path_, h.line, h.excerpt};
        u.language = std::string(lang_.name);
      }
    }
    std::erase_if(facts_.libraries, [](const LibraryUse& u) { return u.files <= 0; });
    bool had = false, has = false;
    for (const auto& c : before.tests) {
      if (c.tests == 0) continue;
      had = true;
      if (TestSuite* t = suite(c.framework)) {
        --t->files;
        t->tests -= c.tests;
        t->parametrized -= c.parametrized;
      }
    }
    for (const auto& c : now.tests) {
      if (c.tests == 0) continue;
      has = true;
      TestSuite& t = suite_or_add(c.framework);
      ++t.files;
      t.tests += c.tests;
      t.parametrized += c.parametrized;
      if (t.files == 1 || t.first.path == path_ || path_ < t.first.path)
        t.first = Evidence{path_, c.line, c.excerpt};
    }
    std::erase_if(facts_.tests, [](const TestSuite& t) { return t.files <= 0; });
    facts_.test_files += static_cast<int>(has) - static_cast<int>(had);
    bool test_path = is_test_path(path_, lang_.group);
    int modules = static_cast<int>(!has && !test_path) - static_cast<int>(!had && !test_path);
    if (modules != 0) {
      int& n = facts_.modules_by_language[std::string(lang_.name)];
      n += modules;
      if (n <= 0) facts_.modules_by_language.erase(std::string(lang_.name));
    }
  }

 private:
  static bool find_hit(const FileResult& r, const Hit& h) {
    return std::any_of(r.hits.begin(), r.hits.end(),
                       [&](const Hit& x) { return x.kind == h.kind && x.name == h.name; });
  }
  static bool has_tests(const FileResult& r, const std::string& framework) {
    return std::any_of(r.tests.begin(), r.tests.end(), [&](const TestCount& c) {
      return c.framework == framework && c.tests > 0;
    });
  }
  LibraryUse* use(const std::string& kind, const std::string& name) const {
    auto it = lower_use(kind, name);
    return it != facts_.libraries.end() && it->kind == kind && it->name == name ? &*it : nullptr;
  }
  LibraryUse& use_or_add(const std::string& kind, const std::string& name) {
    if (LibraryUse* u = use(kind, name)) return *u;
    LibraryUse fresh;
    fresh.kind = kind;
    fresh.name = name;
    return *facts_.libraries.insert(lower_use(kind, name), std::move(fresh));
  }
  std::vector<LibraryUse>::iterator lower_use(const std::string& kind, const std::string& name) const {
    return std::lower_bound(facts_.libraries.begin(), facts_.libraries.end(), std::pair(kind, name),
                            [](const LibraryUse& u, const auto& key) {
                              return std::tie(u.kind, u.name) < std::tie(key.first, key.second);
                            });
  }
  TestSuite* suite(const std::string& framework) const {
    for (auto& t : facts_.tests)
      if (t.framework == framework) return &t;
    return nullptr;
  }
  TestSuite& suite_or_add(const std::string& framework) {
    if (TestSuite* t = suite(framework)) return *t;
    TestSuite fresh;
    fresh.framework = framework;
    fresh.approximate = true;  // robot, the one exact count, never gets here
    auto at = std::lower_bound(facts_.tests.begin(), facts_.tests.end(), framework,
                               [](const TestSuite& t, const std::string& f) { return t.framework < f; });
    return *facts_.tests.insert(at, std::move(fresh));
  }

  SourceFacts& facts_;
  const std::string& path_;
  const LangInfo& lang_;
};

}  // namespace

FileAnalysis source_analysis() {
  return {kMemoKey,
          [](const ScanContext& ctx, const FileEntry& f) -> std::size_t {
            bool own = !ctx.excluded(f);
            return own && language_of(f.path) ? ctx.limits().source_bytes : 0;
          },
          [](const ScanContext& ctx, const FileEntry& f, const std::string* bytes) {
            analysed(ctx, f, *language_of(f.path), bytes);
          }};
}

void keep_sources(RepoFacts& from, RepoFacts& to) {
  SourceFacts& a = from.source;
  SourceFacts& b = to.source;
  // model/prompt files, dashboards and LFS data are source-artifacts' facts.
  b.files_by_language = std::exchange(a.files_by_language, {});
  b.libraries = std::exchange(a.libraries, {});
  b.tests = std::exchange(a.tests, {});
  b.test_files = std::exchange(a.test_files, 0);
  b.main_language = std::exchange(a.main_language, {});
  b.main_language_modules = std::exchange(a.main_language_modules, 0);
  b.modules_by_language = std::exchange(a.modules_by_language, {});
  // The test mapping and the areas built from it are this probe's alone.
  to.coverage = std::exchange(from.coverage, {});
  for (auto it = from.metrics.begin(); it != from.metrics.end();) {
    if (text::starts_with(it->first, "source.") || text::starts_with(it->first, "tests.")) {
      to.metrics[it->first] = it->second;
      it = from.metrics.erase(it);
    } else {
      ++it;
    }
  }
}

void reset_sources(RepoFacts& facts) {
  RepoFacts gone;
  keep_sources(facts, gone);
}

bool update_sources(const ScanContext& ctx, RepoFacts& facts, std::span<const FileChange> changes) {
  struct Changed {
    const FileEntry* file;
    const LangInfo* lang;
    std::shared_ptr<const FileResult> before, now;
  };
  // The dependencies (manifest rows, run again) name another test runner.
  if (js_default(facts) != facts.source.js_default) return false;
  ctx.wait_file_pass();
  std::vector<Changed> changed;
  for (const FileChange& c : changes) {
    const FileEntry& f = c.gone ? *c.gone : ctx.files()[c.index];
    const LangInfo* lang = language_of(f.path);
    bool own = c.gone ? !ScanContext::is_excluded_path(f.path) : !ctx.excluded(f);
    if (!lang || !own || f.kind == FileKind::symlink || f.kind == FileKind::submodule) continue;
    // A source file that is new or gone changes the counts and the test
    // mapping: that is a full run.
    if (c.gone) return false;
    auto before = c.before ? std::static_pointer_cast<const FileResult>(c.before->get(kMemoKey))
                           : nullptr;
    if (!before) return false;
    changed.push_back({&f, lang, std::move(before), analysed(ctx, f, *lang)});
  }
  // The test mapping holds when no file changed its part in it: read or
  // not, test or module, and what a test imports.
  CoverageFacts& cov = facts.coverage;
  for (const auto& c : changed) {
    if (coverage_role(*c.lang, c.before.get(), c.file->path) !=
            coverage_role(*c.lang, c.now.get(), c.file->path) ||
        c.before->read != c.now->read || c.before->import_targets != c.now->import_targets)
      return false;
    if (c.now->read && !SourceDelta(facts.source, c.file->path, *c.lang).possible(*c.before, *c.now))
      return false;
  }
  for (const auto& c : changed) {
    if (!c.now->read) continue;
    SourceDelta(facts.source, c.file->path, *c.lang).apply(*c.before, *c.now);
  }
  bool areas_changed = false;
  auto by_path = [](const auto& entry, const std::string& path) { return entry.path < path; };
  for (const auto& c : changed) {
    const std::string& path = c.file->path;
    CoverageRole role = coverage_role(*c.lang, c.now.get(), path);
    if (listed_as_module(role)) {
      auto m = std::lower_bound(cov.modules.begin(), cov.modules.end(), path, by_path);
      if (m != cov.modules.end() && m->path == path) m->lines = c.now->non_blank_lines;
    }
    if (listed_as_test(role)) {
      auto t = std::lower_bound(cov.test_files.begin(), cov.test_files.end(), path, by_path);
      if (t == cov.test_files.end() || t->path != path) return false;
      TestFileInfo info = test_file_info(path, *c.now, facts.source);
      areas_changed = areas_changed || info.tests != t->tests || info.approximate != t->approximate;
      info.subject = std::move(t->subject);
      *t = std::move(info);
    }
  }
  if (areas_changed) coverage::build_areas(cov);
  auto main = facts.source.modules_by_language.find(facts.source.main_language);
  facts.source.main_language_modules =
      main == facts.source.modules_by_language.end() ? 0 : main->second;
  erase_metrics(facts);
  record_metrics(facts.source, facts);
  return true;
}

void scan_sources(const ScanContext& ctx, RepoFacts& facts) {
  ctx.wait_file_pass();
  std::vector<Target> targets;
  std::map<const LangInfo*, int> by_language;
  for (const FileEntry* f : ctx.own_files()) {
    if (f->kind == FileKind::symlink || f->kind == FileKind::submodule) continue;
    if (const LangInfo* lang = language_of(f->path)) {
      targets.push_back({f, lang});
      ++by_language[lang];
    }
  }
  for (const auto& [name, n] : by_name(by_language)) facts.source.files_by_language[name] += n;
  auto results = analyse_all(ctx, targets);
  ctx.release(kMemoKey);
  std::vector<AnalysedFile> analysed;
  analysed.reserve(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i)
    analysed.push_back({targets[i].file, targets[i].lang, results[i].get()});
  // The test mapping (coverage facts) beside the merge (source facts): the
  // two read the same results and write apart.
  auto mapping = std::async(std::launch::async, [&analysed, &facts, tag = t_task_tag] {
    t_task_tag = tag;
    return map_test_files(analysed, facts.coverage);
  });
  Merger merger(facts);
  facts.source.js_default = js_default(facts);
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (results[i] && results[i]->read) merger.add(targets[i], *results[i]);
  merger.finish(facts.source);
  complete_test_files(facts.coverage, mapping.get(), facts.source);
  facts.source.main_language = main_language(facts.source.files_by_language);
  facts.source.modules_by_language = merger.modules();
  auto main = facts.source.modules_by_language.find(facts.source.main_language);
  facts.source.main_language_modules =
      main == facts.source.modules_by_language.end() ? 0 : main->second;
  record_metrics(facts.source, facts);
}

}  // namespace practrack::source
