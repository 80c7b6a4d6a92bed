#include "scan/context.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <thread>
#include <utility>

#include "util/glob.h"
#include "util/package_dirs.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack {
namespace {

// Folder names whose content is someone else's code or test data. A
// practice about them (binary artifacts) reads files() instead.
constexpr std::array<std::string_view, 24> kExcludedDirs = {
    "vendor", "third_party", "third-party", "thirdparty", "3rdparty", "node_modules",
    "bower_components", "site-packages", ".venv", "venv", "testdata", "test-data",
    "test_data", "test_files", "test-files", "fixtures", "__fixtures__", "__snapshots__",
    ".tox", ".nox", "Pods", "external", "extern", ".yarn"};

// Folders that hold inputs for the tests rather than the project's code,
// when they sit inside a test folder: tests/source-files/**, tests/data/.
// Outside tests these names are ordinary folders. "resources" is not one:
// Robot Framework keeps its keyword files there.
constexpr std::array<std::string_view, 11> kTestInputDirs = {
    "data",  "source-files", "source_files", "samples",   "sample-data", "inputs",
    "input", "golden",       "goldens",      "snapshots", "corpus"};
constexpr std::array<std::string_view, 6> kTestDirs = {"test",    "tests", "__tests__",
                                                       "testing", "spec",  "specs"};

// ASCII case aside: PHP and .NET projects spell them Tests/Fixtures, TestData.
bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (text::fold(a[i]) != text::fold(b[i]))
      return false;
  return true;
}

template <std::size_t N>
bool one_of(std::string_view part, const std::array<std::string_view, N>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](std::string_view name) { return same_name(part, name); });
}

}  // namespace

namespace {

std::shared_ptr<PathIndex> index_paths(const std::vector<FileEntry>& files) {
  auto index = std::make_shared<PathIndex>();
  index->files = &files;
  index->own.reserve(files.size());
  // Symlinks are never evidence: a link named SECURITY.md that points at
  // /etc/passwd is no security policy. files() still lists them.
  // Each before the file pass can start: the folder tests on a few threads,
  // the two sorts side by side.
  std::vector<char> excluded(files.size());
  parallel_for(files.size(),
               [&](std::size_t i) { excluded[i] = ScanContext::is_excluded_path(files[i].path); });
  index->excluded.assign(excluded.begin(), excluded.end());
  for (std::size_t i = 0; i < files.size(); ++i)
    if (!excluded[i] && files[i].kind != FileKind::symlink) index->own.push_back(&files[i]);
  index->by_name.reserve(index->own.size());
  index->by_ext.reserve(index->own.size());
  for (const FileEntry* f : index->own) {
    index->by_name.emplace_back(text::basename(f->path), f);
    index->by_ext.emplace_back(text::extension(f->path), f);
  }
  // Stable: files of one name stay in path order.
  auto by_first = [](const NamedFile& a, const NamedFile& b) { return a.first < b.first; };
  auto sort_names = [&] { std::stable_sort(index->by_name.begin(), index->by_name.end(), by_first); };
  // A thread only where the sort outweighs starting one (a history's small
  // trees build an index per full scan).
  std::thread names;
  if (index->own.size() >= kOwnThreadMinItems)
    names = std::thread(sort_names);
  else
    sort_names();
  std::stable_sort(index->by_ext.begin(), index->by_ext.end(), by_first);
  if (names.joinable()) names.join();
  return index;
}

}  // namespace

ScanContext::ScanContext(const Tree& tree, Diagnostics& diags, std::shared_ptr<GitRepo> repo,
                         std::optional<git_oid> commit, FileMemo* memo, ScanLimits limits,
                         Carryover* carried)
    : tree_(tree), diags_(diags), repo_(std::move(repo)), commit_(commit), memo_(memo),
      limits_(limits) {
  const auto& files = tree_.files();
  // Carried over only for the listing it was made for, with a shared memo.
  carried_ = carried && memo_ && carried->slots.size() == files.size();
  if (carried_ && carried->paths && carried->paths->files == &files &&
      carried->paths->excluded.size() == files.size())
    paths_ = carried->paths;
  else
    paths_ = index_paths(files);
  if (carried_) {
    // Taken, not copied: a history's commit changes a few of 10,000 slots.
    slots_ = std::move(carried->slots);
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (slots_[i]) continue;
      not_carried_.push_back(i);
      if (!files[i].oid.empty()) slots_[i] = memo_->slots(files[i].path, files[i].oid);
    }
  } else if (memo_) {
    slots_.reserve(files.size());
    for (const FileEntry& f : files)
      slots_.push_back(f.oid.empty() ? nullptr : memo_->slots(f.path, f.oid));
  } else {
    slots_.reserve(files.size());
    local_slots_ = std::make_unique<MemoSlots[]>(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) slots_.push_back(&local_slots_[i]);
  }
  bool sizes_unknown = std::any_of(files.begin(), files.end(), [](const FileEntry& f) {
    return f.size == FileEntry::kUnknownSize;
  });
  if (sizes_unknown) {
    sizes_ = std::make_unique<std::atomic<std::uint64_t>[]>(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) sizes_[i].store(FileEntry::kUnknownSize);
  }
}

