// Continuous Integration: decided from CiFacts (one pipeline per CI config)
// and, for the test-running practices, the tool uses the resolver found in
// CI commands (tools_ci.cc).
#include <algorithm>
#include <map>
#include <set>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "rules/source_notes.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kNoCi =
    "No CI configuration found (GitLab CI, GitHub Actions, Jenkins, CircleCI, Azure, "
    "Bitbucket, Travis, Drone, Woodpecker, Buildkite)";

// No pipeline was read. A config file that exists but could not be parsed
// is named with its error, so a syntax error is not taken for no CI.
Assessment no_ci(const RepoFacts& f) {
  const auto& bad = f.ci.unparsed;
  if (bad.empty()) return not_started(kNoCi);
  std::string more = bad.size() > 1 ? " (+" + std::to_string(bad.size() - 1) + " more)" : "";
  return not_started("CI configuration " + code(bad.front().path) +
                         " exists but could not be parsed: " + bad.front().excerpt + more,
                     {Evidence{bad.front().path, bad.front().line, ""}});
}

// --- notes -----------------------------------------------------------------

// "`.gitlab-ci.yml` — 7 stages, 23 jobs" / "GitHub Actions `ci.yml` — 4 jobs".
std::string describe(const CiPipeline& p) {
  std::string s =
      p.system == "gitlab-ci" ? code(p.path) : ci_system_title(p.system) + " " + code(p.path);
  std::vector<std::string> counts;
  if (!p.stages.empty() && p.system != "github-actions")
    counts.push_back(plural(static_cast<long>(p.stages.size()), "stage"));
  if (p.system != "jenkins" || p.stages.empty())  // a Jenkins stage is its job
    counts.push_back(plural(static_cast<long>(p.jobs.size()), "job"));
  return s + " — " + text::join(counts, ", ");
}

// Up to `max` items, then "+N more".
std::string list_some(const std::vector<std::string>& items, std::size_t max = 3) {
  std::vector<std::string> shown(items.begin(),
                                 items.begin() + static_cast<long>(std::min(max, items.size())));
  std::string s = text::join(shown, "; ");
  if (items.size() > max) s += "; +" + std::to_string(items.size() - max) + " more";
  return s;
}

// "; not read, could not be parsed: `x.yml` (line 4)" when some CI files
// were not read.
std::string unparsed_note(const RepoFacts& f) {
  if (f.ci.unparsed.empty()) return "";
  std::vector<std::string> names;
  for (const Evidence& e : f.ci.unparsed)
    names.push_back(code(e.path) + (e.line > 0 ? " (line " + std::to_string(e.line) + ")" : ""));
  return "; not read, could not be parsed: " + list_some(names, 3);
}

std::vector<std::string> unique_in_order(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const auto& s : in)
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

// GitLab includes from other projects, URLs, templates or components are
// never fetched; a negative note says so.
std::string unread(const RepoFacts& f) {
  return f.ci.unread_includes ? " (remote GitLab includes not read)" : "";
}

Evidence pipeline_evidence(const CiPipeline& p) {
  return p.triggers.at.path.empty() ? p.at : p.triggers.at;
}

// Jobs of every pipeline matching `pred`, as "`path`: a, b, c" parts.
template <typename Pred>
std::vector<std::string> jobs_where(const RepoFacts& f, Pred pred, std::vector<Evidence>& ev,
                                    long& count) {
  std::vector<std::string> parts;
  count = 0;
  for (const auto& p : f.ci.pipelines) {
    std::vector<std::string> names;
    for (const auto& j : p.jobs)
      if (pred(j)) {
        names.push_back(j.name);
        if (ev.size() < 8) ev.push_back(j.at);
      }
    if (names.empty()) continue;
    count += static_cast<long>(names.size());
    std::vector<std::string> shown(
        names.begin(), names.begin() + static_cast<long>(std::min<std::size_t>(4, names.size())));
    std::string more = names.size() > 4 ? " +" + std::to_string(names.size() - 4) : "";
    parts.push_back(code(p.path) + ": " + text::join(shown, ", ") + more);
  }
  return parts;
}

