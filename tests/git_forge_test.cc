// The forge-file probes (CODEOWNERS, review templates, protection as code,
// components, version flags) over MemoryTree fixtures, and the
// source-control rules that read them and the history facts.
#include <gtest/gtest.h>

#include "rules/rule.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

Report scan_memory(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return scan_tree(ctx);
}

Assessment decide(std::string_view id, const RepoFacts& facts) {
  const RuleRow* row = find_rule(id);
  EXPECT_NE(row, nullptr) << id;
  return row ? row->decide(facts) : Assessment{};
}

TEST(GitForge, CodeownersCountsRulesWithGitlabSections) {
  MemoryTree tree;
  tree.add(".gitlab/CODEOWNERS",
           "# owners\n\n* @lead\n[Docs] @docs-team\ndocs/\n^[Optional]\nnotes/\n/src/ @a @b\n");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.git.codeowners.size(), 1u);
  EXPECT_EQ(r.facts.git.codeowners[0].rules, 3);  // "*", "docs/" (section owners), "/src/"
  const Assessment* a = r.find("codeowners");
  EXPECT_EQ(a->status, Status::adopted);
  EXPECT_EQ(a->note, "`.gitlab/CODEOWNERS` — 3 ownership rules");
  ASSERT_EQ(a->evidence.size(), 1u);
  EXPECT_EQ(a->evidence[0].line, 3);
}

TEST(GitForge, CodeownersWithoutOwnersIsNotStarted) {
  MemoryTree tree;
  tree.add("CODEOWNERS", "# TODO: add owners\n*.py\n");
  tree.add("src/CODEOWNERS", "* @nobody-reads-this\n");  // not a place forges read
  Report r = scan_memory(tree);
  EXPECT_EQ(r.find("codeowners")->status, Status::not_started);
  EXPECT_EQ(r.find("codeowners")->note, "`CODEOWNERS` assigns no owners");
}

TEST(GitForge, SettingsAsCodeAdoptsBranchProtection) {
  MemoryTree tree;
  tree.add(".github/settings.yml", R"(repository:
  name: x
branches:
  - name: main
    protection:
      required_pull_request_reviews:
        required_approving_review_count: 1
  - name: scratch
    protection: null
)");
  Report r = scan_memory(tree);
  const Assessment* a = r.find("branch-protection");
  EXPECT_EQ(a->status, Status::adopted);
  EXPECT_EQ(a->note, "`.github/settings.yml` protects `main`");
  ASSERT_EQ(a->evidence.size(), 1u);
  EXPECT_EQ(a->evidence[0].line, 4);
  EXPECT_FALSE(a->needs_attestation);
}

TEST(GitForge, SettingsWithoutProtectionSaySo) {
  MemoryTree tree;
  tree.add(".github/settings.yml", "_extends: .github\nrepository:\n  has_wiki: false\n");
  Report r = scan_memory(tree);
  const Assessment* a = r.find("branch-protection");
  EXPECT_EQ(a->status, Status::not_started);
  EXPECT_EQ(a->note,
            "No review workflow or protection settings in the repository; protection lives on "
            "the server; `.github/settings.yml` declares no branch protection (extends "
            "`.github`)");
}

TEST(GitForge, TerraformProtectionResources) {
  MemoryTree tree;
  tree.add("infra/github.tf",
           "# resource \"github_branch_protection\" \"old\" {}\n"
           "resource \"github_branch_protection\" \"main\" {\n  pattern = \"main\"\n}\n");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.git.protection_as_code.size(), 1u);
  EXPECT_EQ(r.facts.git.protection_as_code[0].at.line, 2);
  EXPECT_EQ(r.find("branch-protection")->status, Status::adopted);
}

TEST(GitForge, ReviewWorkflowIsPartialAndNeedsAttestation) {
  MemoryTree tree;
  tree.add(".gitlab/merge_request_templates/Default.md", "## What\n");
  tree.add(".github/settings.yml", "branches: [\n");  // malformed: one diagnostic
  Report r = scan_memory(tree);
  const Assessment* a = r.find("branch-protection");
  EXPECT_EQ(a->status, Status::partial);
  EXPECT_TRUE(a->needs_attestation);
  EXPECT_NE(a->note.find("template `.gitlab/merge_request_templates/Default.md`"),
            std::string::npos)
      << a->note;
  int diags = 0;
  for (const auto& d : r.diagnostics) diags += d.path == ".github/settings.yml";
  EXPECT_EQ(diags, 1);
}