ScanContext::~ScanContext() {
  if (pass_.valid()) pass_.wait();
}

void ScanContext::start_file_pass(std::vector<FileAnalysis> analyses) const {
  pass_analyses_ = std::move(analyses);
  auto indices = pass_files(*this);
  // A history's commit after the first changes a few files: a thread would
  // cost more than their pass, so it runs here, read by no probe.
  if (indices.size() < kParallelMinItems) {
    int tag = std::exchange(t_task_tag, -1);
    run_file_pass(*this, pass_analyses_, indices);
    t_task_tag = tag;
    return;
  }
  pass_ = std::async(std::launch::async, [this, indices = std::move(indices)] {
            run_file_pass(*this, pass_analyses_, indices);
          }).share();
}

void ScanContext::release(std::string_view key) const {
  if (memo_ || !local_slots_) return;
  for (std::size_t i = 0; i < tree_.files().size(); ++i) local_slots_[i].erase(key);
}

bool ScanContext::in_pass(std::string_view key) const {
  for (const auto& a : pass_analyses_)
    if (a.kind == key) return true;
  return false;
}

void ScanContext::wait_file_pass() const {
  if (pass_.valid()) pass_.wait();
}

MemoSlots* ScanContext::slots_of(const FileEntry& file) const {
  if (auto i = index_of(file); i && *i < slots_.size() && slots_[*i]) return slots_[*i];
  return memo_ && !file.oid.empty() ? memo_->slots(file.path, file.oid) : nullptr;
}

bool ScanContext::is_excluded_path(std::string_view path) {
  // .NET's Arcade SDK copies its build scripts and agent docs into
  // eng/common/ of every repository that uses it, to be left unedited.
  if (text::starts_with(path, "eng/common/")) return true;
  std::string_view dir = text::dirname(path);
  bool test_input = false;  // a test-input name seen below the current folder
  bool nested = false;      // `part` is not the file's own folder
  const std::size_t package_root = package_root_length(path);
  for (; package_dir(dir, package_root); dir = text::dirname(dir)) nested = true;
  while (!dir.empty()) {
    std::string_view part = text::basename(dir);
    if (one_of(part, kExcludedDirs)) return true;
    // deps/<library>/... holds copies of other projects (redis, node, a C
    // library beside Go code); files right in deps/ are often the
    // project's own (a Go package named deps).
    if (nested && part == "deps") return true;
    nested = true;
    if (test_input && one_of(part, kTestDirs)) return true;
    test_input = test_input || one_of(part, kTestInputDirs);
    dir = text::dirname(dir);
  }
  return false;
}

// Probes pass entries of files() itself; a copy made elsewhere has no index.
std::optional<std::size_t> ScanContext::index_of(const FileEntry& file) const {
  const auto& files = tree_.files();
  std::less<const FileEntry*> before;
  if (files.empty() || before(&file, files.data()) || !before(&file, files.data() + files.size()))
    return std::nullopt;
  return static_cast<std::size_t>(&file - files.data());
}

bool ScanContext::excluded(const FileEntry& file) const {
  auto i = index_of(file);
  return i ? paths_->excluded[*i] : is_excluded_path(file.path);
}

bool ListingUse::concerns(std::string_view path) const {
  if (whole || std::find(paths.begin(), paths.end(), path) != paths.end()) return true;
  for (PathFilter keep : filters)
    if (keep(path)) return true;
  for (const std::string& pattern : patterns)
    for (const std::string& alt : glob_alternatives(pattern))
      if (glob_match(alt, path)) return true;
  return false;
}

