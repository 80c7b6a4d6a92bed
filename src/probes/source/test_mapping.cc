// Test mapping, the last step of the source scan. Naming decides when one module carries the stem
// a test file names; imports decide otherwise (a Python test importing
// `rfc.mod3` tests `src/rfc/mod3.py`). Imports are read per line, so an
// import inside a string or comment block can mark a module as tested:
// a lenient error in a count that is an estimate anyway.
#include "probes/source/test_mapping.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <future>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

#include "coverage/coverage_map.h"
#include "probes/source/file_analysis.h"
#include "probes/source/scan_text.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack::source {
namespace {

using text::ends_with;
using text::starts_with;

std::string strip_ext(std::string_view path) {
  std::string_view ext = text::extension(path);
  return std::string(path.substr(0, path.size() - ext.size()));
}

// Affixes that turn a module's stem into a test's name, most specific first.
constexpr std::string_view kSuffixes[] = {"_unittest", "_tests", "_test", "_spec", ".test",
                                          ".spec",     "Tests",  "Test",  "IT",    "Spec"};
constexpr std::string_view kPrefixes[] = {"test_", "test-", "Test"};

// "a/../b/./c" -> "b/c"; false when it climbs above the root.
bool normalise(std::string_view path, std::string& out) {
  std::vector<std::string_view> parts;
  for (auto p : text::split(path, '/')) {
    if (p.empty() || p == ".") continue;
    if (p == "..") {
      if (parts.empty()) return false;
      parts.pop_back();
    } else {
      parts.push_back(p);
    }
  }
  out.clear();
  for (auto p : parts) out += (out.empty() ? "" : "/") + std::string(p);
  return true;
}

std::string dots_to_slashes(std::string_view name) {
  std::string s(name);
  while (!s.empty() && s.front() == '.') s.erase(0, 1);  // relative: the suffix still matches
  std::replace(s.begin(), s.end(), '.', '/');
  return s;
}

std::string_view first_quoted(std::string_view line) {
  std::size_t q = line.find_first_of("'\"");
  if (q == std::string_view::npos) return {};
  std::size_t e = line.find(line[q], q + 1);
  return e == std::string_view::npos ? std::string_view{} : line.substr(q + 1, e - q - 1);
}

std::string_view name_at(std::string_view s) {
  s = text::trim(s);
  std::size_t i = 0;
  while (i < s.size() &&
         (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.'))
    ++i;
  return s.substr(0, i);
}

void python_line(std::string_view line, std::vector<std::string>& out) {
  if (starts_with(line, "from ")) {
    std::string_view rest = line.substr(5);
    std::string base = dots_to_slashes(name_at(rest));
    std::size_t imp = rest.find(" import ");
    if (!base.empty()) out.push_back(base);
    if (imp == std::string_view::npos) return;
    for (auto n : text::split(rest.substr(imp + 8), ',')) {
      // `from a import (b, c)`: the parenthesis is not part of the name.
      std::string_view item = text::trim(n);
      if (!item.empty() && item.front() == '(') item.remove_prefix(1);
      std::string_view name = name_at(item);
      if (!name.empty() && name != "*")
        out.push_back(base.empty() ? std::string(name) : base + "/" + std::string(name));
    }
  } else if (starts_with(line, "import ")) {
    for (auto n : text::split(line.substr(7), ','))
      if (auto name = name_at(n); !name.empty()) out.push_back(dots_to_slashes(name));
  }
}

// JS/TS: `import x from './a'`, `require("../src/b")`; package names are not ours.
void js_line(std::string_view test_path, std::string_view line, std::vector<std::string>& out) {
  std::size_t at = line.find(" from ");
  if (at == std::string_view::npos) at = line.find("require(");
  if (at == std::string_view::npos && starts_with(line, "import ")) at = 0;
  if (at == std::string_view::npos) return;
  std::string_view spec = first_quoted(line.substr(at));
  if (!starts_with(spec, ".")) return;
  std::string joined = std::string(text::dirname(test_path)) + "/" + std::string(spec);
  std::string norm;
  if (!normalise(joined, norm)) return;
  // `require('..')`, `require('../')`, `from './'`: a folder, which Node
  // resolves to its index module; express's tests reach the package so.
  // The leading '/' asks for that exact path: the root's "index" is not
  // every other folder's index.js.
  std::string_view base = text::basename(spec);
  if (ends_with(spec, "/") || base == "." || base == "..") {
    out.push_back("/" + norm + (norm.empty() ? "" : "/") + "index");
  } else if (!norm.empty()) {
    out.push_back(strip_ext(norm));
  }
}

void import_line(std::string_view test_path, Lang lang, std::string_view line,
                 std::vector<std::string>& out) {
  switch (lang) {
    case kPython:
      python_line(line, out);
      break;
    case kJs:
      js_line(test_path, line, out);
      break;
    case kJava:
      if (starts_with(line, "import ") && !starts_with(line, "import static "))
        out.push_back(dots_to_slashes(name_at(line.substr(7))));
      break;
    case kCpp:
      if (starts_with(line, "#include \"")) out.push_back(strip_ext(first_quoted(line)));
      break;
    default:
      break;
  }
}

// How near module `b` is to test `a`: the folder names they share (the
// conventional source and test folders aside), then, between modules that
// share as many, fewer folders of the module's own (plug's test/plug/
// conn_test.exs tests lib/plug/conn.ex, not lib/plug/adapters/test/conn.ex).
// No allocation: this runs for every (test, same-named module) pair.
int nearness(std::string_view a, std::string_view b) {
  std::array<std::string_view, 32> dirs{};
  std::size_t n_dirs = 0;
  for (auto d : text::split(text::dirname(a), '/'))
    if (n_dirs < dirs.size()) dirs[n_dirs++] = d;
  int shared = 0, own = 0;
  for (auto d : text::split(text::dirname(b), '/')) {
    if (d.empty() || d == "src" || d == "test" || d == "tests") continue;
    bool found = false;
    for (std::size_t i = 0; i < n_dirs && !found; ++i) found = dirs[i] == d;
    found ? ++shared : ++own;
  }
  return shared * 64 - std::min(own, 63);
}

// The name a test would use for a module: "x" for "a/x.py", and the
// package's name for "a/pkg/__init__.py".
std::string_view module_stem(std::string_view path) {
  if (text::basename(path) == "__init__.py" && !text::dirname(path).empty())
    return text::basename(text::dirname(path));
  std::string_view base = text::basename(path);
  return base.substr(0, base.size() - text::extension(base).size());
}

// A module's path as an import names it: without extension, and
// "pkg/__init__.py" as "pkg".
std::string_view import_path(std::string_view path) {
  return text::basename(path) == "__init__.py"
             ? text::dirname(path)
             : path.substr(0, path.size() - text::extension(path).size());
}

// Whether `bare` is `target` or ends in "/target".
bool names(std::string_view bare, std::string_view target) {
  return ends_with(bare, target) &&
         (bare.size() == target.size() || bare[bare.size() - target.size() - 1] == '/');
}

// The first two folders of a path with the slash after them
// ("services/pkg1/"), or "" when it has fewer.
std::string_view top_two_folders(std::string_view path) {
  std::size_t first = path.find('/');
  std::size_t second = first == std::string_view::npos ? first : path.find('/', first + 1);
  return second == std::string_view::npos ? std::string_view{} : path.substr(0, second + 1);
}

// (key hash, module) pairs in one sorted array, not a hash map of vectors:
// a large tree has hundreds of thousands of keys, built and dropped in one
// scan. Equal hashes keep module order. Callers check each hit's key, as
// two keys may share a hash.
class HashIndex {
 public:
  using Entry = std::pair<std::size_t, std::size_t>;
  void add(std::size_t hash, std::size_t module) { entries_.emplace_back(hash, module); }
  // Groups the entries by bucket, each bucket in (hash, module) order: one
  // counting pass and many tiny sorts, where sorting a mono-repo's few
  // hundred thousand entries as a whole was most of the mapping's time.
  void seal() {
    const std::size_t buckets = std::bit_ceil(std::max<std::size_t>(entries_.size(), 1));
    mask_ = buckets - 1;
    first_.assign(buckets + 1, 0);
    for (const auto& e : entries_) ++first_[(e.first & mask_) + 1];
    for (std::size_t b = 0; b < buckets; ++b) first_[b + 1] += first_[b];
    std::vector<Entry> grouped(entries_.size());
    std::vector<std::uint32_t> fill(first_.begin(), first_.end() - 1);
    for (const auto& e : entries_) grouped[fill[e.first & mask_]++] = e;
    for (std::size_t b = 0; b < buckets; ++b)
      if (first_[b + 1] - first_[b] > 1)
        std::sort(grouped.begin() + first_[b], grouped.begin() + first_[b + 1]);
    entries_ = std::move(grouped);
  }
  std::span<const Entry> find(std::size_t hash) const {
    if (first_.empty()) return {};
    auto lo = entries_.begin() + first_[hash & mask_];
    auto hi = entries_.begin() + first_[(hash & mask_) + 1];
    auto [a, b] = std::equal_range(lo, hi, Entry{hash, 0}, [](const Entry& x, const Entry& y) {
      return x.first < y.first;
    });
    return {a, b};
  }

 private:
  std::vector<Entry> entries_;
  std::size_t mask_ = 0;
  std::vector<std::uint32_t> first_;  // per bucket: where its entries start
};

std::size_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }
std::size_t hash_of(std::string_view a, std::string_view b) {
  return hash_of(a) * 1000003u ^ hash_of(b);
}

constexpr std::size_t kNoModule = static_cast<std::size_t>(-1);

// Every lookup is a hash probe, never a walk over same-named modules: a
// mono-repo has thousands of `util.py`, and every test asks. Lookups only
// read the index, so tests are looked up on several threads; marking the
// modules they test is left to the caller, in test order.
struct ModuleIndex {
  const std::vector<ModuleInfo>& modules;
  std::vector<const LangInfo*> langs;  // per module
  HashIndex by_stem;
  // stem and top two folders: the candidates of a crowded stem.
  HashIndex by_stem_near;
  // Each folder-boundary suffix of a module's import path ("src/rfc/mod3",
  // "rfc/mod3", "mod3").
  HashIndex by_suffix;

  explicit ModuleIndex(const std::vector<ModuleInfo>& m) : modules(m) {
    // The suffixes, the largest index, on a thread of their own where
    // there are modules enough to pay for one.
    auto suffixes = [&] {
      for (std::size_t i = 0; i < m.size(); ++i) {
        std::string_view bare = import_path(m[i].path);
        for (std::size_t at = 0;;) {
          by_suffix.add(hash_of(bare.substr(at)), i);
          at = bare.find('/', at);
          if (at == std::string_view::npos) break;
          ++at;
        }
      }
      by_suffix.seal();
    };
    std::future<void> beside;
    if (m.size() >= kOwnThreadMinItems)
      beside = std::async(std::launch::async, suffixes);
    else
      suffixes();
    langs.reserve(m.size());
    for (std::size_t i = 0; i < m.size(); ++i) {
      std::string_view path = m[i].path;
      langs.push_back(language_of(path));
      std::string_view stem = module_stem(path);
      if (std::string_view near = top_two_folders(path); !near.empty())
        by_stem_near.add(hash_of(stem, near), i);
      by_stem.add(hash_of(stem), i);
    }
    by_stem.seal();
    by_stem_near.seal();
    if (beside.valid()) beside.get();
  }

  // The module of one stem closest to the test; kNoModule on a tie.
  std::size_t by_name(std::string_view test, std::vector<std::size_t>& scratch) const {
    std::string stem = tested_stem(test);
    const LangInfo* tl = language_of(test);
    if (stem.empty() || !tl) return kNoModule;
    auto same_stem = [&](std::span<const HashIndex::Entry> hits) {
      scratch.clear();
      for (const auto& [hash, i] : hits)
        if (module_stem(modules[i].path) == stem) scratch.push_back(i);
    };
    // Many modules of one name (mono-repos): only those under the test's
    // own top two folders compete.
    auto hits = by_stem.find(hash_of(stem));
    std::string_view near = top_two_folders(test);
    if (hits.size() > 64 && !near.empty()) {
      same_stem(by_stem_near.find(hash_of(stem, near)));
      std::erase_if(scratch,
                    [&](std::size_t i) { return top_two_folders(modules[i].path) != near; });
    } else {
      same_stem(hits);
    }
    int best = 0;
    std::size_t pick = kNoModule, ties = 0;
    for (std::size_t i : scratch) {
      if (!langs[i] || langs[i]->group != tl->group) continue;
      int score = nearness(test, modules[i].path);
      if (pick == kNoModule || score > best)
        best = score, pick = i, ties = 0;
      else if (score == best)
        ++ties;
    }
    return ties > 0 ? kNoModule : pick;
  }

  // Adds to `out` the modules `target` names: their path without extension
  // is `target` or ends in "/target". A target starting with '/' names that
  // path from the root only.
  void by_import(std::string_view target, std::vector<std::size_t>& out) const {
    bool exact = starts_with(target, "/");
    std::string_view want = exact ? target.substr(1) : target;
    for (const auto& [hash, i] : by_suffix.find(hash_of(want))) {
      std::string_view path = modules[i].path;
      bool named = exact ? path.substr(0, path.size() - text::extension(path).size()) == want
                         : names(import_path(path), want);
      if (named) out.push_back(i);
    }
  }
};

bool not_a_module(std::string_view path, int lines) {
  std::string_view base = text::basename(path);
  // Type stubs describe a module; they are never tested themselves, and
  // `x.pyi` beside `x.py` would make the test of `x` ambiguous.
  if (text::ends_with(base, ".pyi")) return true;
  // Rake tasks build, test and release the project; nothing tests them.
  // Nor do tests run Elixir's scripts (mix.exs, config/config.exs): its
  // modules are compiled from .ex files.
  if (text::ends_with(base, ".rake") || text::ends_with(base, ".exs")) return true;
  // A tool's dotfile (.php-cs-fixer.dist.php) configures; it is no module.
  if (text::starts_with(base, ".")) return true;
  for (std::string_view glue :
       {"__main__.py", "setup.py", "conftest.py", "noxfile.py"})
    if (base == glue) return true;
  // A package's __init__.py is glue unless the package's code lives in it
  // (markupsafe, many single-module libraries).
  if (base == "__init__.py" && lines < kMinInitModuleLines) return true;
  // Nor is a test folder's support code (libexpat's tests/handlers.c).
  // The line count first: it is known, the folders are looked for.
  return lines < kMinModuleLines ||
         in_any_dir(path, {"docs", "doc", "examples", "samples", "benchmarks", "test", "tests",
                           "testing", "__tests__", "spec", "fuzz", "fuzzer", "fuzzing"});
}

// Go tests belong to their package, not to one file: `go test` runs a
// folder's _test.go files against every file of that folder. So a Go file
// whose folder holds tests is tested, whatever the test files are named.
void mark_go_packages(std::vector<ModuleInfo>& modules, const std::vector<TestImports>& tests) {
  std::unordered_map<std::string_view, std::string_view> tested_dirs;
  for (const auto& t : tests)
    if (text::ends_with(t.path, "_test.go")) tested_dirs.emplace(text::dirname(t.path), t.path);
  if (tested_dirs.empty()) return;
  for (auto& m : modules) {
    if (!m.tested_by.empty() || !text::ends_with(m.path, ".go")) continue;
    auto it = tested_dirs.find(text::dirname(m.path));
    if (it != tested_dirs.end()) m.tested_by = it->second;
  }
}

}  // namespace

std::string tested_stem(std::string_view test_path) {
  std::string stem = strip_ext(text::basename(test_path));
  for (auto s : kSuffixes)
    if (stem.size() > s.size() && ends_with(stem, s)) return stem.substr(0, stem.size() - s.size());
  for (auto p : kPrefixes)
    if (stem.size() > p.size() && starts_with(stem, p)) {
      // "TestX" only before a capital: "Testing.java" is no test of "ing".
      if (p == "Test" && !std::isupper(static_cast<unsigned char>(stem[p.size()]))) continue;
      return stem.substr(p.size());
    }
  return "";
}

std::vector<std::string> import_targets(std::string_view test_path, std::string_view text,
                                        std::span<const Import> imports) {
  std::vector<std::string> out;
  const LangInfo* lang = language_of(test_path);
  if (!lang) return out;
  // Only the lines imports_of() found hold import statements: each is read
  // once (`import a, b` is two imports of one line), not every line.
  std::size_t last = std::string_view::npos;
  for (const Import& imp : imports) {
    if (imp.offset == last || imp.offset >= text.size()) continue;
    last = imp.offset;
    import_line(test_path, lang->group, text::trim(line_at(text, imp.offset)), out);
  }
  return out;
}

std::vector<std::string> import_targets(std::string_view test_path, std::string_view text) {
  const LangInfo* lang = language_of(test_path);
  return lang ? import_targets(test_path, text, imports_of(lang->group, text))
              : std::vector<std::string>{};
}

std::vector<std::string> map_tests(std::vector<ModuleInfo>& modules,
                                   const std::vector<TestImports>& tests) {
  const ModuleIndex index(modules);
  std::vector<std::size_t> named(tests.size(), kNoModule);
  std::vector<std::vector<std::size_t>> imported(tests.size());
  parallel_for(tests.size(), [&](std::size_t i) {
    thread_local std::vector<std::size_t> scratch;
    named[i] = index.by_name(tests[i].path, scratch);
    for (const auto& target : tests[i].targets)
      if (!target.empty()) index.by_import(target, imported[i]);
    for (const auto& target : tests[i].reached)
      if (!target.empty()) index.by_import(target, imported[i]);
  });
  // The first test to name or import a module is the one it records:
  // names first, then imports, each in test order.
  auto mark = [&](std::size_t m, std::string_view test) {
    if (modules[m].tested_by.empty()) modules[m].tested_by = test;
  };
  for (std::size_t i = 0; i < tests.size(); ++i)
    if (named[i] != kNoModule) mark(named[i], tests[i].path);
  for (std::size_t i = 0; i < tests.size(); ++i)
    for (std::size_t m : imported[i]) mark(m, tests[i].path);
  mark_go_packages(modules, tests);
  std::vector<std::string> subjects(tests.size());
  for (std::size_t i = 0; i < tests.size(); ++i) {
    std::size_t m = named[i] != kNoModule ? named[i]
                    : imported[i].empty() ? kNoModule
                                          : imported[i].front();
    if (m != kNoModule) subjects[i] = modules[m].path;
  }
  return subjects;
}

CoverageRole coverage_role(const LangInfo& lang, const FileResult* r, std::string_view path) {
  if (lang.group == kRobot || lang.group == kShell || !r || !r->read) return CoverageRole::none;
  // Rust keeps unit tests in the module they test (#[cfg(test)] mod tests).
  if (r->test_file && lang.group == kRust && !is_test_path(path, kRust))
    return CoverageRole::tested_module;
  if (r->test_file) return CoverageRole::test;
  return not_a_module(path, r->non_blank_lines) ? CoverageRole::source : CoverageRole::module;
}

namespace {

// A test file's entry as its own counts tell it.
TestFileInfo own_test_file_info(const std::string& path, const FileResult& r) {
  TestFileInfo t{path, "", 0, false};
  for (const auto& c : r.tests) {
    if (t.framework.empty()) t.framework = c.framework;
    t.tests += c.tests;
    t.approximate = t.approximate || c.parametrized > 0;
  }
  return t;
}

bool in_approximate_suite(const FileResult& r, const SourceFacts& source) {
  return std::any_of(r.tests.begin(), r.tests.end(), [&](const TestCount& c) {
    const TestSuite* suite = source.suite(c.framework);
    return suite && suite->approximate;
  });
}

}  // namespace

TestFileInfo test_file_info(const std::string& path, const FileResult& r, const SourceFacts& source) {
  TestFileInfo t = own_test_file_info(path, r);
  t.approximate = t.approximate || in_approximate_suite(r, source);
  return t;
}

// A test that requires a folder whose index is glue, too short to be a
// module (`module.exports = require('./lib/express')`), reaches what the
// index requires: one hop, the index's own targets added to the test's.
void through_glue_indexes(const std::map<std::string, const std::vector<std::string>*>& glue,
                          std::vector<TestImports>& tests) {
  if (glue.empty()) return;
  for (auto& t : tests)
    for (const auto& target : t.targets)
      if (starts_with(target, "/"))
        if (auto it = glue.find(target.substr(1)); it != glue.end())
          t.reached.insert(t.reached.end(), it->second->begin(), it->second->end());
}

std::vector<const FileResult*> map_test_files(const std::vector<AnalysedFile>& files,
                                              CoverageFacts& cov) {
  // Each file's role from its path and result, then its place in each
  // list, then the lists' entries (copies of 100,000 paths), the first
  // and last on the parallel_for threads.
  std::vector<CoverageRole> roles(files.size());
  parallel_for(files.size(), [&](std::size_t i) {
    roles[i] = coverage_role(*files[i].lang, files[i].result, files[i].file->path);
  });
  struct Place {
    std::size_t source, module, test;
  };
  std::vector<Place> places(files.size());
  Place count{0, 0, 0};
  std::map<std::string, const std::vector<std::string>*> glue;  // "lib/index" -> its targets
  for (std::size_t i = 0; i < files.size(); ++i) {
    places[i] = count;
    const auto& [f, lang, r] = files[i];
    CoverageRole role = roles[i];
    if (role == CoverageRole::none) continue;
    ++count.source;
    if (listed_as_module(role)) ++count.module;
    if (listed_as_test(role)) ++count.test;
    if (role == CoverageRole::source && !r->import_targets.empty())
      glue[strip_ext(f->path)] = &r->import_targets;
  }
  cov.sources.assign(count.source, {});
  cov.modules.assign(count.module, {});
  cov.test_files.assign(count.test, {});
  std::vector<const FileResult*> results(count.test);
  std::vector<TestImports> tests(count.test);
  std::vector<char> self_tested(count.test, 0);  // 1: a tested module
  parallel_for(files.size(), [&](std::size_t i) {
    const auto& [f, lang, r] = files[i];
    const Place& at = places[i];
    switch (roles[i]) {
      case CoverageRole::none: return;
      case CoverageRole::source: break;
      case CoverageRole::module:
        cov.modules[at.module] = {f->path, r->non_blank_lines, ""};
        break;
      case CoverageRole::tested_module:
        cov.modules[at.module] = {f->path, r->non_blank_lines, f->path};
        self_tested[at.test] = 1;
        [[fallthrough]];
      case CoverageRole::test:
        cov.test_files[at.test] = own_test_file_info(f->path, *r);
        results[at.test] = r;
        tests[at.test] = {f->path, r->import_targets, {}};
        break;
    }
    cov.sources[at.source] = f->path;
  });
  through_glue_indexes(glue, tests);
  auto subjects = map_tests(cov.modules, tests);
  // A module with its own tests is their subject, whatever else it uses.
  for (std::size_t i = 0; i < subjects.size(); ++i)
    cov.test_files[i].subject = self_tested[i] ? cov.test_files[i].path : subjects[i];
  return results;
}

void complete_test_files(CoverageFacts& cov, const std::vector<const FileResult*>& results,
                         const SourceFacts& source) {
  for (std::size_t i = 0; i < results.size() && i < cov.test_files.size(); ++i)
    if (!cov.test_files[i].approximate && in_approximate_suite(*results[i], source))
      cov.test_files[i].approximate = true;
  coverage::build_areas(cov);
}

}  // namespace practrack::source