TEST(GitForge, MergeRequestPipelineCountsAsReviewWorkflow) {
  RepoFacts f;
  CiPipeline p;
  p.system = "gitlab-ci";
  p.path = ".gitlab-ci.yml";
  p.triggers.merge_request = true;
  p.at = Evidence{".gitlab-ci.yml", 3, "merge_request_event"};
  f.ci.pipelines.push_back(p);
  Assessment a = decide("branch-protection", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note,
            "MR workflow visible (CI on MR events in `.gitlab-ci.yml`); branch protection rules "
            "live on the server, not verified");
  Assessment none = decide("branch-protection", RepoFacts{});
  EXPECT_EQ(none.status, Status::not_started);
  EXPECT_TRUE(none.needs_attestation);
}

TEST(GitRules, MirrorPushedByCi) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.total_commits = 42;
  f.git.remotes.push_back(
      {"origin", "https://gitlab.example.com/team/app.git", "gitlab.example.com"});
  f.commands.push_back(
      {Origin::ci, "gitlab-ci", "mirror",
       "git push --force https://oauth2:${GH_TOKEN}@github.com/team/app.git HEAD:main",
       Evidence{".gitlab-ci.yml", 40, "git push ..."}});
  f.commands.push_back({Origin::ci, "gitlab-ci", "tag", "git push origin v1.2.3",
                        Evidence{".gitlab-ci.yml", 50, ""}});
  Assessment a = decide("git", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "Git repo with GitLab primary, GitHub mirror pushed by job mirror; 42 first-parent commits");
  ASSERT_EQ(a.evidence.size(), 2u);
  EXPECT_EQ(a.evidence[0].excerpt, "origin https://gitlab.example.com/team/app.git");
  EXPECT_EQ(a.evidence[1].line, 40);
}

TEST(GitRules, MirrorThroughAnAddedRemoteOrAnAction) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.total_commits = 7;
  f.git.remotes.push_back({"origin", "git@gitlab.com:team/app.git", "gitlab.com"});
  f.commands.push_back({Origin::ci, "gitlab-ci", "mirror",
                        "git remote add github https://github.com/team/app.git",
                        Evidence{".gitlab-ci.yml", 20, ""}});
  f.commands.push_back({Origin::ci, "gitlab-ci", "mirror", "git push -f github HEAD:main",
                        Evidence{".gitlab-ci.yml", 21, ""}});
  EXPECT_EQ(decide("git", f).note,
            "Git repo with GitLab primary, GitHub mirror pushed by job mirror; 7 first-parent commits");
  RepoFacts plain;
  plain.git.is_repository = true;
  plain.git.remotes.push_back({"origin", "https://github.com/team/app.git", "github.com"});
  plain.git.remotes.push_back({"upstream", "https://github.com/org/app.git", "github.com"});
  plain.commands.push_back({Origin::ci, "github-actions", "fetch",
                            "git remote add gl https://gitlab.com/team/app.git", Evidence{}});
  EXPECT_EQ(decide("git", plain).note, "Git repo on GitHub, no commits yet");
  ActionRef mirror;
  mirror.name = "pixta-dev/repository-mirroring-action";
  mirror.job = "to-gitlab";
  mirror.at = Evidence{".github/workflows/mirror.yml", 12, ""};
  plain.actions.push_back(mirror);
  EXPECT_EQ(decide("git", plain).note,
            "Git repo with GitHub primary, mirror pushed by "
            "`pixta-dev/repository-mirroring-action` in job to-gitlab; no commits yet");
}

