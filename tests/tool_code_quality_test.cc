// The code-quality rules over facts from the manifest probes and the tool
// resolver; commands, hooks and actions of other families are added by hand.
#include <gtest/gtest.h>

#include "probes/probe.h"
#include "rules/rule.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Repo {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  bool scanned = false;

  void command(Origin origin, std::string system, std::string context, std::string text,
               std::string path, int line) {
    Command c;
    c.origin = origin;
    c.system = std::move(system);
    c.context = std::move(context);
    c.text = std::move(text);
    c.at = {std::move(path), line, ""};
    facts.commands.push_back(std::move(c));
  }
  void hook(std::string id, int line) {
    Hook h;
    h.manager = "pre-commit";
    h.id = std::move(id);
    h.stage = "pre-commit";
    h.at = {".pre-commit-config.yaml", line, ""};
    facts.hooks.hooks.push_back(std::move(h));
  }
  void action(std::string name, std::string job, std::string path, int line) {
    ActionRef a;
    a.system = "github-actions";
    a.name = std::move(name);
    a.job = std::move(job);
    a.at = {std::move(path), line, ""};
    facts.actions.push_back(std::move(a));
  }
  Assessment decide(std::string_view practice) {
    if (!scanned) {
      ScanContext ctx(tree, diags);
      for (const auto& row : manifest_probes()) row.run(ctx, facts);
      for (const auto& row : tool_probes()) row.run(ctx, facts);
      scanned = true;
    }
    for (const auto& row : code_quality_rules())
      if (row.practice == practice) return row.decide(facts);
    ADD_FAILURE() << "no rule for " << practice;
    return {};
  }
};

bool has(const std::string& note, std::string_view part) {
  return note.find(part) != std::string::npos;
}

TEST(ToolCodeQuality, EveryPracticeOfTheCategoryHasARule) {
  EXPECT_EQ(code_quality_rules().size(), 13u);
}

TEST(ToolCodeQuality, LintingRunInHookCiAndMake) {
  Repo r;
  r.tree.add("pyproject.toml", "[tool.ruff]\nline-length = 100\n");
  r.hook("ruff", 5);
  r.command(Origin::ci, "gitlab-ci", "lint", "uv run ruff check .", ".gitlab-ci.yml", 12);
  r.command(Origin::make, "make", "code-lint", "ruff check src", "Makefile", 3);
  Assessment a = r.decide("linting");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "ruff (")) << a.note;
  EXPECT_TRUE(has(a.note, "hook pre-commit")) << a.note;
  EXPECT_TRUE(has(a.note, "job lint")) << a.note;
  EXPECT_TRUE(has(a.note, "make code-lint")) << a.note;
  std::vector<std::string> paths;
  for (const auto& e : a.evidence) paths.push_back(e.path + ":" + std::to_string(e.line));
  EXPECT_EQ(paths, (std::vector<std::string>{".gitlab-ci.yml:12", ".pre-commit-config.yaml:5",
                                             "Makefile:3", "pyproject.toml:1"}));
}

TEST(ToolCodeQuality, LintingConfiguredButNeverRunIsPartial) {
  Repo r;
  r.tree.add(".eslintrc.json", "{}");
  Assessment a = r.decide("linting");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_TRUE(has(a.note, "eslint")) << a.note;
  EXPECT_TRUE(has(a.note, "never run")) << a.note;
  EXPECT_EQ(r.decide("formatting").status, Status::not_started);
}

TEST(ToolCodeQuality, FormattingNeedsARun) {
  Repo r;
  r.tree.add(".clang-format", "BasedOnStyle: Google\n");
  EXPECT_EQ(r.decide("formatting").status, Status::not_started);
  Repo run;
  run.tree.add(".clang-format", "BasedOnStyle: Google\n");
  run.command(Origin::make, "make", "format", "clang-format -i $(SRC)", "Makefile", 30);
  Assessment a = run.decide("formatting");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "clang-format (make format")) << a.note;
}

TEST(ToolCodeQuality, TypeCheckingByCheckerOrStrictCompiler) {
  Repo mypy;
  mypy.hook("mypy", 9);
  EXPECT_EQ(mypy.decide("type-checking").status, Status::adopted);

  Repo cmake;
  cmake.tree.add("CMakeLists.txt", "project(x)\nadd_compile_options(-Wall -Werror)\n");
  Assessment a = cmake.decide("type-checking");
  EXPECT_EQ(a.status, Status::adopted);
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "CMakeLists.txt");
  EXPECT_EQ(a.evidence[0].line, 2);

  // Behind an option: only the CI job that turns it on counts.
  Repo option;
  option.tree.add("CMakeLists.txt",
                  "project(x)\nif(X_WERROR)\n  add_compile_options(-Werror)\nendif()\n");
  EXPECT_EQ(option.decide("type-checking").status, Status::not_started);
  Repo ci;
  ci.tree.add("CMakeLists.txt",
              "project(x)\nif(X_WERROR)\n  add_compile_options(-Werror)\nendif()\n");
  ci.command(Origin::ci, "github-actions", "build", "make test CMAKE_FLAGS=-DX_WERROR=ON",
             ".github/workflows/ci.yml", 20);
  EXPECT_EQ(ci.decide("type-checking").status, Status::adopted);

  Repo idle;
  idle.tree.add("mypy.ini", "[mypy]\nstrict = True\n");
  Assessment i = idle.decide("type-checking");
  EXPECT_EQ(i.status, Status::not_started);
  EXPECT_TRUE(has(i.note, "mypy")) << i.note;
}