// --- ci-on-push / ci-on-mr / ci-multi-system --------------------------------

// Pipelines grouped by system: "`.gitlab-ci.yml` — 7 stages, 23 jobs;
// GitHub Actions `ci.yml` — 4 jobs, `docs.yml` — 1 job".
std::string describe_all(const std::vector<const CiPipeline*>& ps, std::string_view suffix = "") {
  std::vector<std::string> systems, parts;
  for (const CiPipeline* p : ps)
    if (std::find(systems.begin(), systems.end(), p->system) == systems.end())
      systems.push_back(p->system);
  for (const auto& sys : systems) {
    std::vector<std::string> items;
    for (const CiPipeline* p : ps)
      if (p->system == sys) {
        std::string d = describe(*p);
        if (sys != "gitlab-ci") d = d.substr(ci_system_title(sys).size() + 1);
        items.push_back(d);
      }
    std::vector<std::string> shown(
        items.begin(), items.begin() + static_cast<long>(std::min<std::size_t>(3, items.size())));
    std::string s = text::join(shown, ", ");
    if (items.size() > 3) s += " +" + std::to_string(items.size() - 3) + " more";
    parts.push_back(sys == "gitlab-ci" ? s : ci_system_title(sys) + " " + s);
  }
  return text::join(parts, "; ") + std::string(suffix);
}

std::string branches_of(const CiPipeline& p) {
  std::vector<std::string> names;
  for (const auto& b : p.triggers.branches)
    names.push_back(is_default_branch(b) && text::contains(b, "$") ? "the default branch" : b);
  return text::join(names, ", ");
}

Assessment ci_on_push(const RepoFacts& f) {
  const auto& ps = f.ci.pipelines;
  if (ps.empty()) return no_ci(f);
  std::vector<const CiPipeline*> every, limited_mr, some;
  std::vector<Evidence> ev;
  for (const auto& p : ps) {
    if (!p.triggers.push) continue;
    ev.push_back(pipeline_evidence(p));
    // Push limited to some branches still covers every change when the
    // same pipeline runs on merge requests.
    if (p.triggers.branches.empty())
      every.push_back(&p);
    else
      (p.triggers.merge_request ? limited_mr : some).push_back(&p);
  }
  // One part per CI system, its pipelines on every push first, so the note
  // never goes "GitHub Actions ...; Travis CI ...; GitHub Actions ...".
  std::vector<std::string> systems, parts;
  for (const auto* group : {&every, &limited_mr})
    for (const CiPipeline* p : *group)
      if (std::find(systems.begin(), systems.end(), p->system) == systems.end())
        systems.push_back(p->system);
  for (const auto& sys : systems) {
    auto of_sys = [&](const std::vector<const CiPipeline*>& group) {
      std::vector<const CiPipeline*> out;
      for (const CiPipeline* p : group)
        if (p->system == sys) out.push_back(p);
      return out;
    };
    auto all = of_sys(every), limited = of_sys(limited_mr);
    std::string part = all.empty() ? "" : describe_all(all);
    if (!limited.empty()) {
      std::string more = describe_all(limited, " (on push to " + branches_of(*limited.front()) +
                                                   " and on merge requests)");
      if (!part.empty() && sys != "gitlab-ci") more = more.substr(ci_system_title(sys).size() + 1);
      part += part.empty() ? more : ", " + more;
    }
    parts.push_back(part);
  }
  std::string unread = unparsed_note(f);
  if (!parts.empty()) return adopted(text::join(parts, "; ") + unread, ev);
  if (!some.empty())
    return partial(
        describe_all(some, " — push to " + branches_of(*some.front()) + " only") + unread, ev);
  std::vector<const CiPipeline*> all;
  for (const auto& p : ps) all.push_back(&p);
  return partial(
      describe_all(all, " — never on push (manual, schedule or merge requests only)") + unread,
      {ps.front().at});
}

