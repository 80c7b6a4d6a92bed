// A note is one line of the tracker: however many files back a practice,
// it names a few and counts the rest. A monorepo of 60 services once made
// declarative-stack's note list every compose file (112 KB at 2,000).
#include <gtest/gtest.h>

#include <string>

#include "support/assess.h"

namespace practrack {
namespace {

MemoryTree monorepo(int services) {
  MemoryTree tree;
  tree.add("pyproject.toml", "[project]\nname = \"mono\"\nversion = \"1.0.0\"\n");
  tree.add(".gitlab-ci.yml",
           "stages: [test, deploy]\ntest:\n  stage: test\n  script: [pytest]\n"
           "deploy:\n  stage: deploy\n  script: [docker compose up -d]\n"
           "  environment: production\n");
  for (int i = 0; i < services; ++i) {
    std::string n = std::to_string(i);
    std::string base = "services/pkg" + n + "/";
    tree.add(base + "Dockerfile",
             "FROM python:3.12-slim AS build\nRUN pip install .\nFROM python:3.12-slim\n"
             "HEALTHCHECK CMD curl -f localhost || exit 1\n");
    tree.add(base + "docker-compose.yml",
             "services:\n  app" + n + ":\n    build: .\n    networks: [net" + n + "]\n  db" + n +
                 ":\n    image: postgres:16-alpine\nnetworks:\n  net" + n + ": {}\n");
    tree.add(base + "k8s/deployment.yaml",
             "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app" + n +
                 "\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n"
                 "          image: app" +
                 n + ":1.0\n");
    tree.add(base + "pyproject.toml", "[project]\nname = \"pkg" + n + "\"\n");
    tree.add(base + "tests/test_app.py", "def test_app():\n    assert True\n");
    tree.add(base + "scripts/run.sh", "#!/bin/sh\necho run\n");
  }
  return tree;
}

TEST(NoteLength, EveryNoteStaysOneLineHoweverManyFilesBackIt) {
  const int kServices = 60;
  Report report = test_support::scan_memory(monorepo(kServices));
  for (const auto& a : report.assessments)
    EXPECT_LE(a.note.size(), 600u) << a.id << ": " << a.note.substr(0, 300);
  // The notes are short because they count, not because the evidence was cut.
  const Assessment* stack = report.find("declarative-stack");
  ASSERT_NE(stack, nullptr);
  EXPECT_NE(stack->note.find("more compose stacks"), std::string::npos) << stack->note;
  EXPECT_GE(stack->evidence.size(), static_cast<std::size_t>(kServices));
}

}  // namespace
}  // namespace practrack
