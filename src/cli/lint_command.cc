// practrack lint FILE [PATH]: what a reader of the tracker would trip over,
// as FILE:LINE: message lines and a summary. Exit 1 when anything is found.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "scan/scanner.h"
#include "tracker/tracker_lint.h"
#include "tree/git.h"

namespace practrack::cli {
namespace {

struct LintFlags {
  std::string file;
  std::string path;  // default: the repository containing FILE
  bool no_repo = false;
};

std::string repo_path(const LintFlags& f) {
  if (!f.path.empty()) return f.path;
  std::filesystem::path p = std::filesystem::absolute(f.file).parent_path();
  return p.string();
}

// Adds the repository checks; false (after an error) when PATH was given
// and cannot be scanned.
bool repo_checks(Env& env, const LintFlags& f, const TrackerDoc& doc, const ImportResult& imported,
                 std::vector<LintFinding>& out) {
  auto repo = GitRepo::open(repo_path(f));
  if (!repo) {
    if (!f.path.empty()) return env.printer.error(repo.error()), false;
    env.printer.note(f.file + " is not in a git repository; repository checks skipped");
    return true;
  }
  ScanRequest request;
  request.path = repo_path(f);
  auto report = scan(request);
  if (!report) return env.printer.error(report.error()), false;
  for (auto& x : lint_against_scan(imported, *report)) out.push_back(std::move(x));
  CommitsAfter after = commits_after(**repo, doc.updated);
  for (auto& x : lint_staleness(doc, after.count, after.latest)) out.push_back(std::move(x));
  return true;
}

int run_lint(Env& env, const LintFlags& f) {
  auto text = read_tracker_file(f.file);
  if (!text) return env.printer.error(text.error()), static_cast<int>(kInputError);
  auto doc = parse_tracker(*text);
  if (!doc) return env.printer.error(f.file + ": " + doc.error()), static_cast<int>(kInputError);
  ImportResult imported = import_tracker(*doc);
  std::vector<LintFinding> found = lint_document(*doc, imported);
  if (!f.no_repo && !repo_checks(env, f, *doc, imported, found)) return kInputError;
  sort_findings(found);
  for (const auto& x : found) std::cout << f.file << ":" << x.line << ": " << x.message << "\n";
  std::cout << f.file << ": " << found.size() << (found.size() == 1 ? " problem" : " problems")
            << " in " << imported.rows.size() << " practice rows\n";
  return found.empty() ? kOk : kPolicyFailed;
}

}  // namespace

Runner add_lint_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("lint", "find inconsistencies in a Markdown tracker document");
  cmd->footer(
      "Examples:\n  practrack lint DEVOPS.md\n  practrack lint docs/DEVOPS.md ~/src/app\n"
      "Exit codes: 0 clean, 1 problems found, 3 unreadable input.");
  auto f = std::make_shared<LintFlags>();
  cmd->add_option("file", f->file, "the tracker document")->required();
  cmd->add_option("path", f->path, "the repository to check it against (default: FILE's)");
  cmd->add_flag("--no-repo", f->no_repo, "check the document alone");
  return [f](Env& env) { return run_lint(env, *f); };
}

}  // namespace practrack::cli