// Whether a job works on the repository's code. Under GitHub's
// pull_request_target a workflow runs in the base repository's context
// for repository chores (labellers, issue managers, project boards, PR
// title checks): a job there that neither checks code out nor calls a
// reusable workflow builds and tests nothing, so it is no CI. Elsewhere an
// action may check out and build by itself (CIFuzz, govulncheck-action).
bool works_on_code(const RepoFacts& f, const CiPipeline& p, const CiJob& j) {
  if (p.system != "github-actions") return true;
  bool chores = std::any_of(f.ci.workflows.begin(), f.ci.workflows.end(), [&](const auto& w) {
    return w.path == p.path &&
           std::find(w.privileged_triggers.begin(), w.privileged_triggers.end(),
                     "pull_request_target") != w.privileged_triggers.end();
  });
  if (!chores) return true;
  if (j.script.empty() && j.uses.empty()) return true;  // a local reusable workflow
  for (const auto& u : j.uses)
    if (text::starts_with(u, "actions/checkout") || text::contains(u, "/.github/workflows/"))
      return true;
  for (const auto& l : j.script)
    if (text::contains(l, "git clone") || text::contains(l, "git checkout") ||
        text::contains(l, "gh pr checkout"))
      return true;
  return false;
}

Assessment ci_on_mr(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  for (const auto& p : f.ci.pipelines) {
    bool ci = std::any_of(p.jobs.begin(), p.jobs.end(),
                          [&](const CiJob& j) { return works_on_code(f, p, j); });
    if (!ci) continue;
    std::vector<std::string> stages;
    for (const auto& j : p.jobs)
      if (j.merge_request && works_on_code(f, p, j))
        stages.push_back(p.system == "gitlab-ci" ? j.stage : j.name);
    if (stages.empty() && !p.triggers.merge_request) continue;
    ev.push_back(pipeline_evidence(p));
    stages = unique_in_order(stages);
    std::string what = p.system == "gitlab-ci" ? "stages " : "jobs ";
    std::vector<std::string> shown(
        stages.begin(),
        stages.begin() + static_cast<long>(std::min<std::size_t>(6, stages.size())));
    std::string more = stages.size() > 6 ? " +" + std::to_string(stages.size() - 6) : "";
    std::string all =
        p.system == "circleci" ? " — every job (pull-request branches are built)" : " — every job";
    parts.push_back(code(p.path) +
                    (stages.empty() ? all : " — " + what + text::join(shown, ", ") + more));
  }
  if (parts.empty()) return not_started("No CI job runs on merge/pull request events" + unread(f));
  return adopted("Runs on merge/pull requests: " + list_some(parts), ev);
}

Assessment ci_multi_system(const RepoFacts& f) {
  std::vector<std::string> systems;
  std::map<std::string, std::vector<std::string>> by_system;
  std::vector<Evidence> ev;
  for (const auto& p : f.ci.pipelines) {
    if (!by_system.count(p.system)) {
      systems.push_back(p.system);
      ev.push_back(p.at);
    }
    by_system[p.system].push_back(code(p.path));
  }
  if (systems.empty()) return no_ci(f);
  std::vector<std::string> parts;
  for (const auto& s : systems)
    parts.push_back(ci_system_title(s) + " (" + list_some(by_system[s], 2) + ")");
  if (systems.size() >= 2) return adopted(text::join(parts, "; "), ev);
  return not_started("One CI system only: " + parts.front());
}

// --- dynamic and scheduled pipelines -------------------------------------

const CiJob* find_job(const CiPipeline& p, const std::string& name) {
  for (const auto& j : p.jobs)
    if (j.name == name) return &j;
  return nullptr;
}

// The generator's command: the line naming the artifact, else its last line.
std::string generator_line(const CiJob& gen, const std::string& artifact) {
  if (gen.script.empty()) return "";
  std::string_view base = text::basename(artifact);
  for (const auto& l : gen.script)
    if (!base.empty() && text::contains(l, base)) return l;
  return gen.script.back();
}

