#include <gtest/gtest.h>

#include "probes/container/container_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using container::parse_dockerfile;
using container::parse_image_ref;

TEST(ContainerImageRef, SplitsRegistryPortTagAndDigest) {
  auto a = parse_image_ref("localhost:5000/team/app:1.2");
  EXPECT_EQ(a.image, "localhost:5000/team/app");
  EXPECT_EQ(a.tag, "1.2");
  EXPECT_FALSE(a.digest);
  auto b = parse_image_ref("localhost:5000/team/app");
  EXPECT_EQ(b.image, "localhost:5000/team/app");
  EXPECT_EQ(b.tag, "");
  EXPECT_TRUE(b.floating());
  auto c = parse_image_ref("alpine:3.19@sha256:abcdef");
  EXPECT_EQ(c.tag, "3.19");
  EXPECT_TRUE(c.digest);
  EXPECT_FALSE(c.floating());
  EXPECT_TRUE(parse_image_ref("redis:latest").floating());
  EXPECT_TRUE(parse_image_ref("<image_url>").variable);
  EXPECT_TRUE(parse_image_ref("{{ .Values.image }}").variable);
}

TEST(ContainerDockerfile, MultiStageWithStageReferencesAndScratch) {
  auto df = parse_dockerfile("Dockerfile",
                             "# syntax=docker/dockerfile:1\n"
                             "FROM golang:1.22 AS build\n"
                             "RUN go build -o /app .\n"
                             "FROM build AS test\n"
                             "RUN go test ./...\n"
                             "FROM scratch\n"
                             "COPY --from=build /app /app\n"
                             "EXPOSE 8080/tcp\n"
                             "USER 65532\n");
  EXPECT_EQ(df.stages, 3);
  ASSERT_EQ(df.bases.size(), 1u);  // `build` is a stage, scratch is no image
  EXPECT_EQ(df.bases[0].display(), "golang:1.22");
  EXPECT_EQ(df.bases[0].at.line, 2);
  EXPECT_TRUE(df.scratch);
  EXPECT_EQ(df.user, "65532");
  EXPECT_TRUE(df.exposes);
  ASSERT_EQ(df.stage_names.size(), 2u);
  EXPECT_EQ(df.stage_names[1], "test");
  EXPECT_EQ(df.at.line, 2);
}

TEST(ContainerDockerfile, GlobalArgsSubstituteIntoFrom) {
  auto df = parse_dockerfile("Dockerfile",
                             "ARG PY=3.12\n"
                             "ARG BASE=python:${PY}-slim\n"
                             "ARG UNSET\n"
                             "FROM --platform=$BUILDPLATFORM ${BASE} AS base\n"
                             "FROM node:${NODE:-20}\n"
                             "FROM ${UNSET}\n");
  ASSERT_EQ(df.bases.size(), 3u);
  EXPECT_EQ(df.bases[0].display(), "python:3.12-slim");
  EXPECT_FALSE(df.bases[0].variable);
  EXPECT_EQ(df.bases[1].display(), "node:20");
  EXPECT_TRUE(df.bases[2].variable);
}

TEST(ContainerDockerfile, ContinuationLinesAndHealthcheckNone) {
  auto df = parse_dockerfile("Dockerfile",
                             "FROM debian:12\n"
                             "RUN apt-get update \\\n"
                             "  # a comment inside the continuation\n"
                             "  && apt-get install -y curl\n"
                             "HEALTHCHECK NONE\n");
  EXPECT_EQ(df.stages, 1);
  EXPECT_FALSE(df.healthcheck);
  EXPECT_TRUE(df.healthcheck_none);

  auto hc = parse_dockerfile("Dockerfile",
                             "FROM nginx:1.27\n"
                             "healthcheck --interval=30s \\\n"
                             "  CMD curl -f http://localhost/ || exit 1\n");
  EXPECT_TRUE(hc.healthcheck);
  EXPECT_EQ(hc.healthcheck_at.line, 2);
}

TEST(ContainerDockerfile, EscapeDirectiveChangesContinuation) {
  auto df = parse_dockerfile("Dockerfile",
                             "# escape=`\n"
                             "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                             "RUN dir `\n"
                             "  C:\\\n"
                             "FROM node:20 AS web\n");
  EXPECT_EQ(df.stages, 2);
}

TEST(ContainerDockerfile, ProbeFindsDockerfilesByFullPathGlob) {
  MemoryTree tree;
  tree.add("Dockerfile", "FROM alpine:3.20\n");
  tree.add("docker/api.Dockerfile", "FROM python:3.12\nFROM python:3.12-slim\n");
  tree.add("Dockerfile.ci", "FROM ubuntu\n");
  tree.add("Containerfile", "FROM fedora:40\n");
  tree.add("vendor/x/Dockerfile", "FROM ubuntu\n");       // not own
  tree.add("docs/Dockerfile.md", "no FROM here\n");       // no FROM: not a Dockerfile
  tree.add("Dockerfile.dockerignore", "node_modules\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  container::probe_dockerfiles(ctx, facts);
  ASSERT_EQ(facts.containers.dockerfiles.size(), 4u);
  EXPECT_EQ(facts.containers.dockerfiles[0].path, "Containerfile");
  EXPECT_EQ(facts.containers.dockerfiles[2].path, "Dockerfile.ci");
  EXPECT_EQ(facts.containers.dockerfiles[3].stages, 2);
}

TEST(ContainerDockerfile, SurvivesBinaryAndEmptyInput) {
  auto df = parse_dockerfile("Dockerfile", std::string("FROM \0\xff\xfe\n\\", 9));
  EXPECT_EQ(df.stages, 1);
  EXPECT_EQ(parse_dockerfile("Dockerfile", "").stages, 0);
  EXPECT_EQ(parse_dockerfile("Dockerfile", "FROM\n").bases.size(), 0u);
}

}  // namespace
}  // namespace practrack
