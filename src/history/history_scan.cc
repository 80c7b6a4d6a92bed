#include "history/history_scan.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "history/incremental_scan.h"
#include "scan/scanner.h"
#include "tree/git_trees.h"
#include "util/dates.h"

namespace practrack {
namespace {

constexpr std::size_t kMaxErrorsKept = 5;

Result<GitPtr<git_revwalk>> start_walk(const GitRepo& repo, const HistoryOptions& options) {
  auto start = repo.resolve_commit(options.rev);
  if (!start) return Error{start.error()};
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo.get()) != 0) return Error{git_error_text()};
  GitPtr<git_revwalk> walk(raw);
  // A first-parent chain has one order, newest first, given as it is
  // walked: sorting would walk all of it before the first commit (--max 60
  // of a 40,000-commit history read them all).
  if (options.all_parents) {
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  } else {
    git_revwalk_simplify_first_parent(walk.get());
  }
  if (git_revwalk_push(walk.get(), &*start) != 0) return Error{git_error_text()};
  return walk;
}

long long commit_time(const GitRepo& repo, const git_oid& oid) {
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repo.get(), &oid) != 0) return 0;
  GitPtr<git_commit> commit(raw);
  return static_cast<long long>(git_commit_time(commit.get()));
}

}  // namespace

Result<std::vector<CommitRef>> select_commits(const GitRepo& repo, const HistoryOptions& options) {
  auto walk = start_walk(repo, options);
  if (!walk) return Error{walk.error()};
  std::vector<CommitRef> out;
  int every = options.every > 0 ? options.every : 1;
  long long walked = 0;
  git_oid oid;
  while (git_revwalk_next(&oid, walk->get()) == 0) {
    long long time = commit_time(repo, oid);
    // No early stop: rebased or merged commits can be older than their
    // children, so a newer one may still follow.
    if (options.since && time < options.since) continue;
    if (walked++ % every != 0) continue;
    out.push_back({oid, oid_hex(oid), time});
    if (options.max > 0 && static_cast<int>(out.size()) >= options.max) break;
  }
  return out;
}

CommitInfo commit_info(const GitRepo& repo, const std::string& hex) {
  CommitInfo info;
  info.hex = hex;
  git_oid oid;
  if (git_oid_fromstr(&oid, hex.c_str()) != 0) return info;
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repo.get(), &oid) != 0) return info;
  GitPtr<git_commit> commit(raw);
  const git_signature* author = git_commit_author(commit.get());
  if (author && author->name) info.author = author->name;
  if (const char* s = git_commit_summary(commit.get())) info.subject = s;
  info.time = static_cast<long long>(git_commit_time(commit.get()));
  return info;
}

std::string store_path_of(const GitRepo& repo) {
  return repo.workdir().empty() ? repo.gitdir() : repo.workdir();
}

std::optional<long long> parse_date(const std::string& text) {
  std::tm tm{};
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
    return std::nullopt;
  if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31) return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<long long>(timegm(&tm));
}

namespace {

double seconds_since(std::chrono::steady_clock::time_point& t0) {
  auto now = std::chrono::steady_clock::now();
  double s = std::chrono::duration<double>(now - t0).count();
  t0 = now;
  return s;
}

// Scans one commit and saves it; the error text when it cannot.
std::string scan_one(std::shared_ptr<GitRepo> repo, const CommitRef& c,
                     const HistoryOptions& options, Store& store, FileMemo& memo,
                     IncrementalScanner& scanner, HistoryStep& step,
                     std::map<std::string, double>& stages) {
  auto t0 = std::chrono::steady_clock::now();
  auto tree = scanner.open_tree(repo, c.oid);
  stages["tree listing"] += seconds_since(t0);
  if (!tree) return tree.error();
  ScanTarget target{repo, std::move(*tree), c.oid, false};
  ScanRequest request;
  request.path = options.path;
  request.rev = c.hex;
  request.config_path = options.config_path;
  request.no_config = options.no_config;
  request.memo = &memo;
  // Attestations expire against the commit's own date: a history must not
  // depend on the day it is scanned.
  request.today = dates::utc(static_cast<std::time_t>(c.time), "%Y-%m-%d");
  std::vector<ConfigIssue> issues;
  auto config = load_config(target, request, issues);
  std::vector<Diagnostic> config_problems;
  if (!config) {
    std::string why = issues.empty() ? config.error() : issues.front().message;
    if (!options.config_path.empty()) return "project config: " + why;
    // The commit's own config is input like any file (as in `scan`): a
    // broken one is recorded and the commit scanned with detection only.
    // Failing would leave a hole no later run can fill.
    // What follows from the problems is said once, after the last (as scan does).
    if (issues.empty()) issues.push_back({0, config.error()});
    for (const auto& i : issues)
      config_problems.push_back({Severity::warning, ".practrack.yml", i.line,
                                 &i == &issues.back()
                                     ? i.message + " (project config ignored: detection only)"
                                     : i.message});
    config = std::optional<ProjectConfig>();
  }
  seconds_since(t0);
  Report report = scanner.scan(std::move(target), request, *config ? &**config : nullptr);
  step.how = scanner.last_scan();
  report.diagnostics.insert(report.diagnostics.begin(), config_problems.begin(),
                            config_problems.end());
  double scan_seconds = seconds_since(t0);
  double probes = 0;
  for (const auto& [name, s] : report.meta.probe_seconds) {
    stages["probe " + name] += s;
    probes += s;
  }
  stages["rules and the rest of the scan"] += scan_seconds - probes;
  step.diagnostics = static_cast<int>(report.diagnostics.size());
  auto id = store.save(report);
  stages["store"] += seconds_since(t0);
  if (!id) return id.error();
  return {};
}

// The store's batch of snapshots, closed every kSeconds or kSnapshots,
// whichever comes first, and on every way out of the history; the time its
// commits take is added to `seconds`.
class SnapshotBatch {
 public:
  static constexpr double kSeconds = 0.5;
  static constexpr int kSnapshots = 32;
  SnapshotBatch(Store& store, double& seconds) : store_(store), seconds_(seconds) {}
  SnapshotBatch(const SnapshotBatch&) = delete;
  SnapshotBatch& operator=(const SnapshotBatch&) = delete;
  ~SnapshotBatch() { (void)close(); }