std::string dynamic_note(const CiPipeline& p, const CiJob& j) {
  std::string note = code(p.path) + ": " + code(j.name) +
                     " triggers a child pipeline from artifact " + code(j.child_artifact);
  const CiJob* gen = find_job(p, j.child_source_job);
  if (gen) {
    std::string line = generator_line(*gen, j.child_artifact);
    note += " generated by " + code(gen->name) +
            (line.empty() ? "" : " (" + code(text::excerpt(line, 80)) + ")");
  }
  return note;
}

Assessment dynamic_pipelines(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  bool static_children = false;
  for (const auto& p : f.ci.pipelines) {
    for (const auto& j : p.jobs) {
      if (j.dynamic_child) parts.push_back(dynamic_note(p, j));
      if (j.dynamic_matrix)
        parts.push_back(code(p.path) + ": job " + code(j.name) +
                        " builds its matrix from a previous job's output");
      if (j.dynamic_child || j.dynamic_matrix) ev.push_back(j.at);
      static_children = static_children || j.child_pipeline;
    }
    if (p.system == "buildkite" && p.generated_config) {
      parts.push_back(code(p.path) +
                      ": steps uploaded at run time (`buildkite-agent pipeline upload`)");
      ev.push_back(p.at);
    }
    if (p.system == "circleci" && p.generated_config) {
      parts.push_back(code(p.path) + ": setup workflow continues with generated config");
      ev.push_back(p.at);
    }
  }
  if (!parts.empty()) return adopted(list_some(parts), ev);
  return not_started(static_children ? "Child pipelines use static config only"
                                     : "No generated child pipelines or dynamic matrices");
}

// "hourly" / "daily" / "weekly" for common cron shapes, else the expression.
std::string describe_cron(const std::string& cron) {
  auto f = text::split(text::trim(cron), ' ');
  std::vector<std::string_view> parts;
  for (auto p : f)
    if (!p.empty()) parts.push_back(p);
  std::string expr = code(cron);
  if (parts.size() != 5) return "cron " + expr;
  bool any_dom = parts[2] == "*", any_mon = parts[3] == "*", any_dow = parts[4] == "*";
  if (parts[1] == "*" && any_dom && any_mon && any_dow) return "hourly cron " + expr;
  if (text::starts_with(parts[1], "*/"))
    return "every " + std::string(parts[1].substr(2)) + "h cron " + expr;
  if (any_dom && any_mon && any_dow) return "daily cron " + expr;
  if (any_dom && any_mon) return "weekly cron " + expr;
  if (any_mon) return "monthly cron " + expr;
  return "cron " + expr;
}

Assessment scheduled_pipelines(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  for (const auto& p : f.ci.pipelines) {
    std::vector<std::string> crons;
    for (const auto& c : p.triggers.crons) crons.push_back(describe_cron(c));
    long n = 0;
    for (const auto& j : p.jobs) n += j.schedule ? 1 : 0;
    if (!crons.empty()) {
      parts.push_back(code(p.path) + " — " + list_some(unique_in_order(crons), 2));
      ev.push_back(pipeline_evidence(p));
    } else if (p.triggers.schedule || n > 0) {
      parts.push_back(code(p.path) + " — " +
                      (n > 0 ? plural(n, "job") + " run on scheduled pipelines"
                             : std::string("pipelines run on schedules")) +
                      " (the schedule itself is set on the server)");
      ev.push_back(pipeline_evidence(p));
    }
  }
  if (parts.empty())
    return not_started("No scheduled pipelines (no cron trigger or schedule rule)" + unread(f));
  return adopted(list_some(parts), ev);
}

// --- artifacts, reports, validation ------------------------------------------

