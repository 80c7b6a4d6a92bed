#include "scan/scanner.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <exception>
#include <fstream>
#include <sstream>
#include <thread>

#include "catalog/catalog.h"
#include "config/config_overlay.h"
#include "probes/probe.h"
#include "rules/rule.h"
#include "tree/git_trees.h"
#include "util/dates.h"
#include "util/leave_to_exit.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack {
namespace {

std::string utc(const char* format) { return dates::utc(std::time(nullptr), format); }

// The working tree's folder name; for a bare repository its folder's name
// without ".git", or the folder above when that name says nothing ("repo",
// as mirrors are often laid out: OWNER+NAME/repo).
std::string repository_name(const GitRepo& repo) {
  std::string dir = repo.workdir().empty() ? repo.gitdir() : repo.workdir();
  while (text::ends_with(dir, "/") && dir.size() > 1) dir.pop_back();
  bool bare = repo.workdir().empty();
  // Up to two folders up: OWNER+NAME/repo/.git names OWNER+NAME.
  for (int up = 0; up < 3 && dir.size() > 1; ++up) {
    std::string name(text::basename(dir));
    if (name == ".git" || (bare && (name == "repo" || name == "repo.git"))) {
      dir = std::string(text::dirname(dir));
      continue;
    }
    if (text::ends_with(name, ".git")) name.resize(name.size() - 4);
    return name;
  }
  return std::string(text::basename(dir));
}

}  // namespace

std::string today_utc() { return utc("%Y-%m-%d"); }

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool in_mask(const ProbeMask& mask, int row) {
  return (mask[row / 64] >> (row % 64)) & 1;
}

void add_row(ProbeMask& mask, int row) { mask[row / 64] |= std::uint64_t{1} << (row % 64); }

// Whether the row can update its facts from the changed files alone: it
// has an update and no other row shares its reset (whose facts an update
// of this row alone would leave stale).
bool updates_alone(const ProbeRow& probe) {
  if (!probe.update || !probe.reset) return false;
  const auto& table = probe_table();
  return std::count_if(table.begin(), table.end(),
                       [&](const ProbeRow& p) { return p.reset == probe.reset; }) == 1;
}

// The commands (or config sections) a probe row just added are marked as
// its own; in a rescan, where they were appended after later rows' ones,
// the list is put back in table order, as a full scan has it.
template <typename T>
void place(std::vector<T>& items, int row, bool rescan) {
  for (auto& c : items)
    if (c.producer < 0) c.producer = row;
  auto by_row = [](const T& a, const T& b) { return a.producer < b.producer; };
  if (rescan && !std::is_sorted(items.begin(), items.end(), by_row))
    std::stable_sort(items.begin(), items.end(), by_row);
}

// Runs one probe; in a rescan, one that can update tries that first, and
// one that runs again first loses the commands it added last time.
// Returns whether it updated.
bool run_probe(const ProbeRow& probe, int row, const ScanContext& context, RepoFacts& facts,
               const Rescan* rescan) {
  if (rescan && updates_alone(probe) && (!rescan->afresh || probe.keep)) {
    if (probe.update(context, facts, rescan->changes)) return true;
    probe.reset(facts);
  }
  // Probes run alongside others add no commands (ProbeRow::alongside), and
  // the list is not theirs to touch from another thread.
  if (probe.alongside) {
    probe.run(context, facts);
    return false;
  }
  auto own = [row](const auto& item) { return item.producer == row; };
  if (rescan) {
    std::erase_if(facts.commands, own);
    std::erase_if(facts.config_sections, own);
  }
  std::size_t commands = facts.commands.size();
  std::size_t sections = facts.config_sections.size();
  probe.run(context, facts);
  if (facts.commands.size() != commands) place(facts.commands, row, rescan != nullptr);
  if (facts.config_sections.size() != sections) place(facts.config_sections, row, rescan != nullptr);
  return false;
}