  Result<Ok> open() {
    if (open_) return Ok{};
    if (auto ok = store_.begin_batch(); !ok) return ok;
    open_ = true;
    saved_ = 0;
    started_ = std::chrono::steady_clock::now();
    return Ok{};
  }
  Result<Ok> close_when_due() {
    auto now = std::chrono::steady_clock::now();
    if (++saved_ < kSnapshots &&
        std::chrono::duration<double>(now - started_).count() < kSeconds)
      return Ok{};
    return close();
  }
  Result<Ok> close() {
    if (!open_) return Ok{};
    open_ = false;
    auto t0 = std::chrono::steady_clock::now();
    auto ok = store_.end_batch();
    seconds_ += seconds_since(t0);
    return ok;
  }

 private:
  Store& store_;
  double& seconds_;
  bool open_ = false;
  int saved_ = 0;
  std::chrono::steady_clock::time_point started_;
};

void count(HistoryResult& result, const HistoryStep& step) {
  using Kind = HistoryStep::Kind;
  if (step.kind == Kind::skipped) ++result.skipped;
  if (step.kind == Kind::scanned) ++result.scanned;
  if (step.kind == Kind::failed) {
    ++result.failed;
    if (result.errors.size() < kMaxErrorsKept)
      result.errors.push_back(step.commit->hex.substr(0, 7) + ": " + step.error);
  }
  if (step.diagnostics) {
    ++result.commits_with_diagnostics;
    result.diagnostics += step.diagnostics;
  }
}

}  // namespace

Result<HistoryResult> scan_history(std::shared_ptr<GitRepo> repo,
                                   const std::vector<CommitRef>& commits,
                                   const HistoryOptions& options, Store& store, FileMemo& memo,
                                   const std::function<void(const HistoryStep&)>& on_step) {
  HistoryResult result;
  result.selected = static_cast<int>(commits.size());
  const std::string key = store_path_of(*repo);
  IncrementalScanner scanner(options.full_scans, /*facts_in_reports=*/false);
  // Snapshots are committed together, 32 at a time or twice a second: one
  // commit per snapshot cost as much as scanning it. What an interruption
  // loses is at most the last batch, scanned again by the next run.
  SnapshotBatch batch(store, result.seconds_by_stage["store"]);
  for (const auto& c : commits) {
    if (options.stop && options.stop->load()) {
      result.stopped = true;
      break;
    }
    if (auto ok = batch.open(); !ok) return Error{ok.error()};
    HistoryStep step;
    step.total = result.selected;
    step.commit = &c;
    auto t0 = std::chrono::steady_clock::now();
    auto found = store.find(key, c.hex);
    if (!found) return Error{found.error()};
    if (*found) {
      step.kind = HistoryStep::Kind::skipped;
    } else if (std::string why = scan_one(repo, c, options, store, memo, scanner, step,
                                          result.seconds_by_stage); !why.empty()) {
      step.kind = HistoryStep::Kind::failed;
      step.error = why;
    } else {
      step.seconds = seconds_since(t0);
    }
    if (auto ok = batch.close_when_due(); !ok) return Error{ok.error()};
    count(result, step);
    step.done = result.scanned + result.skipped + result.failed;
    if (on_step) on_step(step);
  }
  if (auto ok = batch.close(); !ok) return Error{ok.error()};
  result.partial = scanner.counts().partial;
  result.probes_rerun = scanner.counts().rerun;
  result.probes_updated = scanner.counts().updated;
  result.full_because = scanner.counts().full_because;
  return result;
}

}  // namespace practrack

#include <filesystem>

namespace practrack {

Result<std::unique_ptr<Store>> open_store_at(const std::string& path) {
  std::string where = path.empty() ? default_store_path() : path;
  std::error_code ec;
  auto parent = std::filesystem::path(where).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto store = open_sqlite_store(where);
  if (!store) return Error{where + ": " + store.error()};
  return std::move(*store);
}

}  // namespace practrack
