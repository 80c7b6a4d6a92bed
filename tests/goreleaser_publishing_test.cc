// goreleaser publishes the packages its config builds; a config that skips
// every build and names no publisher (used for the changelog and the
// release only) publishes none.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree go_project(const std::string& goreleaser) {
  MemoryTree t;
  t.add("go.mod", "module example.com/tool\n\ngo 1.22\n");
  t.add("main.go", "package main\n\nfunc main() {}\n");
  t.add(".goreleaser.yaml", goreleaser);
  t.add(".github/workflows/release.yml",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n"
        "      - uses: goreleaser/goreleaser-action@v6\n        with:\n          args: release\n");
  return t;
}

TEST(GoreleaserPublishing, SkippedBuildsAndNoPublisherPublishNothing) {
  Assessment a = assess(go_project("version: 2\nbuilds:\n  - skip: true\nchangelog:\n  use: github\n"),
                        "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "goreleaser runs, but `.goreleaser.yaml` publishes nothing"))
      << a.note;
  // The release itself is still automated.
  EXPECT_EQ(assess(go_project("version: 2\nbuilds:\n  - skip: true\n"), "release-automation").status,
            Status::adopted);
}

TEST(GoreleaserPublishing, BuildsOrAPublisherStillPublish) {
  EXPECT_EQ(assess(go_project("version: 2\nbuilds:\n  - goos: [linux]\n"), "package-publishing").status,
            Status::adopted);
  EXPECT_EQ(assess(go_project("version: 2\nbuilds:\n  - skip: true\n"
                              "dockers:\n  - image_templates: ['ghcr.io/x/y:{{ .Tag }}']\n"),
                   "package-publishing")
                .status,
            Status::adopted);
}

}  // namespace
}  // namespace practrack