Assessment ci_artifacts(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<Evidence> ev;
  long n = 0;
  auto parts = jobs_where(
      f, [](const CiJob& j) { return j.artifacts; }, ev, n);
  if (n == 0) return not_started("No CI job keeps artifacts" + unread(f));
  return adopted(
      plural(n, "job") + (n == 1 ? " keeps" : " keep") + " artifacts — " + list_some(parts), ev);
}

// Tool uses of a practice that run in CI, and those that run elsewhere.
void split_uses(const RepoFacts& f, std::string_view practice, std::vector<const ToolUse*>& in_ci,
                std::vector<const ToolUse*>& other) {
  for (const ToolUse* u : f.tools_for(practice))
    (u->how == ToolHow::run && u->origin == Origin::ci ? in_ci : other).push_back(u);
}

std::string tools_note(const std::vector<const ToolUse*>& uses) {
  std::vector<std::string> parts;
  for (const ToolUse* u : uses) {
    std::string where =
        u->how == ToolHow::run
            ? std::string(origin_name(u->origin)) + (u->detail.empty() ? "" : " " + u->detail)
            : std::string(tool_how_name(u->how)) + " in " + code(u->at.path);
    parts.push_back(u->tool + " (" + where + ")");
  }
  return list_some(unique_in_order(parts));
}

std::vector<Evidence> tools_evidence(const std::vector<const ToolUse*>& uses) {
  std::vector<Evidence> ev;
  for (const ToolUse* u : uses)
    if (ev.size() < 8) ev.push_back(u->at);
  return ev;
}

Assessment junit_reports(const RepoFacts& f) {
  std::vector<Evidence> ev;
  long n = 0;
  auto parts = jobs_where(
      f, [](const CiJob& j) { return j.junit_report; }, ev, n);
  std::vector<const ToolUse*> in_ci, other;
  split_uses(f, "junit-reports", in_ci, other);
  if (n > 0)
    return adopted(plural(n, "job") + (n == 1 ? " hands" : " hand") +
                       std::string(" test reports to CI — ") + list_some(parts),
                   ev);
  if (!in_ci.empty())
    return adopted("JUnit XML written in CI: " + tools_note(in_ci), tools_evidence(in_ci));
  if (!other.empty())
    return partial("JUnit XML produced but not handed to CI: " + tools_note(other),
                   tools_evidence(other));
  if (f.ci.pipelines.empty()) return no_ci(f);
  return not_started("No JUnit/xUnit test report produced or handed to CI");
}

Assessment dry_run_validation(const RepoFacts& f) {
  return decide_by_tools(f, "dry-run-validation", UnrunPolicy::not_started,
                         "No dry-run validation (robot --dryrun, terraform validate, actionlint, "
                         "docker compose config ...)");
}

// --- scripts -------------------------------------------------------------------

const ShellScript* shell_script(const RepoFacts& f, const std::string& path) {
  for (const auto& s : f.scripts.shell_scripts)
    if (s.path == path) return &s;
  return nullptr;
}

// "in `ci/`" when every path shares one folder.
std::string common_folder(const std::vector<std::string>& paths) {
  std::string dir(text::dirname(paths.front()));
  for (const auto& p : paths)
    if (text::dirname(p) != dir) return "";
  return dir.empty() ? "" : " in " + code(dir + "/");
}