TEST(ToolCodeQuality, ConfigValidationWhitespaceAndConflicts) {
  Repo r;
  r.hook("check-yaml", 3);
  r.hook("trailing-whitespace", 4);
  r.hook("check-merge-conflict", 6);
  EXPECT_EQ(r.decide("config-validation-lint").status, Status::adopted);
  EXPECT_EQ(r.decide("whitespace-fixers").status, Status::adopted);
  Assessment m = r.decide("merge-conflict-check");
  EXPECT_EQ(m.status, Status::adopted);
  EXPECT_TRUE(has(m.note, "check-merge-conflict")) << m.note;

  Repo editorconfig;
  editorconfig.tree.add(".editorconfig", "root = true\n");
  EXPECT_EQ(editorconfig.decide("whitespace-fixers").status, Status::adopted);
  EXPECT_EQ(editorconfig.decide("merge-conflict-check").status, Status::not_started);
  EXPECT_EQ(editorconfig.decide("config-validation-lint").status, Status::not_started);
}

TEST(ToolCodeQuality, DependencyPinningCountsPinsAndLocks) {
  Repo locked;
  locked.tree.add("pyproject.toml", "[project]\nname='a'\ndependencies = ['x>=1', 'y']\n");
  locked.tree.add("uv.lock", "");
  Assessment a = locked.decide("dependency-pinning");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "`uv.lock` committed; 2/2 dependencies pinned")) << a.note;

  Repo exact;
  exact.tree.add("requirements.txt", "x==1.0\ny==2.0\n");
  Assessment e = exact.decide("dependency-pinning");
  EXPECT_EQ(e.status, Status::adopted);
  EXPECT_TRUE(has(e.note, "2/2 dependencies pinned")) << e.note;

  Repo some;
  some.tree.add("requirements.txt", "x==1.0\ny>=2.0\nz\n");
  Assessment s = some.decide("dependency-pinning");
  EXPECT_EQ(s.status, Status::partial);
  EXPECT_TRUE(has(s.note, "1/3 dependencies pinned")) << s.note;

  Repo none;
  none.tree.add("package.json", "{\"dependencies\": {\"a\": \"^1.0.0\"}}");
  Assessment n = none.decide("dependency-pinning");
  EXPECT_EQ(n.status, Status::not_started);
  EXPECT_TRUE(has(n.note, "0/1")) << n.note;

  Repo nothing;
  EXPECT_EQ(nothing.decide("dependency-pinning").status, Status::not_applicable);
}

TEST(ToolCodeQuality, VulnerabilityScanningInCiOrOnlyLocally) {
  Repo ci;
  ci.command(Origin::ci, "github-actions", "audit", "pip-audit --strict", "ci.yml", 40);
  EXPECT_EQ(ci.decide("vulnerability-scanning").status, Status::adopted);

  Repo target;
  target.tree.add("pyproject.toml",
                  "[project]\nname='a'\n[dependency-groups]\ndev = ['pip-audit==2.7.0']\n");
  target.command(Origin::make, "make", "code-audit", "pip-audit", "Makefile", 12);
  Assessment t = target.decide("vulnerability-scanning");
  EXPECT_EQ(t.status, Status::partial);
  EXPECT_TRUE(has(t.note, "pip-audit (make code-audit, dependency in `pyproject.toml`)")) << t.note;
  EXPECT_TRUE(has(t.note, "not run in CI")) << t.note;

  Repo bot;
  bot.tree.add(".github/dependabot.yml",
               "version: 2\nupdates:\n  - package-ecosystem: github-actions\n"
               "    directory: /\n  - package-ecosystem: pip\n    directory: /\n");
  // dependabot.yml shows version updates; security updates are a
  // repository setting no file shows (fd, black, fastapi were overclaimed).
  // An update bot is no scanner (new-user trial 7: moshi's Renovate).
  Assessment b = bot.decide("vulnerability-scanning");
  EXPECT_EQ(b.status, Status::not_started);
  EXPECT_TRUE(has(b.note, "repository setting")) << b.note;
  ASSERT_FALSE(b.evidence.empty());
  EXPECT_EQ(b.evidence[0].line, 5);
  EXPECT_EQ(bot.decide("dependency-updates").status, Status::adopted);

  // Dependabot that only bumps actions patches no vulnerable package.
  Repo actions_only;
  actions_only.tree.add(".github/dependabot.yml",
                        "version: 2\nupdates:\n  - package-ecosystem: github-actions\n");
  EXPECT_EQ(actions_only.decide("vulnerability-scanning").status, Status::not_started);
  EXPECT_EQ(actions_only.decide("dependency-updates").status, Status::adopted);

  Repo nothing;
  EXPECT_EQ(nothing.decide("vulnerability-scanning").status, Status::not_started);
  EXPECT_EQ(nothing.decide("dependency-updates").status, Status::not_started);
}

