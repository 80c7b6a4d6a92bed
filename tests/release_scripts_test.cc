// Regressions (undici, alertmanager): GitHub releases made from a script
// the release workflow runs, or by a composite release action, are release
// automation; notes GitHub generates on request are release notes.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

// undici: actions/github-script requires scripts/release.js, which calls
// Octokit's createRelease with notes from generateReleaseNotes.
constexpr const char* kGithubScriptRelease = R"(on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
      - name: Create GitHub release
        uses: actions/github-script@v7
        with:
          script: |
            const versionTag = "v1.0.0"
            await require('./scripts/release').release({ github, context, versionTag })
)";

constexpr const char* kReleaseJs = R"('use strict'
// Called from .github/workflows
const generateReleaseNotes = async ({ github, owner, repo, tag }) => {
  const { data } = await github.rest.repos.generateReleaseNotes({ owner, repo, tag_name: tag })
  return data.body
}
const release = async ({ github, context, versionTag }) => {
  const { owner, repo } = context.repo
  await github.rest.repos.createRelease({
    owner, repo, tag_name: versionTag,
    body: await generateReleaseNotes({ github, owner, repo, tag: versionTag }),
    generate_release_notes: false
  })
}
module.exports = { release }
)";

MemoryTree undici_like() {
  MemoryTree t;
  t.add("package.json", R"({"name": "lib", "version": "1.0.0"})");
  t.add(".github/workflows/release.yml", kGithubScriptRelease);
  t.add("scripts/release.js", kReleaseJs);
  return t;
}

}  // namespace

TEST(ReleaseScripts, ScriptRequiredByGithubScriptCreatesTheRelease) {
  auto a = assess(undici_like(), "release-automation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "scripts/release.js") << a.note;
  EXPECT_EQ(a.evidence.front().line, 9);
}

TEST(ReleaseScripts, NotesGeneratedThroughTheApiAreReleaseNotes) {
  auto a = assess(undici_like(), "release-notes");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  // The API call, not the local helper of the same name that wraps it.
  ASSERT_EQ(a.evidence.size(), 1u) << a.note;
  EXPECT_EQ(a.evidence.front().line, 4);
}

TEST(ReleaseScripts, InlineGithubScriptAndNodeScriptCount) {
  MemoryTree inline_call;
  inline_call.add(".github/workflows/r.yml", R"(on: push
jobs:
  r:
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            await github.rest.repos.createRelease({ owner, repo, tag_name: tag,
              generate_release_notes: true })
)");
  EXPECT_EQ(assess(inline_call, "release-automation").status, Status::adopted);
  EXPECT_EQ(assess(inline_call, "release-notes").status, Status::adopted);

  MemoryTree node_run;
  node_run.add(".github/workflows/r.yml",
               "on: push\njobs:\n  r:\n    steps:\n      - run: node ./tools/publish.mjs\n");
  node_run.add("tools/publish.mjs", "await octokit.rest.repos.createRelease({ tag_name })\n");
  EXPECT_EQ(assess(node_run, "release-automation").status, Status::adopted);
}

// A script CI never runs, or that only reads releases, creates none.
TEST(ReleaseScripts, UnrunOrReadOnlyScriptsDoNotCount) {
  MemoryTree unrun;
  unrun.add(".github/workflows/ci.yml",
            "on: push\njobs:\n  t:\n    steps:\n      - run: npm test\n");
  unrun.add("scripts/release.js", kReleaseJs);
  EXPECT_EQ(assess(unrun, "release-automation").status, Status::not_started);

  MemoryTree reads;
  reads.add(".github/workflows/r.yml", R"(on: push
jobs:
  r:
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            const { data } = await github.rest.repos.listReleases({ owner, repo })
            // createRelease( is what a later step will do
)");
  EXPECT_EQ(assess(reads, "release-automation").status, Status::not_started);
}

// alertmanager: prometheus/promci/publish_release runs `promu release`,
// which uploads the tarballs to the GitHub release.
TEST(ReleaseScripts, PromciPublishReleaseIsReleaseAutomation) {
  MemoryTree t;
  t.add(".github/workflows/release.yml", R"(on:
  push:
    tags: ['v*']
jobs:
  publish_release:
    permissions:
      contents: write
    steps:
      - uses: prometheus/promci/publish_release@370e8c15dcec50043cbe66f2f34633d9efc0a190 # v0.9.0
)");
  auto a = assess(t, "release-automation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("promu release"), std::string::npos) << a.note;

  MemoryTree make;
  make.add("Makefile", "release:\n\tpromu -c .promu.yml release .tarballs\n");
  make.add(".github/workflows/r.yml",
           "on: push\njobs:\n  r:\n    steps:\n      - run: make release\n");
  EXPECT_EQ(assess(make, "release-automation").status, Status::adopted);
}

}  // namespace practrack