void ListingUse::merge(const ListingUse& other) {
  whole = whole || other.whole;
  for (const auto& p : other.patterns)
    if (std::find(patterns.begin(), patterns.end(), p) == patterns.end()) patterns.push_back(p);
  for (const auto& p : other.paths)
    if (std::find(paths.begin(), paths.end(), p) == paths.end()) paths.push_back(p);
  for (PathFilter f : other.filters)
    if (std::find(filters.begin(), filters.end(), f) == filters.end()) filters.push_back(f);
}

ListingUse* ScanContext::listing_use() const {
  const int row = t_task_tag;
  if (listing_uses_.empty() || row < 0 || row >= kMaxProbes) return nullptr;
  return &listing_uses_[static_cast<std::size_t>(row)];
}

void ScanContext::note_whole_slow() const {
  ListingUse* use = listing_use();
  if (!use) return;
  // Probes fan out over threads; the flag only ever goes to true.
  std::atomic_ref<bool> whole(use->whole);
  if (!whole.load(std::memory_order_relaxed)) whole.store(true, std::memory_order_relaxed);
}

void ScanContext::note_pattern(std::string_view pattern) const {
  ListingUse* use = listing_use();
  if (!use) return;
  std::lock_guard lock(listing_mu_);
  if (std::find(use->patterns.begin(), use->patterns.end(), pattern) == use->patterns.end())
    use->patterns.emplace_back(pattern);
}

const std::vector<const FileEntry*>& ScanContext::own_files(PathFilter keep) const {
  return filtered(keep, false);
}

const std::vector<const FileEntry*>& ScanContext::files(PathFilter keep) const {
  return filtered(keep, true);
}

const std::vector<const FileEntry*>& ScanContext::filtered(PathFilter keep, bool all) const {
  if (ListingUse* use = listing_use()) {
    std::lock_guard lock(listing_mu_);
    if (std::find(use->filters.begin(), use->filters.end(), keep) == use->filters.end())
      use->filters.push_back(keep);
  }
  std::lock_guard lock(paths_->filter_mu);
  for (const auto& f : paths_->filtered)
    if (f->keep == keep && f->all == all) return f->files;
  auto made = std::make_unique<PathIndex::Filtered>(PathIndex::Filtered{keep, all, {}});
  if (all) {
    for (const FileEntry& f : tree_.files())
      if (keep(f.path)) made->files.push_back(&f);
  } else {
    for (const FileEntry* f : paths_->own)
      if (keep(f->path)) made->files.push_back(f);
  }
  paths_->filtered.push_back(std::move(made));
  return paths_->filtered.back()->files;
}

const FileEntry* ScanContext::find(std::string_view path) const {
  if (ListingUse* use = listing_use()) {
    std::lock_guard lock(listing_mu_);
    if (std::find(use->paths.begin(), use->paths.end(), path) == use->paths.end())
      use->paths.emplace_back(path);
  }
  const auto& files = tree_.files();
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const FileEntry& f, std::string_view p) { return f.path < p; });
  return it != files.end() && it->path == path ? &*it : nullptr;
}

std::vector<const FileEntry*> ScanContext::glob(std::string_view pattern) const {
  note_pattern(pattern);
  {
    std::lock_guard lock(paths_->glob_mu);
    auto it = paths_->glob_cache.find(std::string(pattern));
    if (it != paths_->glob_cache.end()) return it->second;
  }
  auto out = glob_uncached(pattern);
  std::lock_guard lock(paths_->glob_mu);
  paths_->glob_cache.emplace(std::string(pattern), out);
  return out;
}

