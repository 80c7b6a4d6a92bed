// multi-stage-builds counts the Dockerfiles that build the application:
// images built for the tests (under test/fixture folders, `Dockerfile.test`)
// are single-stage by nature and neither count for nor against it.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kMultiStage =
    "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /\n";
constexpr const char* kSingle = "FROM alpine:3.20\nRUN apk add curl\n";

TEST(TestDockerfiles, TestImagesDoNotCount) {
  MemoryTree t;
  t.add("Dockerfile", kMultiStage);
  t.add("tests/integration/Dockerfile", kSingle);
  t.add("test-fixtures/sshd/Dockerfile", kSingle);
  t.add("e2e/Dockerfile.mock", kSingle);
  t.add("Dockerfile.test", kSingle);
  auto a = assess(t, "multi-stage-builds");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("1 of 1"), std::string::npos) << a.note;
}

TEST(TestDockerfiles, OnlyTestImagesIsNotApplicable) {
  MemoryTree t;
  t.add("tests/docker/Dockerfile", kSingle);
  auto a = assess(t, "multi-stage-builds");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
}

TEST(TestDockerfiles, ApplicationSingleStageStillCounts) {
  MemoryTree t;
  t.add("Dockerfile", kMultiStage);
  t.add("services/api/Dockerfile", kSingle);
  EXPECT_EQ(assess(t, "multi-stage-builds").status, Status::partial);
}

}  // namespace
}  // namespace practrack
