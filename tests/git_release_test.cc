// The release rules (semver, version-command, release-tags, release-notes,
// package-publishing, release-automation), the version-flag probe, and the
// tool rows of the source-control and release categories.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "probes/tool/tool_table.h"
#include "rules/rule.h"
#include "scan/scanner.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

Assessment decide(std::string_view id, const RepoFacts& facts) {
  const RuleRow* row = find_rule(id);
  EXPECT_NE(row, nullptr) << id;
  return row ? row->decide(facts) : Assessment{};
}

Manifest manifest(std::string path, std::string version) {
  Manifest m;
  m.ecosystem = "pypi";
  m.path = path;
  m.version = std::move(version);
  m.at = Evidence{std::move(path), 3, "version = ..."};
  return m;
}

Tag tag(std::string name, bool semver, long long time) {
  Tag t;
  t.name = std::move(name);
  t.semver = semver;
  t.release = true;
  t.time = time;
  return t;
}

ToolUse use(std::string practice, std::string tool, ToolHow how, std::string path) {
  ToolUse u;
  u.practice = std::move(practice);
  u.tool = std::move(tool);
  u.how = how;
  u.origin = Origin::ci;
  u.detail = "release";
  u.at = Evidence{std::move(path), 7, ""};
  return u;
}

TEST(GitReleaseSemver, ManifestAndTags) {
  RepoFacts f;
  f.manifests.manifests.push_back(manifest("pyproject.toml", "0.2.0"));
  Assessment only = decide("semver", f);
  EXPECT_EQ(only.status, Status::partial);
  EXPECT_EQ(only.note, "`0.2.0` in `pyproject.toml`; no semver tags");
  ASSERT_EQ(only.evidence.size(), 1u);
  EXPECT_EQ(only.evidence[0].line, 3);
  f.git.tags.push_back(tag("v0.2.0", true, 1700000000));
  f.git.tags.push_back(tag("v0.1.0", true, 1600000000));
  EXPECT_EQ(decide("semver", f).status, Status::adopted);
  EXPECT_EQ(decide("semver", f).note,
            "`0.2.0` in `pyproject.toml`; 2 semver tags, latest `v0.2.0`");
}

TEST(GitReleaseSemver, TagsOnlyOrNotSemver) {
  RepoFacts f;
  f.git.tags.push_back(tag("v1.4.0", true, 1700000000));
  EXPECT_EQ(decide("semver", f).status,
            Status::adopted);  // Go, setuptools-scm: tags are the version
  f.manifests.manifests.push_back(manifest("setup.py", "2024.1"));
  EXPECT_EQ(decide("semver", f).status, Status::partial);
  f.git.tags.clear();
  EXPECT_EQ(decide("semver", f).status, Status::not_started);
  EXPECT_EQ(decide("semver", RepoFacts{}).note, "No version in manifests and no semver tags");
  RepoFacts pep440;
  pep440.manifests.manifests.push_back(manifest("pyproject.toml", "1.0.0rc1"));
  EXPECT_EQ(decide("semver", pep440).status, Status::partial);
}

// click's pyproject says 8.3.dev between releases tagged 8.2.x: that is
// development, not a non-semver scheme, and no regression at each release.
TEST(GitReleaseSemver, DevelopmentVersionsBetweenReleases) {
  for (const char* version : {"8.3.dev", "8.3.dev0", "2.1-SNAPSHOT", "1.4-dev"}) {
    SCOPED_TRACE(version);
    RepoFacts f;
    f.manifests.manifests.push_back(manifest("pyproject.toml", version));
    Assessment none = decide("semver", f);
    EXPECT_EQ(none.status, Status::not_started);
    EXPECT_NE(none.note.find("marks development between releases; no semver tags"),
              std::string::npos)
        << none.note;
    f.git.tags.push_back(tag("8.2.1", true, 1700000000));
    Assessment tagged = decide("semver", f);
    EXPECT_EQ(tagged.status, Status::adopted) << tagged.note;
    EXPECT_NE(tagged.note.find(std::string("`") + version + "` in `pyproject.toml` marks"),
              std::string::npos)
        << tagged.note;
  }
  // A calendar version stays what it is.
  RepoFacts cal;
  cal.manifests.manifests.push_back(manifest("setup.py", "2024.1"));
  cal.git.tags.push_back(tag("v1.4.0", true, 1700000000));
  EXPECT_EQ(decide("semver", cal).status, Status::partial);
}

