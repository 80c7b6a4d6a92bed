// Regression (trial 10, vuejs/core): the tag workflow runs `pnpm release
// --publishOnly`, the package script runs `node scripts/release.js`, and
// that script spawns `pnpm publish` for every package. Only pkg.pr.new's
// previews were seen, so publishing was Partial "preview builds only".
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kRelease = R"(name: Release
on:
  push:
    tags:
      - 'v*'
jobs:
  release:
    runs-on: ubuntu-latest
    environment: Release
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          registry-url: 'https://registry.npmjs.org'
      - run: pnpm install --frozen-lockfile
      - name: Build and publish
        run: |
          pnpm release --publishOnly
)";

constexpr const char* kPreview = R"(name: ci
on: [push, pull_request]
jobs:
  continuous-release:
    runs-on: ubuntu-latest
    steps:
      - run: pnpm dlx pkg-pr-new publish './packages/*'
)";

constexpr const char* kScript = R"(// @ts-check
import { execa } from 'execa'

const run = (bin, args, opts = {}) => execa(bin, args, { stdio: 'inherit', ...opts })

async function publishPackage(pkgName, version, additionalFlags) {
  try {
    // Don't change the package manager here as we rely on pnpm to handle
    // workspace:* deps
    await run(
      'pnpm',
      [
        'publish',
        ...(releaseTag ? ['--tag', releaseTag] : []),
        '--access',
        'public',
        ...additionalFlags,
      ],
      { cwd: getPkgRoot(pkgName), stdio: 'pipe' },
    )
  } catch (e) {
    throw e
  }
}
)";

MemoryTree vue() {
  MemoryTree t;
  t.add(".github/workflows/release.yml", kRelease);
  t.add(".github/workflows/ci.yml", kPreview);
  t.add("package.json", R"({
  "private": true,
  "version": "3.5.0",
  "scripts": {
    "release": "node scripts/release.js",
    "build": "node scripts/build.js"
  }
})");
  t.add("scripts/release.js", kScript);
  t.add("packages/vue/package.json", "{\n  \"name\": \"vue\",\n  \"version\": \"3.5.0\"\n}\n");
  return t;
}

TEST(VueReleaseScript, APublishSpawnedByTheReleaseScriptPublishes) {
  Assessment a = assess(vue(), "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "npm publish")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "scripts/release.js")) << a.note;
}

TEST(VueReleaseScript, ACommentedPublishIsNone) {
  MemoryTree t = vue();
  t.add("scripts/release.js", "// run('pnpm', ['publish'])\nconsole.log('dry run')\n");
  Assessment a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
}

}  // namespace
}  // namespace practrack
