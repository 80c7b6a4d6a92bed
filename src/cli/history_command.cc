// practrack history [PATH]: scans past commits into the store, one
// snapshot per commit, newest first, resuming where a previous run stopped.
#include <fmt/format.h>

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/open_error.h"
#include "history/history_scan.h"
#include "probes/probe.h"
#include "util/terminal.h"

namespace practrack::cli {
namespace {

struct HistoryFlags {
  HistoryOptions options;
  std::string since;
  std::string db;
  bool quiet = false;  // also accepted after the command name
  bool verbose = false;
};

std::atomic<bool> g_stop{false};
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void on_stop_signal(int sig) {
  g_stop_signal = sig;
  g_stop.store(true);
}

// While it lives, Ctrl-C or SIGTERM ends a history run between two commits,
// with everything scanned so far stored; a second one (the handler is
// reset: SA_RESETHAND) kills it at once, as before.
class StopOnSignal {
 public:
  StopOnSignal() {
    g_stop.store(false);
    g_stop_signal = 0;
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &sa, &old_int_);
    sigaction(SIGTERM, &sa, &old_term_);
  }
  ~StopOnSignal() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;
  const std::atomic<bool>* flag() const { return &g_stop; }
  // 128 + the signal, as a shell reports a process the signal killed.
  int exit_code() const { return 128 + (g_stop_signal ? static_cast<int>(g_stop_signal) : SIGINT); }
  const char* name() const { return g_stop_signal == SIGTERM ? "SIGTERM" : "Ctrl-C"; }

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

// "ETA 1:05" style durations.
std::string clock_text(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

// One progress line on stderr, redrawn in place; only on a TTY. Redrawn
// ten times a second at most (a history scans hundreds of commits a
// second), and the rate leaves out the first commit, always scanned in
// full and far slower than the rest, which made the first ETA wrong.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;
  explicit Progress(bool on) : on_(on) {}
  void update(const HistoryStep& step) {
    if (!on_) return;
    auto now = Clock::now();
    if (step.done <= 1) first_ = now;
    bool last = step.done >= step.total;
    if (!last && drawn_ && now - *drawn_ < std::chrono::milliseconds(100)) return;
    drawn_ = now;
    double since_first = first_ ? std::chrono::duration<double>(now - *first_).count() : 0;
    std::string rate = "--";
    std::string eta = "--:--";
    if (step.done >= 3 && since_first >= 0.2) {
      double per_second = (step.done - 1) / since_first;
      rate = fmt::format("{:.1f}", per_second);
      eta = clock_text((step.total - step.done) / per_second);
    }
    std::fprintf(stderr, "\rhistory: %d/%d commits  %s/s  ETA %s   ", step.done, step.total,
                 rate.c_str(), eta.c_str());
    std::fflush(stderr);
  }
  void finish() {
    if (on_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool on_;
  std::optional<Clock::time_point> first_;  // when the first commit was done
  std::optional<Clock::time_point> drawn_;
};

void verbose_step(const Env& env, const HistoryStep& s) {
  static constexpr const char* kKinds[] = {"scanned", "already stored", "failed"};
  std::string line = s.commit->hex.substr(0, 7) + " " + kKinds[static_cast<int>(s.kind)];
  if (!s.how.empty()) line += " (" + s.how + ")";
  if (s.seconds > 0) line += fmt::format(" {:.2f} ms", s.seconds * 1000);
  if (s.diagnostics)
    line += fmt::format(" ({} warning{})", s.diagnostics, s.diagnostics == 1 ? "" : "s");
  if (!s.error.empty()) line += ": " + s.error;
  env.printer.debug(line);
}

void summarise(const Env& env, const HistoryResult& r, const FileMemo& memo, double seconds,
               bool full_scans) {
  std::string rate =
      r.scanned > 0 && seconds > 0 ? fmt::format(" ({:.0f} commits/s)", r.scanned / seconds) : "";
  env.printer.note(
      fmt::format("{} commits selected: {} scanned, {} already stored, {} failed in {:.1f} s{}",
                  r.selected, r.scanned, r.skipped, r.failed, seconds, rate));
  env.printer.note(
      fmt::format("blobs: {} analysed, {} reused from earlier commits; {} distinct blobs read",
                  memo.computed.load(), memo.reused.load(), memo.blobs()));
  if (r.scanned > 0 && !full_scans)
    env.printer.note(fmt::format(
        "incremental: {} of {} commits kept the facts of the commit before and ran {:.1f} "
        "probes each on average (of {}), {:.1f} of them over the changed files only",
        r.partial, r.scanned, r.partial ? static_cast<double>(r.probes_rerun) / r.partial : 0.0,
        probe_table().size(),
        r.partial ? static_cast<double>(r.probes_updated) / r.partial : 0.0));
  // Why the others were full scans, most common first.
  std::vector<std::pair<int, std::string>> because;
  for (const auto& [why, n] : r.full_because) because.emplace_back(n, why);
  std::sort(because.rbegin(), because.rend());
  for (const auto& [n, why] : because) env.printer.debug(fmt::format("full scans: {:>6}  {}", n, why));
  if (r.diagnostics)
    env.printer.note(
        fmt::format("{} warning{} in {} commit{} (-v marks those commits; 'practrack scan --rev "
                    "COMMIT' prints a commit's warnings)",
                    r.diagnostics, r.diagnostics == 1 ? "" : "s", r.commits_with_diagnostics,
                    r.commits_with_diagnostics == 1 ? "" : "s"));
  for (const auto& e : r.errors) env.printer.warning(e);
  // Where the time went, longest first; alongside probes overlap the rest.
  std::vector<std::pair<double, std::string>> stages;
  for (const auto& [name, s] : r.seconds_by_stage) stages.emplace_back(s, name);
  std::sort(stages.rbegin(), stages.rend());
  if (stages.size() > 40) stages.resize(40);
  for (const auto& [s, name] : stages) env.printer.debug(fmt::format("{:8.3f} s  {}", s, name));
}

int run_history(Env& env, HistoryFlags& flags) {
  env.printer.quiet = env.printer.quiet || flags.quiet;
  env.printer.verbose = env.printer.verbose || flags.verbose;
  if (!flags.since.empty()) {
    auto t = parse_date(flags.since);
    if (!t) {
      env.printer.error("--since: expected a date like 2024-01-31, got '" + flags.since + "'");
      return kUsage;
    }
    flags.options.since = *t;
  }
  auto repo = GitRepo::open(flags.options.path);
  if (!repo) return fail(env, open_error(flags.options.path, repo.error()), kInputError);
  auto commits = select_commits(**repo, flags.options);
  if (!commits) return fail(env, commits.error(), kInputError);
  auto store = open_store_at(flags.db);
  if (!store) return fail(env, store.error(), kStoreError);
  FileMemo memo;
  // The per-commit lines of --verbose replace the progress line.
  Progress progress(term::is_tty(2) && !env.printer.quiet && !env.printer.verbose);
  StopOnSignal stop;
  flags.options.stop = stop.flag();
  auto started = std::chrono::steady_clock::now();
  auto result =
      scan_history(*repo, *commits, flags.options, **store, memo, [&](const HistoryStep& s) {
        progress.update(s);
        verbose_step(env, s);
      });
  progress.finish();
  if (!result) return fail(env, result.error(), kStoreError);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  summarise(env, *result, memo, secs, flags.options.full_scans);
  if (result->stopped) {
    int done = result->scanned + result->skipped + result->failed;
    env.printer.warning(fmt::format(
        "stopped by {} after {} of {} commits, all of them stored; the same command again "
        "resumes with the other {}",
        stop.name(), done, result->selected, result->selected - done));
    return stop.exit_code();
  }
  return result->failed ? kStoreError : kOk;
}

}  // namespace

Runner add_history_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("history", "scan past commits into the store, one snapshot each");
  cmd->footer(
      "Walks first-parent history from --rev (default HEAD), newest first, and\n"
      "stores one snapshot per commit. Commits already stored are skipped, so\n"
      "an interrupted run resumes. Ctrl-C (or SIGTERM) stops it between two\n"
      "commits, with every commit scanned so far stored (exit 130, or 143);\n"
      "a second Ctrl-C stops it at once. A file seen in one commit is never\n"
      "analysed again in another.\n\n"
      "Examples:\n"
      "  practrack history ~/src/app\n"
      "  practrack history . --since 2024-01-01 --every 10\n"
      "  practrack history . --max 200 --db /tmp/app.db\n"
      "  practrack timeline .   (then: what changed when)");
  auto flags = std::make_shared<HistoryFlags>();
  HistoryOptions& o = flags->options;
  cmd->add_option("path", o.path, "a path inside the git repository (default: .)");
  cmd->add_option("--rev,-r", o.rev, "start the walk here (default: HEAD)");
  cmd->add_option("--since", flags->since, "only commits from this date on (YYYY-MM-DD)");
  cmd->add_option("--every", o.every, "keep every Nth commit (default: 1)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max,--limit", o.max, "at most N commits (default: all)")->check(CLI::PositiveNumber);
  cmd->add_flag("--all-parents", o.all_parents, "follow merged branches, not only first parents");
  cmd->add_option("--config,-c", o.config_path, "project config file (default: each commit's own)");
  cmd->add_flag("--no-config", o.no_config, "ignore the project config: detection only");
  cmd->add_flag("--full-scans", o.full_scans,
                "scan every commit in full, none from the commit before (slower; to check)");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_flag("-q,--quiet", flags->quiet, "no progress line and no summary");
  cmd->add_flag("-v,--verbose", flags->verbose,
                "one line per commit, the blob counts, and the time spent per stage");
  return [flags](Env& env) { return run_history(env, *flags); };
}

}  // namespace practrack::cli