TEST(ToolCodeQuality, DependencyUpdatesInAnyRenovateLocation) {
  for (const char* path : {"renovate.json", ".github/renovate.json5", ".renovaterc"}) {
    Repo r;
    r.tree.add(path, "{}");
    Assessment a = r.decide("dependency-updates");
    EXPECT_EQ(a.status, Status::adopted) << path;
    EXPECT_TRUE(has(a.note, "Renovate")) << a.note;
  }
}

TEST(ToolCodeQuality, LicenseComplianceMustRun) {
  Repo run;
  run.action("fsfe/reuse-action", "reuse", ".github/workflows/reuse.yml", 14);
  EXPECT_EQ(run.decide("license-compliance").status, Status::adopted);
  Repo idle;
  idle.tree.add("deny.toml", "[licenses]\n");
  Assessment i = idle.decide("license-compliance");
  EXPECT_EQ(i.status, Status::not_started);
  EXPECT_TRUE(has(i.note, "cargo-deny")) << i.note;
}

TEST(ToolCodeQuality, ComplexityLimitEnforcedWhereItsLinterRuns) {
  Repo r;
  r.tree.add("setup.cfg", "[flake8]\nmax-complexity = 10\n");
  r.hook("flake8", 8);
  Assessment a = r.decide("complexity-limits");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "flake8 (max-complexity) in `setup.cfg`, enforced where flake8 runs"))
      << a.note;

  Repo idle;
  idle.tree.add("setup.cfg", "[flake8]\nmax-complexity = 10\n");
  EXPECT_EQ(idle.decide("complexity-limits").status, Status::not_started);

  Repo xenon;
  xenon.command(Origin::ci, "gitlab-ci", "quality", "xenon --max-absolute B src", "ci.yml", 3);
  EXPECT_EQ(xenon.decide("complexity-limits").status, Status::adopted);
}

TEST(ToolCodeQuality, DeadCodeDetection) {
  Repo r;
  r.command(Origin::package_script, "npm", "knip", "knip --production", "package.json", 7);
  Assessment a = r.decide("dead-code-detection");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "knip (package script npm run knip)")) << a.note;
  Repo none;
  EXPECT_EQ(none.decide("dead-code-detection").status, Status::not_started);
}

TEST(ToolCodeQuality, AiReviewOnEveryMergeRequestOrOnDemand) {
  Repo app;
  app.tree.add(".coderabbit.yaml", "reviews: {}\n");
  EXPECT_EQ(app.decide("ai-code-review").status, Status::adopted);

  Repo demand;
  CiPipeline p;
  p.system = "github-actions";
  p.path = ".github/workflows/claude.yml";
  p.triggers.merge_request = false;  // issue_comment only
  CiJob job;
  job.name = "claude";
  job.at = {p.path, 10, ""};
  p.jobs.push_back(job);
  demand.facts.ci.pipelines.push_back(p);
  demand.action("anthropics/claude-code-action", "claude", p.path, 18);
  Assessment d = demand.decide("ai-code-review");
  EXPECT_EQ(d.status, Status::partial);
  EXPECT_TRUE(has(d.note, "only on demand")) << d.note;

  Repo on_mr;
  p.triggers.merge_request = true;
  on_mr.facts.ci.pipelines.push_back(p);
  on_mr.action("anthropics/claude-code-action", "claude", p.path, 18);
  EXPECT_EQ(on_mr.decide("ai-code-review").status, Status::adopted);

  Repo none;
  EXPECT_EQ(none.decide("ai-code-review").status, Status::not_started);
}

