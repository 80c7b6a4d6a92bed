// Rules of the source-control category: git, branch-protection,
// conventional-commits, signed-commits, git-hooks, hook-tests, monorepo,
// codeowners. Each follows the catalog's adopted/partial criteria.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// ---- git ---------------------------------------------------------------

std::string forge_name(std::string_view host) {
  if (host == "github.com" || text::contains(host, "github")) return "GitHub";
  if (text::contains(host, "gitlab")) return "GitLab";
  if (text::contains(host, "bitbucket")) return "Bitbucket";
  if (host == "codeberg.org") return "Codeberg";
  if (text::contains(host, "sr.ht")) return "SourceHut";
  if (text::contains(host, "gitea")) return "Gitea";
  if (host == "dev.azure.com" || text::contains(host, "visualstudio.com")) return "Azure DevOps";
  return std::string(host);
}

// The host of a URL in a command, credentials and variables aside.
std::string host_in(std::string_view url) {
  static const RE2 re(R"(^(?:[a-z+]+://)?(?:[^@/\s]*@)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})[:/])");
  std::string host;
  if (RE2::PartialMatch(url, re, &host)) return text::lower(host);
  return "";
}

struct Mirror {
  std::string host;  // "" when it pushes to a named remote
  const Command* by;
};

// Remotes a CI job, script or make target adds for another host, by name:
// `git remote add github https://github.com/org/repo.git`.
std::map<std::string, std::string> added_remotes(const RepoFacts& f, const std::string& primary) {
  static const RE2 add(R"(\bgit\s+remote\s+add\s+(?:-\S+\s+)*(\S+)\s+(\S+))");
  std::map<std::string, std::string> out;
  for (const Command& c : f.commands) {
    std::string name, url;
    if (c.origin == Origin::hook || !RE2::PartialMatch(c.text, add, &name, &url)) continue;
    std::string host = host_in(url);
    if (!host.empty() && host != primary) out[name] = host;
  }
  return out;
}

// CI jobs, scripts or make targets that push the repository elsewhere:
// `git push --mirror`, `git push <url>` to a host other than the origin's,
// or `git push <name>` to a remote they added for another host.
std::vector<Mirror> pushed_mirrors(const RepoFacts& f, const std::string& primary) {
  static const RE2 push(R"(\bgit\s+push\b(.*))");
  static const RE2 url(R"(((?:https?|ssh|git)://\S+|[\w.-]+@[\w.-]+:\S+))");
  static const RE2 target(R"(^(?:\s+-\S+)*\s+([\w.-]+))");
  auto added = added_remotes(f, primary);
  std::vector<Mirror> out;
  for (const Command& c : f.commands) {
    if (c.origin == Origin::hook) continue;
    std::string args, found, name;
    if (!RE2::PartialMatch(c.text, push, &args)) continue;
    std::string host = RE2::PartialMatch(args, url, &found) ? host_in(found) : "";
    if (host.empty() && RE2::PartialMatch(args, target, &name) && added.count(name))
      host = added[name];
    bool mirror = text::contains(args, "--mirror");
    // Without a known primary, a push to a URL may be the project's own home.
    bool elsewhere = !host.empty() && !primary.empty() && host != primary;
    if (!elsewhere && !mirror) continue;
    out.push_back({host == primary ? "" : host, &c});
  }
  return out;
}

// CI actions that mirror the repository (their target lives in `with:`).
std::vector<const ActionRef*> mirror_actions(const RepoFacts& f) {
  std::vector<const ActionRef*> out;
  for (const ActionRef& a : f.actions)
    if (text::icontains(a.name, "mirror")) out.push_back(&a);
  return out;
}

std::string history_note(const GitFacts& g) {
  // First-parent: the commits of the mainline, not those merged into it.
  if (g.history_capped) return std::to_string(g.total_commits) + "+ first-parent commits";
  // A CI checkout is often shallow: what history shows is only what was fetched.
  if (g.shallow && g.total_commits > 0)
    return plural(g.total_commits, "commit") + " fetched (shallow clone: history, signatures "
                                              "and tags seen only that far)";
  return g.total_commits > 0 ? plural(g.total_commits, "first-parent commit") : "no commits yet";
}