TEST(GitRules, NoRemoteOnlyMirrorFlagCounts) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.total_commits = 1;
  f.commands.push_back({Origin::ci, "github-actions", "deploy",
                        "git push https://x-access-token:${T}@github.com/o/r.git",
                        Evidence{".github/workflows/d.yml", 9, ""}});
  EXPECT_EQ(decide("git", f).note, "Git repo, 1 first-parent commit; no remote configured");
  f.commands.push_back({Origin::ci, "github-actions", "sync",
                        "git push --mirror https://${T}@codeberg.org/o/r.git",
                        Evidence{".github/workflows/m.yml", 14, ""}});
  EXPECT_EQ(decide("git", f).note,
            "Git repo, 1 first-parent commit; no remote configured; Codeberg mirror pushed by job sync");
}

TEST(GitRules, CiForTwoForgesIsNoted) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.total_commits = 3;
  CiPipeline gl, gh;
  gl.system = "gitlab-ci";
  gh.system = "github-actions";
  f.ci.pipelines = {gl, gh};
  EXPECT_EQ(decide("git", f).note,
            "Git repo, 3 first-parent commits; no remote configured; CI configs for both GitLab and GitHub");
}

TEST(GitRules, SignedCommitThresholds) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.sampled_commits = 200;
  f.git.signed_commits = 190;
  EXPECT_EQ(decide("signed-commits", f).status, Status::adopted);
  EXPECT_EQ(decide("signed-commits", f).note,
            "190/200 (95%) of the last 200 non-merge commits signed");
  f.git.signed_commits = 20;
  f.git.signed_tags = 2;
  EXPECT_EQ(decide("signed-commits", f).status, Status::partial);
  EXPECT_EQ(decide("signed-commits", f).note,
            "20/200 (10%) of the last 200 non-merge commits signed; 2 signed tags");
  f.git.signed_commits = 0;
  EXPECT_EQ(decide("signed-commits", f).status, Status::not_started);
}

TEST(GitRules, ConventionalBelowThresholdOrTooFew) {
  RepoFacts f;
  f.git.is_repository = true;
  f.git.sampled_commits = 200;
  f.git.conventional_commits = 159;  // 79.5%
  EXPECT_EQ(decide("conventional-commits", f).status, Status::not_started);
  f.git.conventional_commits = 160;
  EXPECT_EQ(decide("conventional-commits", f).status, Status::partial);
  f.git.sampled_commits = 3;
  f.git.conventional_commits = 3;
  EXPECT_EQ(decide("conventional-commits", f).status, Status::not_started);
}

TEST(GitComponents, MonorepoFromOwnManifestsAndDockerfiles) {
  MemoryTree tree;
  tree.add("pyproject.toml", "[project]\nname='lib'\n");
  tree.add("dashboard/package.json", "{}");
  tree.add("dashboard/Dockerfile", "FROM node:20\n");
  tree.add("superset/Dockerfile", "FROM apache/superset\n");
  tree.add("examples/demo/package.json", "{}");
  tree.add(".devcontainer/Dockerfile", "FROM x\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.git.components.size(), 4u);
  const Assessment* a = r.find("monorepo");
  EXPECT_EQ(a->status, Status::adopted);
  EXPECT_EQ(a->note,
            "3 components with their own manifest or Dockerfile: `./` (pyproject.toml), "
            "`dashboard/` (Dockerfile, package.json), `superset/` (Dockerfile)");
}

TEST(GitComponents, OneProjectWithAToolsFolderIsNotAMonorepo) {
  MemoryTree tree;
  tree.add("package.json", "{}");
  tree.add("docker/Dockerfile", "FROM node\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.find("monorepo")->status, Status::not_started);
}

// "2 PR templates", not "PR 2 templates" (trial 11); one is named.
TEST(GitForge, ReviewTemplatesAreCountedInPlainWords) {
  MemoryTree two;
  two.add(".github/PULL_REQUEST_TEMPLATE/bug.md", "## Bug\n");
  two.add(".github/PULL_REQUEST_TEMPLATE/feature.md", "## Feature\n");
  std::string note = scan_memory(two).find("branch-protection")->note;
  EXPECT_NE(note.find("2 PR templates"), std::string::npos) << note;
  MemoryTree one;
  one.add(".github/pull_request_template.md", "## Summary\n");
  note = scan_memory(one).find("branch-protection")->note;
  EXPECT_NE(note.find("PR template `.github/pull_request_template.md`"), std::string::npos) << note;
}

}  // namespace
}  // namespace practrack
