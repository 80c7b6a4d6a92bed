// Regressions from real repositories' release pipelines:
// gohugoio/hugo asks docker/build-push-action for an SBOM (`sbom: true`) and
// releases with `hugoreleaser release` in CircleCI; sharkdp/fd publishes
// to winget with winget-releaser.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree hugo_image_workflow(std::string_view sbom_line) {
  MemoryTree t;
  t.add("go.mod", "module github.com/gohugoio/hugo\n\ngo 1.24\n");
  t.add("Dockerfile", "FROM golang:1.24 AS build\nRUN go build\nFROM alpine:3.20\n");
  t.add(".github/workflows/image.yml", std::string(R"(on:
  release:
    types: [published]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build and push
        uses: docker/build-push-action@v6
        with:
          context: .
          provenance: mode=max
)") + std::string(sbom_line) + R"(
          push: true
)");
  return t;
}

TEST(HugoSbom, BuildPushActionWithSbomInput) {
  auto a = assess(hugo_image_workflow("          sbom: true"), "sbom");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("BuildKit SBOM"), std::string::npos) << a.note;
}

TEST(HugoSbom, BuildPushActionWithoutSbomIsNoSbom) {
  EXPECT_EQ(assess(hugo_image_workflow("          sbom: false"), "sbom").status,
            Status::not_started);
  EXPECT_EQ(assess(hugo_image_workflow("          labels: x"), "sbom").status, Status::not_started);
}

TEST(HugoRelease, HugoreleaserReleaseInCircleCi) {
  MemoryTree t;
  t.add("go.mod", "module github.com/gohugoio/hugo\n\ngo 1.24\n");
  t.add("hugoreleaser.yaml", "project: hugo\nrelease_settings:\n  type: github\n");
  t.add(".circleci/config.yml", R"(version: 2
jobs:
  archive_and_release:
    docker:
      - image: bepsays/ci-hugoreleaser:1.22700.20000
    steps:
      - run:
          command: |
            cd hugo
            hugoreleaser archive
            hugoreleaser release
workflows:
  release:
    jobs:
      - archive_and_release
)");
  auto a = assess(t, "release-automation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("hugoreleaser"), std::string::npos) << a.note;
}

// fd's crate with a workflow run on version tags, holding `jobs`.
MemoryTree fd_release(const std::string& jobs) {
  MemoryTree t;
  t.add("Cargo.toml", "[package]\nname = \"fd-find\"\nversion = \"10.2.0\"\n");
  t.add(".github/workflows/CICD.yml", "on:\n  push:\n    tags: ['v*']\njobs:\n" + jobs);
  return t;
}

TEST(FdPublishing, WingetReleaserPublishesAPackage) {
  MemoryTree t = fd_release(R"(  winget:
    name: Publish to Winget
    runs-on: ubuntu-latest
    steps:
      - uses: vedantmgoyal9/winget-releaser@4ffc7888bffd451b357355dc214d43bb9f23917e # v2
        with:
          identifier: sharkdp.fd
)");
  auto a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("winget"), std::string::npos) << a.note;
}

// Assets attached to a GitHub release are a forge release, not a package
// in a registry: action-gh-release decides release-automation only.
TEST(FdPublishing, GhReleaseAssetsAreNotPackagePublishing) {
  MemoryTree t = fd_release(R"(  build:
    runs-on: ubuntu-latest
    steps:
      - uses: softprops/action-gh-release@v2
        with:
          files: fd.deb
)");
  EXPECT_EQ(assess(t, "release-automation").status, Status::adopted);
  EXPECT_EQ(assess(t, "package-publishing").status, Status::partial);
}

}  // namespace
}  // namespace practrack