Assessment ci_scripts(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<std::string> paths;
  std::vector<Evidence> ev;
  for (const auto& c : f.ci.called_scripts)
    if (std::find(paths.begin(), paths.end(), c.path) == paths.end()) {
      paths.push_back(c.path);
      if (ev.size() < 8) ev.push_back(c.at);
    }
  // Scripts reached through tox, make or package scripts are the CI's too.
  std::vector<std::string> ways;
  for (const auto& c : f.ci.indirect_scripts)
    if (std::find(paths.begin(), paths.end(), c.path) == paths.end()) {
      paths.push_back(c.path);
      // One CI line may reach several scripts: quote it once.
      bool quoted = std::any_of(ev.begin(), ev.end(), [&](const Evidence& e) {
        return e.path == c.at.path && e.line == c.at.line;
      });
      if (ev.size() < 8 && !quoted) ev.push_back(c.at);
      if (std::find(ways.begin(), ways.end(), code(c.job)) == ways.end())
        ways.push_back(code(c.job));
    }
  if (paths.empty())
    return not_started(
        "CI jobs run inline commands only; no script kept in the repository is called");
  long shell = 0, strict = 0;
  std::vector<std::string> lax;
  for (const auto& p : paths)
    if (const ShellScript* s = shell_script(f, p)) {
      ++shell;
      if (s->strict)
        ++strict;
      else
        lax.push_back(code(p));
    }
  std::string note =
      plural(static_cast<long>(paths.size()), "script") + common_folder(paths) + " called by CI";
  if (!ways.empty()) note += " (through " + list_some(ways) + ")";
  if (shell == 0) {
    std::vector<std::string> shown;
    for (const auto& p : paths) shown.push_back(code(p));
    return adopted(note + " (" + list_some(shown) + ")", ev);
  }
  if (strict == shell) {
    bool all_shell = shell == static_cast<long>(paths.size());
    std::string who =
        all_shell ? (shell == 1 ? "it uses" : "all use")
                  : "the " + plural(shell, "shell script") + (shell == 1 ? " uses" : " all use");
    return adopted(note + " — " + who + " `set -euo pipefail`", ev);
  }
  return partial(note + " — " + std::to_string(strict) + " of " + plural(shell, "shell script") +
                     " use `set -euo pipefail`; lacking: " + list_some(lax),
                 ev);
}

// --- parallel, flaky, caching -------------------------------------------------

bool is_test_job(const CiJob& j) {
  return text::icontains(j.name, "test") || text::icontains(j.stage, "test") ||
         text::icontains(j.name, "spec") || text::icontains(j.name, "check");
}


// The CI jobs that run tests: named for them ("test", "spec"), or running
// a test tool (the job a unit-tests use was found in). An analysis
// matrix (CodeQL's languages, an ABI check per library) tests nothing.
std::set<std::string> test_job_names(const RepoFacts& f) {
  std::set<std::string> out;
  for (const auto& u : f.tools)
    if (u.how == ToolHow::run && u.origin == Origin::ci && text::starts_with(u.detail, "job ") &&
        (u.practice == "unit-tests" || u.practice == "integration-tests" ||
         u.practice == "e2e-tests" || u.practice == "test-coverage"))
      out.insert(job_in(u.detail));
  return out;
}

bool runs_tests(const CiJob& j, const std::set<std::string>& tested) {
  if (tested.count(j.name)) return true;
  bool analysis = std::any_of(j.uses.begin(), j.uses.end(), [](const std::string& u) {
    return text::starts_with(text::lower(u), "github/codeql-action");
  });
  return !analysis && (text::icontains(j.name, "test") || text::icontains(j.stage, "test") ||
                       text::icontains(j.name, "spec"));
}

Assessment parallel_tests(const RepoFacts& f) {
  std::vector<const ToolUse*> in_ci, other;
  split_uses(f, "parallel-tests", in_ci, other);
  std::vector<Evidence> ev;
  long split = 0;
  auto parts = jobs_where(
      f, [](const CiJob& j) { return j.parallel_count > 1; }, ev, split);
  auto runs = f.tools_for("parallel-tests");
  std::vector<const ToolUse*> run;
  for (const ToolUse* u : runs)
    if (u->how == ToolHow::run) run.push_back(u);
  if (!run.empty())
    return adopted("Within-suite parallelism: " + tools_note(run), tools_evidence(run));
  // Asked for in the test code itself (Rails' test helper).
  if (auto asked = uses_of(f, {"parallel-test"}); !asked.empty())
    return adopted("Within-suite parallelism: " + uses_note(asked), uses_evidence(asked));
  if (split > 0)
    return adopted("Suite split across parallel jobs (`parallel: N`) — " + list_some(parts), ev);
  std::vector<Evidence> mev;
  long matrix = 0;
  auto tested = test_job_names(f);
  auto mparts = jobs_where(
      f, [&](const CiJob& j) { return j.parallel && runs_tests(j, tested); }, mev, matrix);
  if (matrix > 0)
    return partial(
        "Matrix jobs run side by side (" + list_some(mparts) + "); no intra-suite parallelism",
        mev);
  for (const auto& p : f.ci.pipelines) {
    std::map<std::string, int> per_stage;
    for (const auto& j : p.jobs)
      if (is_test_job(j) && ++per_stage[j.stage] == 2)
        return partial(code(p.path) + ": several test jobs run side by side in stage " +
                           code(j.stage) + "; no intra-suite parallelism",
                       {j.at});
  }
  if (f.ci.pipelines.empty()) return no_ci(f);
  return not_started("No parallel test execution");
}