namespace {

bool has_wildcard(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

void sort_unique(std::vector<const FileEntry*>& files) {
  std::sort(files.begin(), files.end(),
            [](const FileEntry* a, const FileEntry* b) { return a->path < b->path; });
  files.erase(std::unique(files.begin(), files.end()), files.end());
}

}  // namespace

std::vector<const FileEntry*> ScanContext::glob_uncached(std::string_view pattern) const {
  std::vector<const FileEntry*> out;
  for (const std::string& alt : glob_alternatives(pattern)) glob_one(alt, out);
  sort_unique(out);
  return out;
}

// One brace-free pattern. When its base name is literal, or ends in a
// literal ".ext", only the files of that name or extension can match.
void ScanContext::glob_one(std::string_view pattern, std::vector<const FileEntry*>& out) const {
  auto collect = [&](const std::vector<NamedFile>& index, std::string_view name) {
    auto it = std::lower_bound(index.begin(), index.end(), name,
                               [](const NamedFile& e, std::string_view n) { return e.first < n; });
    for (; it != index.end() && it->first == name; ++it)
      if (glob_match(pattern, it->second->path)) out.push_back(it->second);
  };
  std::string_view last = text::basename(pattern);
  if (!has_wildcard(last)) return collect(paths_->by_name, last);
  std::size_t dot = last.rfind('.');
  if (dot != std::string_view::npos && !has_wildcard(last.substr(dot))) {
    std::string_view ext = last.substr(dot);
    collect(paths_->by_ext, ext);
    // A file named exactly ".ext" has no extension, yet "*.ext" matches it.
    collect(paths_->by_name, ext);
    return;
  }
  for (const FileEntry* f : paths_->own)
    if (glob_match(pattern, f->path)) out.push_back(f);
}

std::vector<const FileEntry*> ScanContext::glob_any(
    std::span<const std::string_view> patterns) const {
  std::vector<const FileEntry*> out;
  for (auto p : patterns) {
    auto hits = glob(p);
    out.insert(out.end(), hits.begin(), hits.end());
  }
  sort_unique(out);
  return out;
}

const FileEntry* ScanContext::first(std::initializer_list<std::string_view> patterns) const {
  for (auto p : patterns) {
    auto hits = glob(p);
    if (!hits.empty()) return hits.front();
  }
  return nullptr;
}

namespace {

// Under one slot kind per file: (analysis kind, warning) pairs.
constexpr std::string_view kKeptDiagnostics = "scan.diagnostics";
using KeptDiagnostics = std::vector<std::pair<std::string_view, Diagnostic>>;

}  // namespace

void ScanContext::keep_diagnostics(MemoSlots& slots, std::string_view key,
                                   std::vector<Diagnostic> found) const {
  if (found.empty()) return;
  slots.update(kKeptDiagnostics, [&](const std::shared_ptr<const void>& old) {
    auto next = std::make_shared<KeptDiagnostics>();
    if (old) *next = *std::static_pointer_cast<const KeptDiagnostics>(old);
    std::erase_if(*next, [&](const auto& kept) { return kept.first == key; });
    for (auto& d : found) next->emplace_back(key, std::move(d));
    return std::shared_ptr<const void>(std::move(next));
  });
}

void ScanContext::replay_diagnostics(MemoSlots& slots, std::string_view key) const {
  auto kept = slots.get(kKeptDiagnostics);
  if (!kept) return;
  for (const auto& [kind, d] : *std::static_pointer_cast<const KeptDiagnostics>(kept)) {
    if (kind != key) continue;
    Diagnostic again = d;
    again.row = t_task_tag;  // found again by this probe
    diags_.add(again);
  }
}

void ScanContext::log_readers(std::vector<ProbeMask> start) const {
  listing_uses_.assign(kMaxProbes, ListingUse{});
  if (start.size() == tree_.files().size()) {
    readers_ = std::move(start);
    return;
  }
  readers_.assign(tree_.files().size(), ProbeMask{});
}

Carryover ScanContext::take_carryover() const {
  wait_file_pass();
  return {std::move(slots_), paths_};
}

void ScanContext::note_reader(const FileEntry& file) const {
  const int probe = t_task_tag;
  if (readers_.empty() || probe < 0 || probe >= kMaxProbes) return;
  auto i = index_of(file);
  if (!i) return;
  // Probes fan out over threads: each bit is set with an atomic or.
  const std::uint64_t bit = std::uint64_t{1} << (probe % 64);
  std::atomic_ref<std::uint64_t> word(readers_[*i][probe / 64]);
  word.fetch_or(bit, std::memory_order_relaxed);
  // Read first: threads of one probe would otherwise fight over the line.
  std::atomic_ref<std::uint64_t> rows(rows_read_[probe / 64]);
  if (!(rows.load(std::memory_order_relaxed) & bit)) rows.fetch_or(bit, std::memory_order_relaxed);
}

Result<std::string> ScanContext::read_quiet(const FileEntry& file, std::size_t limit) const {
  note_reader(file);
  return read_bytes(file, limit);
}

Result<std::string> ScanContext::read_bytes(const FileEntry& file, std::size_t limit) const {
  auto i = index_of(file);
  if (i) {
    std::shared_ptr<const std::string> kept;
    {
      std::lock_guard lock(shelf_mu_);
      if (auto it = shelf_.find(*i); it != shelf_.end()) kept = it->second;
    }
    if (kept && kept->size() <= limit) return std::string(*kept);
  }
  auto bytes = tree_.read(file, limit);
  if (bytes) shelve(file, *bytes);
  return bytes;
}

void ScanContext::shelve(const FileEntry& file, const std::string& bytes) const {
  auto i = index_of(file);
  if (!i || bytes.size() > kShelfFileBytes) return;
  std::lock_guard lock(shelf_mu_);
  if (shelf_bytes_ + bytes.size() > kShelfBytes || shelf_.contains(*i)) return;
  shelf_.emplace(*i, std::make_shared<const std::string>(bytes));
  shelf_bytes_ += bytes.size();
}

bool ScanContext::config_like(std::string_view path) {
  static constexpr std::string_view kExtensions[] = {
      ".yml", ".yaml", ".json", ".toml", ".xml", ".sh", ".bash", ".cfg", ".ini", ".properties",
      ".gradle", ".kts", ".tf", ".hcl", ".nomad", ".env", ".dockerfile"};
  std::string_view ext = text::extension(path);
  for (auto e : kExtensions)
    if (ext == e) return true;
  std::string_view base = text::basename(path);
  for (std::string_view name : {"Dockerfile", "Containerfile", "Makefile", "Jenkinsfile",
                                "Vagrantfile", "Procfile", ".gitignore"})
    if (text::starts_with(base, name)) return true;
  return false;
}

bool ScanContext::larger_than(const FileEntry& file, std::size_t limit) const {
  note_reader(file);
  std::uint64_t size = size_of(file);
  return size != FileEntry::kUnknownSize && size > limit;
}

// A commit's listing has no sizes: the file pass notes each size it reads,
// and the rest come from the tree (an object header), once per file. So a
// probe that skips large files skips the same ones in a working tree and at
// --rev.
std::uint64_t ScanContext::size_of(const FileEntry& file) const {
  if (file.size != FileEntry::kUnknownSize) return file.size;
  auto i = index_of(file);
  if (!i || !sizes_) return tree_.size_of(file);
  std::uint64_t known = sizes_[*i].load(std::memory_order_relaxed);
  if (known != FileEntry::kUnknownSize) return known;
  // A blob's size never changes: a history asks the object store once per
  // blob, not at every commit (an object header walks the delta chain).
  if (memo_ && !file.oid.empty())
    known = *cached<std::uint64_t>("tree.size", file, [&](const FileEntry& f) {
      return std::make_shared<const std::uint64_t>(tree_.size_of(f));
    });
  else
    known = tree_.size_of(file);
  sizes_[*i].store(known, std::memory_order_relaxed);
  return known;
}

void ScanContext::note_size(const FileEntry& file, std::uint64_t size) const {
  if (file.size != FileEntry::kUnknownSize || !sizes_) return;
  if (auto i = index_of(file)) sizes_[*i].store(size, std::memory_order_relaxed);
}

std::optional<std::string> ScanContext::read_text(const FileEntry& file) const {
  return read_text(file, limits_.config_bytes);
}

std::optional<std::string> ScanContext::read_text(const FileEntry& file, std::size_t limit) const {
  return read_text(file, limit, nullptr);
}

std::optional<std::string> ScanContext::read_text(const FileEntry& file, std::size_t limit,
                                                  const std::string* bytes) const {
  note_reader(file);
  auto content = bytes ? Result<std::string>(*bytes) : read_bytes(file, limit);
  if (!content) {
    // A link says what it is (tree/link_error.h); anything else was skipped.
    bool link = file.kind == FileKind::symlink || file.kind == FileKind::submodule;
    diags_.warn(file.path, 0, (link ? "" : "skipped: ") + content.error());
    return std::nullopt;
  }
  if (text::looks_binary(*content)) {
    diags_.warn(file.path, 0, "skipped: binary content where text was expected");
    return std::nullopt;
  }
  return std::move(*content);
}

}  // namespace practrack
