// The source scan: reads every own source file once, on a small thread
// pool (util/parallel.h), through the per-blob memo, and merges the per-file results into
// SourceFacts in path order, so the facts never depend on thread timing.
#include "probes/source/source_scan.h"

#include <algorithm>
#include <map>

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
    if (!tests && !is_test_path(t.file->path, t.lang->group)) ++modules_[std::string(t.lang->name)];
  }

  void finish(SourceFacts& out) {
    for (auto& [key, use] : uses_) out.libraries.push_back(std::move(use));
    for (auto& [fw, suite] : suites_) {
      if (fw == "robot") suite.suites = robot_suite_names(robot_files_);
      suite.approximate = fw != "robot";
      out.tests.push_back(std::move(suite));
    }
    out.test_files = test_files_;
  }
  const std::map<std::string, int>& modules() const { return modules_; }

 private:
  void add_hit(const Target& t, const Hit& h) {
    LibraryUse& u = uses_[{h.kind, h.name}];
    if (u.files == 0) {
      u.kind = h.kind;
      u.name = h.name;
      u.first = Evidence{t.file->path, h.line, h.excerpt};
      u.language = std::string(t.lang->name);
    }
    ++u.files;
    u.occurrences += h.count;
  }
  void add_tests(const Target& t, const TestCount& c) {
    std::string fw = c.framework == "jest" ? js_default_ : c.framework;
    TestSuite& s = suites_[fw];
    if (s.files == 0) {
      s.framework = fw;
      s.first = Evidence{t.file->path, c.line, c.excerpt};
    }
    ++s.files;
    s.tests += c.tests;
    s.parametrized += c.parametrized;
    if (fw == "robot") robot_files_.push_back(t.file->path);
  }

  std::string js_default_;
  std::map<std::pair<std::string, std::string>, LibraryUse> uses_;
  std::map<std::string, TestSuite> suites_;
  std::map<std::string, int> modules_;
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

void reset_sources(RepoFacts& facts) {
  SourceFacts& s = facts.source;
  // model/prompt files, dashboards and LFS data are source-artifacts' facts.
  s.files_by_language.clear();
  s.libraries.clear();
  s.tests.clear();
  s.test_files = 0;
  s.main_language.clear();
  s.main_language_modules = 0;
  s.modules_by_language.clear();
  facts.coverage.modules.clear();
  facts.coverage.test_files.clear();
  facts.coverage.sources.clear();
  std::erase_if(facts.metrics, [](const auto& m) {
    return text::starts_with(m.first, "source.") || text::starts_with(m.first, "tests.");
  });
}

void scan_sources(const ScanContext& ctx, RepoFacts& facts) {
  ctx.wait_file_pass();
  std::vector<Target> targets;
  for (const FileEntry* f : ctx.own_files()) {
    if (f->kind == FileKind::symlink || f->kind == FileKind::submodule) continue;
    if (const LangInfo* lang = language_of(f->path)) {
      targets.push_back({f, lang});
      ++facts.source.files_by_language[std::string(lang->name)];
    }
  }
  auto results = analyse_all(ctx, targets);
  ctx.release(kMemoKey);
  Merger merger(facts);
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (results[i] && results[i]->read) merger.add(targets[i], *results[i]);
  merger.finish(facts.source);
  std::vector<AnalysedFile> analysed;
  analysed.reserve(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i)
    analysed.push_back({targets[i].file, targets[i].lang, results[i].get()});
  map_test_files(analysed, facts);
  facts.source.main_language = main_language(facts.source.files_by_language);
  facts.source.modules_by_language = merger.modules();
  auto main = merger.modules().find(facts.source.main_language);
  facts.source.main_language_modules = main == merger.modules().end() ? 0 : main->second;
  record_metrics(facts.source, facts);
}

}  // namespace practrack::source