// The CI job a tool use was found in ("job NAME" in that file), or null.
const CiJob* job_of(const RepoFacts& f, const ToolUse& u) {
  if (u.origin != Origin::ci || !text::starts_with(u.detail, "job ")) return nullptr;
  std::string name = job_in(u.detail);
  for (const auto& p : f.ci.pipelines)
    if (p.path == u.at.path)
      for (const auto& j : p.jobs)
        if (j.name == name) return &j;
  return nullptr;
}

Assessment flaky_tests(const RepoFacts& f) {
  auto uses = f.tools_for("flaky-tests");
  std::vector<const ToolUse*> run;
  auto tested = test_job_names(f);
  for (const ToolUse* u : uses) {
    if (u->how != ToolHow::run && u->how != ToolHow::configured) continue;
    // A retry action retries whatever its step runs: it is about flaky
    // tests in a job that tests (laravel retries `composer update` and
    // `redis-cli ping`; trial 13).
    if (u->tool == "retry action")
      if (const CiJob* j = job_of(f, *u); j && !runs_tests(*j, tested)) continue;
    run.push_back(u);
  }
  if (!run.empty())
    return adopted("Retries of failing tests: " + tools_note(run), tools_evidence(run));
  std::vector<Evidence> ev;
  long n = 0;
  auto parts = jobs_where(
      f, [](const CiJob& j) { return j.retry && is_test_job(j); }, ev, n);
  if (n > 0)
    return adopted("CI `retry:` on " + plural(n, "test job") + " — " + list_some(parts), ev);
  auto marked = uses_of(f, {"flaky-test"});
  if (!marked.empty())
    return adopted("Tests marked to rerun on failure: " + uses_note(marked), uses_evidence(marked));
  return not_started("No retry/quarantine mechanism for intermittent failures" + unread(f));
}

Assessment ci_caching(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return no_ci(f);
  std::vector<Evidence> ev;
  long n = 0;
  auto parts = jobs_where(
      f, [](const CiJob& j) { return j.cache; }, ev, n);
  std::vector<const ToolUse*> in_ci, other;
  split_uses(f, "ci-caching", in_ci, other);
  if (n > 0) return adopted("Caches in " + plural(n, "job") + " — " + list_some(parts), ev);
  if (!in_ci.empty())
    return adopted("Build cache in CI: " + tools_note(in_ci), tools_evidence(in_ci));
  return not_started("No dependency cache between pipeline runs" + unread(f));
}

}  // namespace

std::vector<RuleRow> ci_rules() {
  return {
      {"ci-on-push", ci_on_push},
      {"ci-on-mr", ci_on_mr},
      {"ci-multi-system", ci_multi_system},
      {"dynamic-pipelines", dynamic_pipelines},
      {"scheduled-pipelines", scheduled_pipelines},
      {"ci-artifacts", ci_artifacts},
      {"junit-reports", junit_reports},
      {"dry-run-validation", dry_run_validation},
      {"ci-scripts", ci_scripts},
      {"parallel-tests", parallel_tests},
      {"flaky-tests", flaky_tests},
      {"ci-caching", ci_caching},
  };
}

}  // namespace practrack