TEST(GitReleaseTags, LatestReleaseTagWithDate) {
  RepoFacts f;
  f.git.is_repository = true;
  Tag nightly = tag("nightly", false, 1700000500);
  nightly.release = false;
  f.git.tags.push_back(nightly);
  EXPECT_EQ(decide("release-tags", f).status, Status::not_started);
  EXPECT_EQ(decide("release-tags", f).note, "1 tag, none names a release (latest `nightly`)");
  f.git.tags.push_back(tag("v2.0.0", true, 1700000000));
  EXPECT_EQ(decide("release-tags", f).status, Status::adopted);
  EXPECT_EQ(decide("release-tags", f).note, "1 release tag, latest `v2.0.0` (2023-11-14)");
  f.git.shallow = true;
  f.git.tags.clear();
  EXPECT_EQ(decide("release-tags", f).note, "No release tags (shallow clone: tags may be missing)");
}

// A workspace tags its crates beside the project (ripgrep: "ignore-0.4.33"
// a day after "15.2.0"): the latest release named is the project's own,
// while that line is in use (trial 15).
TEST(GitReleaseTags, TheProjectsOwnLineBeforeItsPackages) {
  constexpr long long kDay = 24 * 3600;
  RepoFacts f;
  f.git.is_repository = true;
  f.git.tags = {tag("ignore-0.4.33", true, 1700000000), tag("globset-0.4.20", true, 1700000000 - kDay),
                tag("15.2.0", true, 1700000000 - 20 * kDay), tag("ignore-0.4.32", true, 1690000000)};
  EXPECT_EQ(decide("release-tags", f).note, "4 release tags, latest `15.2.0` (2023-10-25)");
  EXPECT_NE(decide("semver", f).note.find("latest `15.2.0`"), std::string::npos)
      << decide("semver", f).note;
  // A line given up years ago is not the project's any more.
  f.git.tags[2].time = 1700000000 - 800 * kDay;
  EXPECT_EQ(decide("release-tags", f).note.substr(0, 38), "4 release tags, latest `ignore-0.4.33`");
  // A project that only tags with its name keeps the newest.
  f.git.tags = {tag("gson-parent-2.14.0", true, 1700000000), tag("gson-parent-2.13.0", true, 1690000000)};
  EXPECT_NE(decide("release-tags", f).note.find("latest `gson-parent-2.14.0`"), std::string::npos);
}

// A CI checkout is usually shallow (fetch-depth 1): the git note says the
// history it counted is only what was fetched.
TEST(GitRepoNote, ShallowCloneSaysHowFarItSaw) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.total_commits = 1;
  f.git.shallow = true;
  std::string note = decide("git", f).note;
  EXPECT_NE(note.find("1 commit fetched (shallow clone"), std::string::npos) << note;
  f.git.shallow = false;
  note = decide("git", f).note;
  EXPECT_NE(note.find("1 first-parent commit"), std::string::npos) << note;
}