// The host of `origin`, else of the first remote; "" when unknown.
std::string primary_host(const GitFacts& g) {
  for (const Remote& r : g.remotes)
    if (r.name == "origin") return r.host;
  return g.remotes.empty() ? "" : g.remotes.front().host;
}

// "GitHub mirror", "GitLab mirror pushed by job mirror" ... sorted, unique.
std::vector<std::string> mirror_notes(const RepoFacts& f, const std::string& primary,
                                      std::vector<Evidence>& evidence) {
  std::vector<std::string> out;
  for (const Remote& r : f.git.remotes)
    if (!r.host.empty() && !primary.empty() && r.host != primary)
      out.push_back(forge_name(r.host) + " mirror");
  for (const Mirror& m : pushed_mirrors(f, primary)) {
    std::string where = m.by->context.empty() ? code(m.by->at.path) : "job " + m.by->context;
    out.push_back((m.host.empty() ? "mirror" : forge_name(m.host) + " mirror") + " pushed by " +
                  where);
    evidence.push_back(m.by->at);
  }
  for (const ActionRef* a : mirror_actions(f)) {
    out.push_back("mirror pushed by " + code(a->name) +
                  (a->job.empty() ? "" : " in job " + a->job));
    evidence.push_back(a->at);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Forges the CI configs are written for, when there are several: a repo
// with both `.gitlab-ci.yml` and GitHub workflows usually lives on both.
std::string forges_of_ci(const RepoFacts& f) {
  bool gitlab = false, github = false;
  for (const auto& p : f.ci.pipelines) {
    gitlab = gitlab || p.system == "gitlab-ci";
    github = github || p.system == "github-actions";
  }
  return gitlab && github ? "; CI configs for both GitLab and GitHub" : "";
}

Assessment decide_git(const RepoFacts& f) {
  const GitFacts& g = f.git;
  if (!g.is_repository) return not_started("Not a git repository");
  std::string primary = primary_host(g);
  std::vector<Evidence> evidence;
  // Repository-level facts: no file, the remote itself is the excerpt.
  for (const Remote& r : g.remotes)
    if (evidence.size() < 4) evidence.push_back({"", 0, text::excerpt(r.name + " " + r.url)});
  auto mirrors = mirror_notes(f, primary, evidence);
  std::string tail = mirrors.empty() ? forges_of_ci(f) : "; " + text::join(mirrors, ", ");
  if (g.remotes.empty())
    return adopted("Git repo, " + history_note(g) + "; no remote configured" + tail, evidence);
  std::string where = primary.empty() ? "a local remote" : forge_name(primary);
  if (mirrors.empty())
    return adopted("Git repo on " + where + ", " + history_note(g) + forges_of_ci(f), evidence);
  return adopted(
      "Git repo with " + where + " primary, " + text::join(mirrors, ", ") + "; " + history_note(g),
      evidence);
}

// ---- branch-protection -------------------------------------------------

bool on_gitlab(const RepoFacts& f) {
  for (const auto& p : f.ci.pipelines)
    if (p.system == "gitlab-ci") return true;
  for (const Remote& r : f.git.remotes)
    if (text::contains(r.host, "gitlab")) return true;
  return false;
}

const CiPipeline* merge_request_pipeline(const RepoFacts& f) {
  for (const auto& p : f.ci.pipelines) {
    if (p.triggers.merge_request) return &p;
    for (const auto& j : p.jobs)
      if (j.merge_request) return &p;
  }
  return nullptr;
}

Assessment decide_branch_protection(const RepoFacts& f) {
  const GitFacts& g = f.git;
  if (!g.protection_as_code.empty()) {
    std::vector<std::string> branches;
    std::vector<Evidence> evidence;
    for (const auto& p : g.protection_as_code) {
      if (!p.branch.empty()) branches.push_back(code(p.branch));
      evidence.push_back(p.at);
    }
    std::string what =
        branches.empty() ? "declares branch protection" : "protects " + text::join(branches, ", ");
    return adopted(code(g.protection_as_code.front().path) + " " + what, evidence);
  }
  const char* mr = on_gitlab(f) ? "MR" : "PR";
  std::vector<std::string> seen;
  std::vector<Evidence> evidence;
  for (const auto& c : g.codeowners)
    if (c.rules > 0) {
      seen.push_back(code(c.path));
      evidence.push_back(c.at);
    }
  if (!g.review_templates.empty()) {
    // "PR template `x`", but "2 PR templates".
    std::size_t n = g.review_templates.size();
    seen.push_back(n == 1 ? std::string(mr) + " template " + code(g.review_templates[0].path)
                          : std::to_string(n) + " " + std::string(mr) + " templates");
    evidence.push_back(g.review_templates.front());
  }
  if (const CiPipeline* p = merge_request_pipeline(f)) {
    seen.push_back("CI on " + std::string(mr) + " events in " + code(p->path));
    evidence.push_back(p->at);
  }
  std::string settings;
  if (!g.settings_file.empty())
    settings = "; " + code(g.settings_file) + " declares no branch protection" +
               (g.settings_extends.empty() ? "" : " (extends " + code(g.settings_extends) + ")");
  if (seen.empty())
    return needs_attestation(
        "No review workflow or protection settings in the repository; protection lives on the "
        "server" +
        settings);
  return needs_attestation(std::string(mr) + " workflow visible (" + text::join(seen, ", ") +
                               "); branch protection rules live on the server, not verified" +
                               settings,
                           Status::partial, evidence);
}

// ---- conventional-commits / signed-commits -----------------------------

std::string percent(int part, int whole) {
  // Rounded down, so 199/200 never reads as 100%.
  return std::to_string(whole ? part * 100 / whole : 0) + "%";
}

// Hook ids of pre-commit hooks that check commit messages (their own
// manifests put them on the commit-msg stage, which the config may omit).
bool checks_messages(const Hook& h) {
  static const std::set<std::string> ids = {
      "commitizen",    "commitlint",   "gitlint",    "gitlint-ci", "conventional-pre-commit",
      "check-message", "commit-check", "commit-msg", "cz-check",   "commitlint-travis"};
  return ids.count(h.id) > 0 || text::contains(h.stage, "commit-msg");
}

std::vector<std::string> message_checkers(const RepoFacts& f, std::vector<Evidence>& evidence) {
  std::vector<std::string> out;
  auto add = [&](std::string what, const Evidence& at) {
    if (std::find(out.begin(), out.end(), what) != out.end()) return;
    out.push_back(std::move(what));
    evidence.push_back(at);
  };
  for (const auto& c : f.hooks.commit_checks) add(c.tool + " (" + code(c.at.path) + ")", c.at);
  for (const auto& h : f.hooks.hooks)
    if (checks_messages(h)) add(h.manager + " " + h.stage + " hook " + code(h.id), h.at);
  for (const ToolUse* t : f.tools_for("conventional-commits"))
    if (t->how != ToolHow::dependency) add(t->tool + " (" + code(t->at.path) + ")", t->at);
  return out;
}

std::string ratio_note(int part, int whole, const char* what) {
  return std::to_string(part) + "/" + std::to_string(whole) + " (" + percent(part, whole) +
         ") of the last " + plural(whole, "non-merge commit") + " " + what;
}

// Fewer commits than this are too few to call a habit from.
constexpr int kMinSample = 5;

Assessment decide_conventional_commits(const RepoFacts& f) {
  const GitFacts& g = f.git;
  std::vector<Evidence> evidence;
  auto checkers = message_checkers(f, evidence);
  std::string ratio =
      g.sampled_commits ? ratio_note(g.conventional_commits, g.sampled_commits, "follow the format")
                        : "";
  if (!checkers.empty()) {
    std::string note = "Checked by " + text::join(checkers, ", ");
    return adopted(ratio.empty() ? note : note + "; " + ratio, evidence);
  }
  if (g.sampled_commits >= kMinSample && g.conventional_commits * 5 >= g.sampled_commits * 4)
    return partial(ratio + ", unenforced");
  if (ratio.empty()) return not_started("No commit message checker and no history to sample");
  return not_started("No commit message checker; " + ratio);
}

Assessment decide_signed_commits(const RepoFacts& f) {
  const GitFacts& g = f.git;
  if (g.sampled_commits == 0)
    return not_started(g.is_repository ? "No commits to sample" : "Not a git repository");
  std::string note = ratio_note(g.signed_commits, g.sampled_commits, "signed");
  std::string tags = plural_at_least(g.signed_tags, g.tags_capped, "signed tag");
  if (g.signed_tags > 0) note += "; " + tags;
  if (g.signed_commits * 100 >= g.sampled_commits * 95) return adopted(note);
  if (g.signed_commits > 0) return partial(note);
  return not_started("No signed commits in the last " +
                     plural(g.sampled_commits, "non-merge commit") +
                     (g.signed_tags > 0 ? "; " + tags : ""));
}

// ---- git-hooks / hook-tests --------------------------------------------

// The program a hook command runs, past launchers (npx, uv run, python -m
// ...) and shell keywords; programs driven by subcommands keep them
// ("cargo test", "npm run lint"). "" for shell constructs (case, for ...).
std::string program_of(std::string_view command) {
  static const std::set<std::string, std::less<>> skipped = {
      "npx",  "pnpx",  "bunx",   "exec",    "run",   "uv",     "poetry", "pipenv",
      "pdm",  "hatch", "python", "python3", "-m",    "bundle", "--",     "--no",
      "env",  "dlx",   "sh",     "bash",    "-c",    "if",     "!",      "elif",
      "then", "do",    "time",   "command", "nohup", "sudo",   "node"};
  static const std::set<std::string, std::less<>> shell = {
      "case",  "for",  "while", "until",  "function", "[",       "[[",  "test", "set",   "source",
      ".",     "eval", "wait",  "export", "cat",      "grep",    "sed", "awk",  "xargs", "git",
      "exit",  "head", "tail",  "cut",    "sort",     "uniq",    "tr",  "find", "ls",    "rm",
      "mkdir", "cp",   "mv",    "touch",  "basename", "dirname", "wc",  "tee",  "sleep"};
  static const std::set<std::string, std::less<>> with_subcommand = {
      "go",        "cargo",  "npm",  "yarn", "pnpm",  "bun",    "make", "dotnet", "mvn", "gradle",
      "./gradlew", "./mvnw", "deno", "mix",  "swift", "docker", "just", "task",   "tox", "nox"};
  std::vector<std::string> words;
  for (auto word : text::split(text::trim(command), ' ')) {
    std::string_view w = text::trim(word);
    if (w.empty()) continue;
    bool odd = w.find_first_of("()<>&|;`\"'$={}") != w.npos ||
               std::isdigit(static_cast<unsigned char>(w.front()));
    if (words.empty()) {
      if (skipped.count(w)) continue;
      if (odd || shell.count(w) || w.front() == '-') return "";
      words.emplace_back(text::basename(w));
      if (!with_subcommand.count(w)) break;
      continue;
    }
    if (odd || w.front() == '-') break;
    words.emplace_back(w);
    if (w != "run") break;
  }
  return text::join(words, " ");
}

// Hook commands recorded for one hook: those of its manager, id and file.
std::vector<const Command*> commands_of(const RepoFacts& f, const Hook& h) {
  std::vector<const Command*> out;
  for (const Command& c : f.commands)
    if (c.origin == Origin::hook && c.system == h.manager && c.context == h.id &&
        c.at.path == h.at.path)
      out.push_back(&c);
  return out;
}

// The tools a manager's hooks run: hook ids for managers that name their
// hooks after tools, otherwise the program of each command (husky's
// lint-staged commands count as husky's).
std::vector<std::string> hook_tools(const RepoFacts& f, const std::string& manager) {
  std::vector<std::string> out;
  auto add = [&out](std::string tool) {
    if (!tool.empty() && std::find(out.begin(), out.end(), tool) == out.end())
      out.push_back(std::move(tool));
  };
  bool by_id = manager == "pre-commit" || manager == "overcommit" || manager == "lefthook";
  for (const Hook& h : f.hooks.hooks) {
    bool mine = h.manager == manager || (manager == "husky" && h.manager == "lint-staged");
    if (!mine) continue;
    if (by_id) {
      add(h.id);
      continue;
    }
    auto commands = commands_of(f, h);
    if (commands.empty()) add(program_of(h.entry));
    for (const Command* c : commands) add(program_of(c->text));
  }
  return out;
}

std::string first_names(const std::vector<std::string>& names, std::size_t shown) {
  std::vector<std::string> head(names.begin(), names.begin() + std::min(shown, names.size()));
  std::string out = text::join(head, ", ");
  if (names.size() > shown) out += " (+" + std::to_string(names.size() - shown) + " more)";
  return out;
}

// Where a manager is configured; husky scripts and hooks paths are folders.
std::string manager_place(const HookManager& m) {
  if (m.name == "hooks-path") return code(m.at.path + "/") + " (hooks path)";
  if (m.name == "husky" && text::contains(m.at.path, ".husky/"))
    return code(std::string(text::dirname(m.at.path)) + "/");
  return code(m.at.path);
}

Assessment decide_git_hooks(const RepoFacts& f) {
  if (f.hooks.configs.empty()) {
    for (const ToolUse* t : f.tools_for("git-hooks"))
      return not_started(t->tool + " is " + tool_how_name(t->how) + " in " + code(t->at.path) +
                             " but no hook is committed",
                         {t->at});
    for (const Evidence& e : f.hooks.symlinked_configs)
      return not_started(code(e.path) + " is a symlink: practrack reads no file through a " +
                             "symlink, inside the tree or out of it, so its hooks are not counted",
                         {e});
    return not_started("No git hook manager configured");
  }
  std::vector<std::string> parts;
  std::vector<Evidence> evidence;
  bool any_read = false;
  for (const HookManager& m : f.hooks.configs) {
    auto unparsed = std::find_if(f.hooks.unparsed_configs.begin(), f.hooks.unparsed_configs.end(),
                                 [&](const Evidence& e) { return e.path == m.at.path; });
    if (unparsed != f.hooks.unparsed_configs.end()) {
      parts.push_back(code(m.at.path) + " could not be parsed (" + unparsed->excerpt +
                      "), so which hooks it installs is unknown");
      evidence.push_back(*unparsed);
      continue;
    }
    any_read = true;
    auto tools = hook_tools(f, m.name);
    std::string where = manager_place(m);
    parts.push_back(tools.empty() ? where : where + " — " + first_names(tools, 8));
    evidence.push_back(m.at);
  }
  // A config that names a manager but cannot be read is no evidence that
  // hooks are set up: half the way, until it parses.
  if (!any_read) return partial(text::join(parts, "; "), evidence);
  return adopted(text::join(parts, "; "), evidence);
}

// The test runner a command line or hook id names, or "". A project's own
// test script (test.sh, run_tests.sh) counts: it is how such projects test.
std::string test_runner(std::string_view text) {
  static const RE2 re(
      R"((?i)\b(pytest|py\.test|pabot|robot|ctest|go\s+test|go-unit-tests|cargo\s+(?:test|nextest))"
      R"(|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test\w*|jest|vitest|mocha|tox|nox|phpunit|rspec)"
      R"(|(?:mvn|mvnw|gradle|gradlew)\b[^|;&]*\btest|dotnet\s+test|make\s+\w*test\w*|unittest)"
      R"(|bats|behave|playwright\s+test|cypress\s+run|rake\s+(?:test|spec)|mix\s+test)"
      R"(|swift\s+test|deno\s+test|bazel\s+test|(?:run[-_])?tests?\.sh)\b)");
  std::string runner;
  return RE2::PartialMatch(text, re, &runner) ? text::lower(runner) : "";
}

// The first test run of a hook: its runner and the line that runs it.
std::pair<std::string, Evidence> hook_test_run(const RepoFacts& f, const Hook& h) {
  auto commands = commands_of(f, h);
  for (const Command* c : commands)
    if (auto runner = test_runner(c->text); !runner.empty()) return {runner, c->at};
  if (commands.empty())
    if (auto runner = test_runner(h.entry); !runner.empty()) return {runner, h.at};
  if (auto runner = test_runner(h.id); !runner.empty()) return {runner, h.at};
  return {"", {}};
}

Assessment decide_hook_tests(const RepoFacts& f) {
  // lint-staged alone runs nothing: some manager must call it from a hook.
  if (f.hooks.configs.empty()) return not_started("No git hooks");
  std::vector<std::string> parts;
  std::vector<Evidence> evidence;
  for (const Hook& h : f.hooks.hooks) {
    if (h.stage == "manual") continue;
    auto [runner, at] = hook_test_run(f, h);
    if (runner.empty()) continue;
    std::string part = runner + " on " + h.stage + " (" + code(at.path) + ")";
    if (std::find(parts.begin(), parts.end(), part) != parts.end()) continue;
    parts.push_back(part);
    evidence.push_back(at);
  }
  if (parts.empty())
    return not_started(plural(static_cast<long>(f.hooks.hooks.size()), "hook") +
                       ", none runs a test runner");
  return adopted(text::join(parts, "; "), evidence);
}

// ---- monorepo / codeowners ---------------------------------------------

Assessment decide_monorepo(const RepoFacts& f) {
  std::map<std::string, std::set<std::string>> dirs;  // dir -> files
  std::map<std::string, Evidence> first;
  auto add = [&](const std::string& path, const Evidence& at) {
    std::string_view parent = text::dirname(path);
    std::string dir = parent.empty() ? std::string(".") : std::string(parent);
    dirs[dir].insert(std::string(text::basename(path)));
    first.emplace(dir, at.path.empty() ? Evidence{path, 0, ""} : at);
  };
  // The components probe already leaves out examples, docs and dev
  // containers; the manifest and container families do not, on purpose.
  // A pom.xml the manifest probe did not take as the project's (a BOM
  // another build writes for Maven users) is no component either.
  auto maven_manifest = [&](const std::string& path) {
    return std::any_of(f.manifests.manifests.begin(), f.manifests.manifests.end(),
                       [&](const Manifest& m) { return m.path == path; });
  };
  for (const auto& c : f.git.components)
    if (text::basename(c.at.path) != "pom.xml" || maven_manifest(c.at.path)) add(c.at.path, c.at);
  std::vector<Evidence> evidence;
  std::vector<std::string> parts;
  int nested = 0;
  for (const auto& [dir, files] : dirs) {
    nested += dir == "." ? 0 : 1;
    std::vector<std::string> names(files.begin(), files.end());
    parts.push_back(code(dir == "." ? "./" : dir + "/") + " (" + text::join(names, ", ") + ")");
    evidence.push_back(first[dir]);
  }
  // The workspace config (pnpm-workspace.yaml, lerna.json, Cargo's
  // [workspace] ...) is the evidence; a command run with the tool
  // (`lerna publish`) only where no config is found.
  auto workspace = f.tools_for("monorepo");
  std::stable_partition(workspace.begin(), workspace.end(),
                        [](const ToolUse* t) { return t->how == ToolHow::configured; });
  for (const ToolUse* t : workspace)
    if (t->how != ToolHow::dependency) {
      // "Lerna workspace", but "pnpm workspaces", not "pnpm workspaces workspace".
      bool named = text::icontains(t->tool, "workspace");
      // Subprojects declared in one build (Gradle, sbt) have no manifests
      // of their own to count.
      std::string count = dirs.size() >= 2
                              ? "; " + plural(static_cast<long>(dirs.size()), "component")
                              : "";
      return adopted(t->tool + (named ? "" : " workspace") + " (" + code(t->at.path) + ")" + count,
                     {t->at});
    }
  if (nested >= 2)
    return adopted(plural(static_cast<long>(dirs.size()), "component") +
                       " with their own manifest or Dockerfile: " + first_names(parts, 6),
                   evidence);
  if (dirs.empty()) return not_started("No manifest or Dockerfile: no components");
  if (dirs.size() == 1) return not_started("Single component: " + first_names(parts, 3), evidence);
  return not_started(plural(static_cast<long>(dirs.size()), "component") + ", only " +
                         std::to_string(nested) + " below the root: " + first_names(parts, 3),
                     evidence);
}

Assessment decide_codeowners(const RepoFacts& f) {
  for (const auto& c : f.git.codeowners)
    if (c.rules > 0)
      return adopted(code(c.path) + " — " + plural(c.rules, "ownership rule"), {c.at});
  if (!f.git.codeowners.empty())
    return not_started(code(f.git.codeowners.front().path) + " assigns no owners",
                       {f.git.codeowners.front().at});
  return not_started("No CODEOWNERS file");
}

}  // namespace

std::vector<RuleRow> source_control_rules() {
  return {
      {"git", decide_git},
      {"branch-protection", decide_branch_protection},
      {"conventional-commits", decide_conventional_commits},
      {"signed-commits", decide_signed_commits},
      {"git-hooks", decide_git_hooks},
      {"hook-tests", decide_hook_tests},
      {"monorepo", decide_monorepo},
      {"codeowners", decide_codeowners},
  };
}

}  // namespace practrack
