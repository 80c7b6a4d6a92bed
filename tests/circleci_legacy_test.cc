// CircleCI regressions: a CircleCI 1.0 `circle.yml` at the root is CI
// (older repositories keep it), and `persist_to_workspace` (gohugoio/hugo's
// release workflow) hands files to later jobs but keeps no artifact.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(CircleCiLegacy, CircleYmlAtTheRootIsCi) {
  MemoryTree t;
  t.add("package.json", R"({"name": "x", "version": "1.0.0", "scripts": {"test": "mocha"}})");
  t.add("circle.yml", R"(machine:
  node:
    version: 6
dependencies:
  cache_directories:
    - node_modules
test:
  override:
    - npm test
    - npm run lint: {parallel: true}
deployment:
  production:
    branch: master
    commands:
      - ./deploy.sh
)");
  auto push = assess(t, "ci-on-push");
  EXPECT_EQ(push.status, Status::adopted) << push.note;
  EXPECT_EQ(assess(t, "ci-caching").status, Status::adopted);
}

TEST(CircleCiLegacy, ImplicitTestPhaseStillMakesCi) {
  MemoryTree t;
  t.add("circle.yml", "machine:\n  python:\n    version: 3.6.1\n");
  EXPECT_EQ(assess(t, "ci-on-push").status, Status::adopted);
}

TEST(CircleCiLegacy, OtherYamlNamedCircleIsNoCi) {
  MemoryTree t;
  t.add("circle.yml", "radius: 3\ncolor: red\n");
  EXPECT_EQ(assess(t, "ci-on-push").status, Status::not_started);
}

TEST(CircleCiWorkspace, PersistToWorkspaceIsNoArtifact) {
  MemoryTree t;
  t.add(".circleci/config.yml", R"(version: 2
jobs:
  build:
    docker:
      - image: golang:1.24
    steps:
      - checkout
      - run: go build -o /tmp/files/dist1/hugo
      - persist_to_workspace:
          root: /tmp/files
          paths:
            - dist1
workflows:
  release:
    jobs:
      - build
)");
  EXPECT_EQ(assess(t, "ci-artifacts").status, Status::not_started);

  MemoryTree stored;
  stored.add(".circleci/config.yml", R"(version: 2
jobs:
  build:
    docker:
      - image: golang:1.24
    steps:
      - run: go build -o dist/hugo
      - store_artifacts:
          path: dist
)");
  EXPECT_EQ(assess(stored, "ci-artifacts").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