TEST(ToolCodeQuality, ReadmeMentionIsNoToolUse) {
  Repo r;
  r.tree.add("README.md", "We lint with ruff and format with black.\n");
  EXPECT_EQ(r.decide("linting").status, Status::not_started);
  EXPECT_EQ(r.decide("formatting").status, Status::not_started);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolCodeQuality, MavenGoalsBoundToTheLifecycleRunWithTheBuild) {
  Repo r;
  r.tree.add("pom.xml",
             "<project><artifactId>a</artifactId><build><plugins>\n"
             "<plugin><artifactId>maven-checkstyle-plugin</artifactId>\n"
             "<executions><execution><goals><goal>check</goal></goals></execution></executions>\n"
             "</plugin>\n"
             "<plugin><artifactId>spotbugs-maven-plugin</artifactId></plugin>\n"
             "</plugins></build></project>\n");
  r.command(Origin::ci, "github-actions", "build", "./mvnw -B -ntp verify",
            ".github/workflows/maven.yml", 30);
  Assessment a = r.decide("linting");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "checkstyle (CI job build → mvn lifecycle")) << a.note;
  // SpotBugs has no bound goal: configured only, after the tool that runs.
  EXPECT_TRUE(has(a.note, "spotbugs (configured in `pom.xml`)")) << a.note;
}

TEST(ToolCodeQuality, GradleQualityPluginsRunWithCheck) {
  Repo r;
  r.tree.add("build.gradle", "plugins {\n  id 'com.diffplug.spotless' version '6.25.0'\n}\n");
  r.command(Origin::ci, "gitlab-ci", "test", "./gradlew check", ".gitlab-ci.yml", 9);
  Assessment a = r.decide("formatting");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "spotless (CI job test → gradle check")) << a.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolCodeQuality, ScriptRunByCiCountsAsCi) {
  Repo r;
  r.command(Origin::script, "sh", "ci/audit.sh", "uv run pip-audit --strict", "ci/audit.sh", 4);
  Assessment local = r.decide("vulnerability-scanning");
  EXPECT_EQ(local.status, Status::partial);  // a script nobody runs in CI

  Repo ci;
  ci.command(Origin::script, "sh", "ci/audit.sh", "uv run pip-audit --strict", "ci/audit.sh", 4);
  ci.command(Origin::ci, "gitlab-ci", "audit", "./ci/audit.sh", ".gitlab-ci.yml", 50);
  Assessment a = ci.decide("vulnerability-scanning");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_TRUE(has(a.note, "pip-audit (CI job audit → ci/audit.sh")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, ".gitlab-ci.yml");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolCodeQuality, AiReviewInAManualGitlabJobIsOnDemand) {
  Repo r;
  CiPipeline p;
  p.system = "gitlab-ci";
  p.path = ".gitlab-ci.yml";
  p.triggers.merge_request = true;
  CiJob build;
  build.name = "build";
  build.at = {p.path, 3, ""};
  CiJob review;
  review.name = "ai-review";
  review.manual = true;
  review.at = {p.path, 0, ""};  // line unknown: found by name
  p.jobs = {build, review};
  r.facts.ci.pipelines.push_back(p);
  r.command(Origin::ci, "gitlab-ci", "ai-review", "pr-agent --pr_url $CI_MERGE_REQUEST_URL review",
            p.path, 40);
  Assessment a = r.decide("ai-code-review");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_TRUE(has(a.note, "PR-Agent (CI job ai-review)")) << a.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolCodeQuality, NothingFoundNamesWhatIsMissing) {
  Repo r;
  r.tree.add("README.md", "# x\n");
  Assessment w = r.decide("whitespace-fixers");
  EXPECT_EQ(w.status, Status::not_started);
  EXPECT_TRUE(has(w.note, "`.editorconfig`")) << w.note;
  EXPECT_EQ(r.decide("license-compliance").note, "No license checker");
  EXPECT_EQ(r.decide("type-checking").status, Status::not_started);
}

TEST(ToolCodeQuality, TypeCheckingDoesNotApplyToShellOnlyRepositories) {
  Repo r;
  r.facts.source.files_by_language = {{"shell", 12}, {"markdown", 3}};
  EXPECT_EQ(r.decide("type-checking").status, Status::not_applicable);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// fd installs `cross` with taiki-e/install-action: that is no coverage run
// (it made check --baseline report a lost practice that never existed).
Status coverage_status(Repo& repo) {
  repo.decide("linting");  // runs the probes once
  for (const auto& a : decide_all(repo.facts))
    if (a.id == "coverage-measurement") return a.status;
  return Status::not_applicable;
}

TEST(ToolTesting, AToolInstallerActionIsNoCoverageRun) {
  Repo fd;
  fd.action("taiki-e/install-action", "build", ".github/workflows/CICD.yml", 105);
  EXPECT_EQ(coverage_status(fd), Status::not_started);
  Repo measured;
  measured.action("taiki-e/install-action", "cov", ".github/workflows/ci.yml", 10);
  measured.command(Origin::ci, "github-actions", "cov", "cargo llvm-cov --lcov",
                   ".github/workflows/ci.yml", 12);
  EXPECT_EQ(coverage_status(measured), Status::adopted);
}

}  // namespace
}  // namespace practrack
