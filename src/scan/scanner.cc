#include "scan/scanner.h"

#include <chrono>
#include <ctime>

#include "catalog/catalog.h"
#include "probes/probe.h"
#include "rules/rule.h"
#include "tree/git_trees.h"
#include "util/text.h"

namespace practrack {
namespace {

std::string iso_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string repository_name(const GitRepo& repo) {
  std::string dir = repo.workdir().empty() ? repo.gitdir() : repo.workdir();
  std::string name(text::basename(dir));
  if (name == ".git") name = std::string(text::basename(text::dirname(dir)));
  if (text::ends_with(name, ".git")) name.resize(name.size() - 4);
  return name;
}

}  // namespace

Report scan_tree(const ScanContext& context) {
  Report report;
  auto started = std::chrono::steady_clock::now();
  for (const auto& probe : probe_table()) {
    auto t0 = std::chrono::steady_clock::now();
    probe.run(context, report.facts);
    report.meta.probe_seconds.emplace_back(
        std::string(probe.name),
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  report.assessments = decide_all(report.facts);
  for (const auto& c : categories())
    report.categories.push_back({std::string(c.id), std::string(c.title)});
  report.meta.files = static_cast<int>(context.files().size());
  report.meta.scanned_at = iso_now();
  report.meta.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report.diagnostics = context.diags().all();
  return report;
}

Result<Report> scan(const ScanRequest& request) {
  auto repo = GitRepo::open(request.path);
  if (!repo) return Error{repo.error()};
  std::optional<git_oid> commit;
  Result<std::unique_ptr<Tree>> tree = Error{""};
  if (request.rev) {
    auto oid = (*repo)->resolve_commit(*request.rev);
    if (!oid) return Error{oid.error()};
    commit = *oid;
    tree = open_commit_tree(*repo, *oid);
  } else {
    auto head = (*repo)->head();
    if (head) commit = *head;
    tree = open_work_tree(*repo);
  }
  if (!tree) return Error{tree.error()};

  Diagnostics diags;
  ScanContext context(**tree, diags, *repo, commit, request.memo, request.limits);
  Report report = scan_tree(context);
  report.meta.repository = repository_name(**repo);
  report.meta.path = (*repo)->workdir().empty() ? (*repo)->gitdir() : (*repo)->workdir();
  report.meta.source = request.rev ? "commit" : "working tree";
  if (commit) report.meta.commit = oid_hex(*commit);
  report.meta.branch = report.facts.git.branch;
  report.meta.commit_time = report.facts.git.head_time;
  return report;
}

}  // namespace practrack