TEST(GitReleaseVersion, FlagsInSourceButNotInTestsOrToolChecks) {
  MemoryTree tree;
  tree.add("tests/test_cli.py", "parser.add_argument('--version', action='version')\n");
  tree.add("ci/check.sh", "#!/bin/sh\ngit --version\ndocker --version\n");
  tree.add("src/app/__init__.py", "__version__ = '1.0.0'\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  Report none = scan_tree(ctx);
  EXPECT_EQ(none.find("version-command")->status, Status::not_started);

  tree.add("src/app/cli.py",
           "import argparse\n\ndef main():\n    p = argparse.ArgumentParser()\n"
           "    p.add_argument('-V', '--version', action='version', version=__version__)\n");
  Diagnostics diags2;
  ScanContext ctx2(tree, diags2);
  Report r = scan_tree(ctx2);
  const Assessment* a = r.find("version-command");
  EXPECT_EQ(a->status, Status::adopted);
  EXPECT_EQ(a->note, "argparse version action in `src/app/cli.py`");
  ASSERT_EQ(a->evidence.size(), 1u);
  EXPECT_EQ(a->evidence[0].line, 5);
}

TEST(GitReleaseVersion, MultiLineAttributesAndSubcommands) {
  MemoryTree rust;
  rust.add("src/args.rs",
           "use clap::Parser;\n#[derive(Parser)]\n#[command(\n    about,\n"
           "    version,\n)]\npub struct Opt {}\n");
  Diagnostics d1;
  Report r1 = scan_tree(ScanContext(rust, d1));
  EXPECT_EQ(r1.find("version-command")->note, "clap version attribute in `src/args.rs`");
  EXPECT_EQ(r1.find("version-command")->evidence.at(0).line, 3);
  MemoryTree go;
  go.add("cmd/version.go",
         "package cmd\nvar versionCmd = &cobra.Command{\n\tUse: \"version\",\n}\n");
  Diagnostics d2;
  Report r2 = scan_tree(ScanContext(go, d2));
  EXPECT_EQ(r2.find("version-command")->note, "version command in `cmd/version.go`");
  EXPECT_EQ(r2.find("version-command")->evidence.at(0).line, 3);
}

// Regression: --version handled by the CLI library from a field or a
// builder call was not seen.
TEST(GitReleaseVersion, LibraryManagedVersionFlags) {
  auto note_of = [](const char* path, const char* body) {
    MemoryTree tree;
    tree.add(path, body);
    Diagnostics d;
    return scan_tree(ScanContext(tree, d)).find("version-command")->note;
  };
  EXPECT_EQ(
      note_of("src/main.rs", "let m = Command::new(\"x\")\n    .version(clap::crate_version!())\n"),
      "clap version in `src/main.rs`");
  EXPECT_EQ(note_of("src/cli.rs", "App::new(\"x\").version(env!(\"CARGO_PKG_VERSION\"))"),
            "clap version in `src/cli.rs`");
  EXPECT_EQ(note_of("cmd/root.go",
                    "var rootCmd = &cobra.Command{\n\tUse: \"hugo\",\n\tVersion: version,\n}\n"),
            "CLI version field in `cmd/root.go`");
  EXPECT_EQ(note_of("main.go", "app := &cli.App{\n\tName: \"x\",\n\tVersion: \"1.0\",\n}\n"),
            "CLI version field in `main.go`");
  EXPECT_EQ(note_of("cmd/prom/main.go",
                    "a := kingpin.New(\"p\", \"\")\na.Version(version.Print(\"p\"))\n"
                    "kingpin.Version(version.Print(\"p\"))\n"),
            "kingpin version flag in `cmd/prom/main.go`");
  EXPECT_EQ(note_of("cli.py", "@click.command()\n@click.version_option()\ndef main(): pass\n"),
            "click version option in `cli.py`");
  EXPECT_EQ(note_of("tool.py", "p.add_argument('--version', action=\"version\")\n"),
            "argparse version action in `tool.py`");
  // A Version field outside a CLI definition is no flag.
  EXPECT_EQ(note_of("api.go", "obj := Object{\n\tVersion: \"v1\",\n}\n"),
            "No --version flag or version target found");
}

// Regression (click): the library defines version_option() and its
// examples/ use it; click itself has no CLI that reports a version.
TEST(GitReleaseVersion, LibraryDefiningAVersionOptionHasNoVersionCommand) {
  MemoryTree tree;
  tree.add("src/click/decorators.py",
           "def version_option(\n    version=None,\n):\n    \"\"\"Add a ``--version`` option.\"\"\"\n");
  tree.add("examples/naval/naval.py", "@click.command()\n@click.version_option()\ndef cli(): pass\n");
  Diagnostics d;
  EXPECT_EQ(scan_tree(ScanContext(tree, d)).find("version-command")->status, Status::not_started);
  tree.add("src/tool/cli.py", "cli = click.version_option(package_name='tool')(cli)\n");
  Diagnostics d2;
  EXPECT_EQ(scan_tree(ScanContext(tree, d2)).find("version-command")->note,
            "click version option in `src/tool/cli.py`");
  // alertmanager's amtool: kingpin's app.Version(...).
  MemoryTree am;
  am.add("cli/root.go", "app.Version(version.Print(\"amtool\"))\n");
  Diagnostics d3;
  EXPECT_EQ(scan_tree(ScanContext(am, d3)).find("version-command")->note,
            "kingpin version flag in `cli/root.go`");
}

TEST(GitReleaseVersion, MakeVersionTarget) {
  RepoFacts f;
  f.scripts.make_targets.push_back({"version", "Makefile", true, {"@echo $(VERSION)"}, Evidence{"Makefile", 12, ""}});
  EXPECT_EQ(decide("version-command", f).status, Status::adopted);
  EXPECT_EQ(decide("version-command", f).note, "`make version` target");
}

TEST(GitReleaseTools, NotesNeedConfigNotJustADependency) {
  RepoFacts f;
  f.tools.push_back(use("release-notes", "towncrier", ToolHow::dependency, "pyproject.toml"));
  Assessment dep = decide("release-notes", f);
  EXPECT_EQ(dep.status, Status::not_started);
  EXPECT_NE(dep.note.find("towncrier is only listed as a dependency"), std::string::npos);
  f.tools.push_back(use("release-notes", "git-cliff", ToolHow::configured, "cliff.toml"));
  EXPECT_EQ(decide("release-notes", f).status, Status::adopted);
}

TEST(GitReleaseTools, PublishingRunBuildOnlyOrNothing) {
  RepoFacts f;
  EXPECT_EQ(decide("package-publishing", f).status, Status::not_applicable);
  f.manifests.manifests.push_back(manifest("pyproject.toml", "1.0.0"));
  Assessment build = decide("package-publishing", f);
  EXPECT_EQ(build.status, Status::partial);
  EXPECT_EQ(build.note, "`pyproject.toml` can build a package; nothing publishes it");
  f.tools.push_back(use("package-publishing", "twine", ToolHow::run, ".gitlab-ci.yml"));
  Assessment run = decide("package-publishing", f);
  EXPECT_EQ(run.status, Status::adopted);
  EXPECT_EQ(run.note, "twine (CI release)");
}

TEST(GitReleaseTools, ReleaseAutomationMustRun) {
  RepoFacts f;
  f.tools.push_back(
      use("release-automation", "goreleaser", ToolHow::configured, ".goreleaser.yml"));
  EXPECT_EQ(decide("release-automation", f).status, Status::not_started);
  f.tools.push_back(use("release-automation", "action-gh-release", ToolHow::run,
                        ".github/workflows/release.yml"));
  EXPECT_EQ(decide("release-automation", f).status, Status::adopted);
}

TEST(GitReleaseGitlab, ReleaseKeywordBecomesReleaseCliCommand) {
  MemoryTree tree;
  tree.add(".gitlab-ci.yml", R"(stages: [build, release]
.template:
  release:
    tag_name: never
release_job:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script: echo releasing
  release:
    tag_name: $CI_COMMIT_TAG
    description: notes
)");
  Diagnostics diags;
  Report r = scan_tree(ScanContext(tree, diags));
  int found = 0;
  for (const Command& c : r.facts.commands) {
    if (c.text.rfind("release-cli create", 0) != 0) continue;
    ++found;
    EXPECT_EQ(c.context, "release_job");
    EXPECT_EQ(c.text, "release-cli create --tag-name $CI_COMMIT_TAG");
    EXPECT_EQ(c.at.line, 11);
  }
  EXPECT_EQ(found, 1);
}

// Every command pattern compiles, and each practice is recognised through
// the commands people write.
TEST(GitReleaseTools, RowsCompileAndMatchCommonCommands) {
  std::vector<ToolRow> rows = source_control_tools();
  auto release = release_tools();
  rows.insert(rows.end(), release.begin(), release.end());
  for (const ToolRow& row : rows) {
    if (row.command.empty()) continue;
    RE2 re(std::string(row.command), RE2::Quiet);
    EXPECT_TRUE(re.ok()) << row.tool << ": " << row.command;
  }
  auto matches = [&](std::string_view practice, std::string_view tool, const std::string& cmd) {
    for (const ToolRow& row : rows)
      if (row.practice == practice && row.tool == tool && !row.command.empty() &&
          RE2::PartialMatch(cmd, RE2(std::string(row.command))))
        return true;
    return false;
  };
  EXPECT_TRUE(matches("package-publishing", "twine", "python -m twine upload dist/*"));
  EXPECT_TRUE(
      matches("package-publishing", "uv publish", "uv publish --trusted-publishing always"));
  EXPECT_TRUE(matches("package-publishing", "npm publish", "pnpm publish --access public"));
  EXPECT_TRUE(matches("package-publishing", "Maven deploy", "./mvnw -B deploy -DskipTests"));
  EXPECT_TRUE(matches("package-publishing", "docker push", "docker push $IMAGE:$CI_COMMIT_TAG"));
  EXPECT_TRUE(
      matches("release-automation", "gh release", "gh release create v1.0 --generate-notes"));
  EXPECT_TRUE(
      matches("release-automation", "GitLab release-cli", "release-cli create --tag-name v1"));
  EXPECT_TRUE(matches("conventional-commits", "commitlint", "npx commitlint --from HEAD~1"));
  EXPECT_TRUE(matches("conventional-commits", "commitizen", "cz check --rev-range HEAD~5..HEAD"));
  EXPECT_TRUE(matches("package-publishing", "docker push", "docker push \"$IMAGE\""));
  EXPECT_TRUE(matches("package-publishing", "docker push", "docker push ghcr.io/o/app:1.2.3"));
  EXPECT_FALSE(matches("package-publishing", "docker push", "docker push ghcr.io/o/app:latest"));
  EXPECT_FALSE(matches("package-publishing", "twine", "twine check dist/*"));
  EXPECT_FALSE(matches("package-publishing", "Maven deploy", "mvn verify"));
}

}  // namespace
}  // namespace practrack

namespace practrack {

// release-drafter keeps a draft GitHub release; a person publishes it:
// partial, unless something else creates releases too (trial 11, metaconfig).
TEST(ReleaseAutomation, ReleaseDrafterAloneIsPartial) {
  MemoryTree t;
  t.add(".github/workflows/release-drafter.yml",
        "on:\n  push:\n    branches: [main]\njobs:\n  draft:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: release-drafter/release-drafter@v6\n");
  auto a = test_support::assess(t, "release-automation");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_NE(a.note.find("release-drafter"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("publishing it is left to a person"), std::string::npos) << a.note;

  t.add(".github/workflows/release.yml",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: gh release create \"$GITHUB_REF_NAME\" dist/*\n");
  EXPECT_EQ(test_support::assess(t, "release-automation").status, Status::adopted);
}

}  // namespace practrack