// Runs the probes marked `alongside` on their own threads and the rest in
// table order on this one; a probe's exception reaches the caller. In a
// rescan, just its probes run, after each of their resets ran once
// (except for the probes that update their facts instead).
void run_probes(const ScanContext& context, Report& report, Rescan* rescan) {
  struct Side {
    const ProbeRow* probe;
    bool updated = false;
    double seconds = 0;
    std::exception_ptr error;
    std::thread thread;
  };
  const ProbeMask* only = rescan ? &rescan->probes : nullptr;
  const auto& table = probe_table();
  auto row = [&table](const ProbeRow* p) { return static_cast<int>(p - table.data()); };
  auto runs = [&](const ProbeRow& p) { return !only || in_mask(*only, row(&p)); };
  // Every reset first, each once: rows that share one write the same facts,
  // and a reset between them would clear what the first just found.
  std::vector<ResetFn> done;
  for (const auto& probe : table) {
    if (!only || rescan->afresh || !runs(probe) || updates_alone(probe) ||
        std::find(done.begin(), done.end(), probe.reset) != done.end())
      continue;
    probe.reset(report.facts);
    done.push_back(probe.reset);
  }
  // A rescan runs a few probes over a few files: a thread each would cost
  // more than it saves, so the alongside ones take their turn here.
  auto beside = [&](const ProbeRow& p) { return p.alongside && !rescan; };
  std::vector<Side> sides;
  for (const auto& probe : table)
    if (beside(probe) && runs(probe)) sides.push_back({&probe});
  for (auto& side : sides)
    side.thread = std::thread([&context, &report, &side, rescan, tag = row(side.probe)] {
      t_task_tag = tag;
      auto t0 = std::chrono::steady_clock::now();
      try {
        side.updated = run_probe(*side.probe, tag, context, report.facts, rescan);
      } catch (...) {
        side.error = std::current_exception();
      }
      side.seconds = seconds_since(t0);
    });
  std::exception_ptr error;
  for (const auto& probe : table) {
    if (beside(probe) || !runs(probe)) continue;
    auto t0 = std::chrono::steady_clock::now();
    t_task_tag = row(&probe);
    try {
      if (run_probe(probe, row(&probe), context, report.facts, rescan))
        add_row(rescan->updated, row(&probe));
    } catch (...) {
      error = std::current_exception();
    }
    t_task_tag = -1;
    if (error) break;
    report.meta.probe_seconds.emplace_back(std::string(probe.name), seconds_since(t0));
  }
  for (auto& side : sides) {
    side.thread.join();
    if (!error) error = side.error;
    if (side.updated) add_row(rescan->updated, row(side.probe));
    report.meta.probe_seconds.emplace_back(std::string(side.probe->name), side.seconds);
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace

Report scan_tree(const ScanContext& context, Rescan* rescan) {
  Report report;
  auto started = std::chrono::steady_clock::now();
  if (rescan && rescan->afresh) {
    for (const auto& probe : probe_table())
      if (probe.keep && updates_alone(probe)) probe.keep(rescan->facts, report.facts);
  } else if (rescan) {
    report.facts = std::move(rescan->facts);
  }
  context.start_file_pass(file_analyses());
  run_probes(context, report, rescan);
  report.assessments = decide_all(report.facts, /*threads=*/rescan == nullptr);
  for (const auto& c : categories())
    report.categories.push_back({std::string(c.id), std::string(c.title)});
  report.meta.files = static_cast<int>(context.files().size());
  report.meta.scanned_at = utc("%Y-%m-%dT%H:%M:%SZ");
  report.meta.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report.diagnostics = context.diags().all();
  return report;
}

Result<ScanTarget> open_target(const std::string& path, const std::optional<std::string>& rev) {
  auto repo = GitRepo::open(path);
  if (!repo) return Error{repo.error()};
  ScanTarget target;
  target.repo = *repo;
  Result<std::unique_ptr<Tree>> tree = Error{""};
  // A bare repository has no working tree: its HEAD is what there is.
  std::optional<std::string> wanted = rev;
  if (!wanted && target.repo->workdir().empty()) wanted = "HEAD";
  if (wanted) {
    auto oid = target.repo->resolve_commit(*wanted);
    if (!oid) return Error{oid.error()};
    target.commit = *oid;
    target.work_tree = false;
    tree = open_commit_tree(target.repo, *oid);
  } else {
    if (auto head = target.repo->head()) target.commit = *head;
    tree = open_work_tree(target.repo);
  }
  if (!tree) return Error{tree.error()};
  target.tree = std::move(*tree);
  return target;
}

Result<std::optional<ProjectConfig>> load_config(const ScanTarget& target, const ScanRequest& request,
                                                 std::vector<ConfigIssue>& issues) {
  if (request.no_config) return std::optional<ProjectConfig>();
  std::string text, name;
  if (!request.config_path.empty()) {
    std::ifstream in(request.config_path, std::ios::binary);
    if (!in) return Error{request.config_path + ": cannot read the config file"};
    std::ostringstream buf;
    buf << in.rdbuf();
    text = buf.str();
    name = request.config_path;
  } else {
    const FileEntry* file = nullptr;
    for (const auto& f : target.tree->files())
      if (f.path == ".practrack.yml" || f.path == ".practrack.yaml") file = &f;
    if (!file) return std::optional<ProjectConfig>();
    auto content = target.tree->read(*file, 1 << 20);
    if (!content) return Error{file->path + ": " + content.error()};
    text = std::move(*content);
    name = file->path;
  }
  auto config = parse_config(text, name, issues);
  if (!config) return Error{config.error()};
  return std::optional<ProjectConfig>(std::move(*config));
}

Report scan_target(const ScanTarget& target, const ScanRequest& request, const ProjectConfig* config) {
  Diagnostics diags;
  auto context = std::make_unique<ScanContext>(*target.tree, diags, target.repo, target.commit,
                                               request.memo, request.limits);
  Report report = scan_tree(*context);
  complete_report(target, request, config, *context, report);
  if (request.process_ends) leave_to_exit(std::move(context));
  return report;
}

void complete_report(const ScanTarget& target, const ScanRequest& request,
                     const ProjectConfig* config, const ScanContext& context, Report& report) {
  if (config) {
    apply_config(*config, context, report, request.today.empty() ? today_utc() : request.today);
    report.diagnostics = context.diags().all();  // custom rules may have read more files
  }
  const GitRepo& repo = *target.repo;
  report.meta.repository = repository_name(repo);
  report.meta.path = repo.workdir().empty() ? repo.gitdir() : repo.workdir();
  report.meta.source = target.work_tree ? "working tree" : "commit";
  if (target.commit) report.meta.commit = oid_hex(*target.commit);
  report.meta.branch = report.facts.git.branch;
  report.meta.commit_time = report.facts.git.head_time;
}

Result<Report> scan(const ScanRequest& request) {
  auto target = open_target(request.path, request.rev);
  if (!target) return Error{target.error()};
  std::vector<ConfigIssue> issues;
  auto config = load_config(*target, request, issues);
  if (!config) {
    std::string message = config.error();
    for (const auto& i : issues) message += "\n  line " + std::to_string(i.line) + ": " + i.message;
    return Error{message};
  }
  return scan_target(*target, request, *config ? &**config : nullptr);
}

}  // namespace practrack
