// Regressions (black, jenkinsci/docker, fd, click): publishing a package or
// an image on release is release automation, not the deployment of a
// running service, whether or not the repository has a Dockerfile.
#include <gtest/gtest.h>

#include "ci_test_support.h"
#include "scan/scanner.h"

namespace practrack {
namespace {

using testing::CiScan;
using testing::job;

Assessment scan_for(const MemoryTree& tree, std::string_view id) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return *scan_tree(ctx).find(id);
}

constexpr const char* kPypiOnRelease = R"(on:
  release:
    types: published
  push:
    branches: main
jobs:
  publish-wheels:
    if: github.event_name == 'release'
    environment:
      name: release
    steps:
      - uses: pypa/gh-action-pypi-publish@v1
  smoke:
    if: github.event_name == 'release' || github.event_name == 'push'
    steps:
      - run: echo ok
)";

constexpr const char* kImageOnMainAndRelease = R"(on:
  push:
    branches: [main]
  release:
    types: [published]
jobs:
  build:
    steps:
      - uses: docker/build-push-action@v6
)";

constexpr const char* kScriptedJenkins = R"(node('docker') {
  stage('Build') {
    sh 'make build'
  }
  if (env.TAG_NAME && env.PUBLISH == 'true') {
    stage('Publish') {
      sh 'make publish'
    }
  } else {
    stage('Dry run') {
      sh 'make publish-dry-run'
    }
  }
  stage('Cleanup') {
    sh 'make clean'
  }
}
)";

}  // namespace

TEST(ReleaseNotDeploy, GithubReleaseEventConditionMeansTagOnly) {
  MemoryTree t;
  t.add(".github/workflows/pypi.yml", kPypiOnRelease);
  CiScan s(t);
  const CiPipeline* p = s.pipeline(".github/workflows/pypi.yml");
  ASSERT_NE(job(p, "publish-wheels"), nullptr);
  EXPECT_TRUE(job(p, "publish-wheels")->tag_only);
  EXPECT_FALSE(job(p, "smoke")->tag_only);  // also runs on push
}

TEST(ReleaseNotDeploy, JenkinsStagesInsideTagNameBlockAreTagOnly) {
  MemoryTree t;
  t.add("Jenkinsfile", kScriptedJenkins);
  CiScan s(t);
  const CiPipeline* p = s.pipeline("Jenkinsfile");
  ASSERT_NE(job(p, "Publish"), nullptr);
  EXPECT_TRUE(job(p, "Publish")->tag_only);
  EXPECT_FALSE(job(p, "Build")->tag_only);
  EXPECT_FALSE(job(p, "Dry run")->tag_only);
  EXPECT_FALSE(job(p, "Cleanup")->tag_only);
}

// black: wheels to PyPI on release, its image pushed on main and release.
TEST(ReleaseNotDeploy, PackageAndImagePublishedOnReleaseAreNotDeploys) {
  MemoryTree t;
  t.add("Dockerfile", "FROM python:3.14-slim\nRUN pip install black\n");
  t.add(".github/workflows/pypi.yml", kPypiOnRelease);
  t.add(".github/workflows/docker.yml", kImageOnMainAndRelease);
  auto a = scan_for(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
  EXPECT_NE(a.note.find("`publish-wheels`"), std::string::npos) << a.note;
  EXPECT_EQ(scan_for(t, "rollback").status, Status::not_applicable);
}

TEST(ReleaseNotDeploy, ImagePushedByCiIsPublishedNotDeployed) {
  MemoryTree t;
  t.add("Dockerfile", "FROM python:3.14-slim\n");
  t.add(".github/workflows/docker.yml", kImageOnMainAndRelease);
  auto a = scan_for(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
  EXPECT_EQ(a.note,
            "Nothing is deployed: docker/build-push-action in CI job build publishes an image "
            "(see the release practices)");
}

// jenkinsci/docker: images published by a Publish stage on tags.
TEST(ReleaseNotDeploy, JenkinsPublishOnTagsIsNotADeploy) {
  MemoryTree t;
  t.add("debian/Dockerfile", "FROM debian:bookworm\n");
  t.add("Jenkinsfile", kScriptedJenkins);
  auto a = scan_for(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
  EXPECT_NE(a.note.find("`Publish` in `Jenkinsfile` publishes a package"), std::string::npos)
      << a.note;
}

// A deployed service (compose) whose CI only publishes a package has no
// deploy job: the publishing job is not taken for one.
TEST(ReleaseNotDeploy, PublishJobOfADeployedServiceIsNoDeployJob) {
  MemoryTree t;
  t.add("docker-compose.yml", "services:\n  web:\n    build: .\n");
  t.add(".github/workflows/pypi.yml", kPypiOnRelease);
  auto a = scan_for(t, "automated-deploy");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

// alertmanager: its Procfile starts a local three-node cluster with
// goreman; only web/worker/release processes are a platform's.
TEST(ReleaseNotDeploy, LocalProcfileIsNoPlatform) {
  MemoryTree local;
  local.add("Procfile",
            "a1: ./alertmanager --cluster.listen-address=127.0.0.1:8001\n"
            "wh: go run ./examples/webhook/echo.go\n");
  EXPECT_TRUE(CiScan(local).facts.ci.deploy_configs.empty());
  MemoryTree heroku;
  heroku.add("Procfile", "release: python manage.py migrate\nweb: gunicorn app.wsgi\n");
  EXPECT_EQ(CiScan(heroku).facts.ci.deploy_configs.size(), 1u);
}

// A Dockerfile nobody publishes still means a service to deploy.
TEST(ReleaseNotDeploy, UnpublishedDockerfileStillNeedsADeploy) {
  MemoryTree t;
  t.add("Dockerfile", "FROM python:3.14-slim\nEXPOSE 8000\n");
  EXPECT_EQ(scan_for(t, "automated-deploy").status, Status::not_started);
}

}  // namespace practrack
