// Regression (jenkinsci/docker): CI runs `make publish`, whose recipe runs
// `.ci/publish.sh`, which pushes with `docker buildx bake "${build_opts[@]}"`
// after `build_opts+=("--push")`. The push counts for container-registry
// and package-publishing.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "probes/script/shell_expand.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kPublishSh = R"(#!/usr/bin/env bash
set -eu -o pipefail
build_opts=("--pull")
if test "${dry_run}" == "true"; then
    build_opts+=("--set=*.output=type=cacheonly")
else
    build_opts+=("--push")
fi
bake_common_opts=("--file=docker-bake.hcl")
docker buildx bake "${bake_common_opts[@]}" --print "${BAKE_TARGET}"
docker buildx bake "${bake_common_opts[@]}" "${build_opts[@]}" "${BAKE_TARGET}"
)";

MemoryTree jenkins_docker_like() {
  MemoryTree t;
  t.add("debian/Dockerfile", "FROM debian:bookworm\n");
  t.add("Jenkinsfile", "node {\n  stage('Publish') {\n    sh 'make publish'\n  }\n}\n");
  t.add("Makefile", "publish:\n\t./.ci/publish.sh\n");
  t.add(".ci/publish.sh", kPublishSh, FileKind::executable);
  return t;
}

std::vector<shell::Line> lines(std::initializer_list<const char*> texts) {
  std::vector<shell::Line> out;
  int n = 0;
  for (const char* t : texts) out.push_back({++n, t});
  return out;
}

}  // namespace

TEST(ShellExpand, ArrayWordsFromEveryAssignmentAreFilledIn) {
  auto out = shell::expand_assigned(lines(
      {"opts=(\"--pull\")", "opts+=('--push' -q)", "docker buildx bake \"${opts[@]}\" $TARGET"}));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2], "docker buildx bake --pull --push -q $TARGET");
}

TEST(ShellExpand, UnknownWordsAndUnassignedVariablesStayAsWritten) {
  auto out =
      shell::expand_assigned(lines({"sha=\"$(git rev-parse HEAD)\"", "img=repo/app",
                                    "env=prod make deploy", "docker push ${img}:$sha $env"}));
  EXPECT_EQ(out[3], "docker push repo/app:$sha prod");
  auto plain = shell::expand_assigned(lines({"echo $HOME"}));
  EXPECT_EQ(plain[0], "echo $HOME");
}

TEST(ShellExpand, PushFlagInAnArrayReachesTheRegistryPractices) {
  auto reg = assess(jenkins_docker_like(), "container-registry");
  EXPECT_EQ(reg.status, Status::adopted) << reg.note;
  bool line_as_written = false;
  for (const Evidence& e : reg.evidence)
    line_as_written = line_as_written || (e.path == ".ci/publish.sh" && e.line == 11 &&
                                          e.excerpt.find("${build_opts[@]}") != std::string::npos);
  EXPECT_TRUE(line_as_written) << reg.note;
  auto pub = assess(jenkins_docker_like(), "package-publishing");
  EXPECT_EQ(pub.status, Status::adopted) << pub.note;
  EXPECT_EQ(pub.note.find("nothing publishes"), std::string::npos) << pub.note;
}

// The dry run alone (`--print`, a cache-only output) pushes nothing.
TEST(ShellExpand, BakeWithoutPushIsNoRegistry) {
  MemoryTree t;
  t.add("debian/Dockerfile", "FROM debian:bookworm\n");
  t.add("Makefile", "publish:\n\t./.ci/publish.sh\n");
  t.add(".ci/publish.sh", "#!/bin/bash\nopts=(--pull)\ndocker buildx bake \"${opts[@]}\" --print\n",
        FileKind::executable);
  EXPECT_NE(assess(t, "container-registry").status, Status::adopted);
}

}  // namespace practrack
