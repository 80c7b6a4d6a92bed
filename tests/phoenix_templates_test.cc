// Regressions (trial 9, phoenixframework/phoenix): what a generator writes
// into a new application (priv/templates/, installer/templates/, *.eex),
// the framework's user guides and the compose file of its integration
// tests were taken for the project's own containers, rollback procedure
// and deployed stack.
#include <gtest/gtest.h>

#include "probes/sample_paths.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kDockerfileEex = R"(ARG ELIXIR_VERSION=<%= elixir_vsn %>
FROM hexpm/elixir:${ELIXIR_VERSION} AS builder
RUN mix release
FROM debian:bookworm-slim
COPY --from=builder /app/_build/prod/rel/<%= @app_name %> ./
)";

constexpr const char* kTestCompose = R"(services:
  postgres:
    image: postgres:16
  mysql:
    image: mysql:8
)";

MemoryTree phoenix_like() {
  MemoryTree t;
  t.add("mix.exs", "defmodule Phoenix.MixProject do\n  use Mix.Project\nend\n");
  t.add("lib/phoenix.ex", "defmodule Phoenix do\nend\n");
  t.add("priv/templates/phx.gen.release/Dockerfile.eex", kDockerfileEex);
  t.add("installer/templates/phx_single/config/runtime.exs.eex",
        "import Config\nconfig :app, secret: System.get_env(\"SECRET_KEY_BASE\")\n");
  t.add("installer/templates/phx_single/.env.example", "DATABASE_URL=\n");
  t.add("guides/ecto.md", "# Ecto\n\n### `mix ecto.rollback`\n\nUndoes the last migration.\n");
  t.add("integration_test/docker-compose.yml", kTestCompose);
  return t;
}

TEST(PhoenixTemplates, GeneratorTemplatesAreNotTheProjectsOwn) {
  EXPECT_TRUE(generator_template("priv/templates/phx.gen.release/Dockerfile.eex"));
  EXPECT_TRUE(generator_template("installer/templates/phx_single/config/dev.exs"));
  EXPECT_TRUE(generator_template("lib/generators/app/templates/Dockerfile"));
  EXPECT_TRUE(generator_template("{{cookiecutter.slug}}/Dockerfile"));
  EXPECT_TRUE(generator_template("templates/Gemfile.tt"));
  // A Helm chart's templates are the project's manifests.
  EXPECT_FALSE(generator_template("charts/app/templates/deployment.yaml"));
  EXPECT_FALSE(generator_template("templates/Dockerfile"));
  EXPECT_TRUE(in_sample_folder("installer/templates/phx_single/.env.example"));
}

TEST(PhoenixTemplates, DockerfileTemplateIsNoContainer) {
  MemoryTree t = phoenix_like();
  EXPECT_NE(assess(t, "multi-stage-builds").status, Status::adopted)
      << assess(t, "multi-stage-builds").note;
  EXPECT_NE(assess(t, "env-file").status, Status::adopted) << assess(t, "env-file").note;
  // The same Dockerfile outside the templates is the project's own.
  t.add("Dockerfile", kDockerfileEex);
  EXPECT_EQ(assess(t, "multi-stage-builds").status, Status::adopted);
}

TEST(PhoenixTemplates, MigrationRollbackInUserGuidesIsNoRollbackProcedure) {
  MemoryTree t = phoenix_like();
  Assessment a = assess(t, "rollback");
  EXPECT_NE(a.status, Status::partial) << a.note;
  for (const auto& e : a.evidence) EXPECT_NE(e.path, "guides/ecto.md");
  // Outside the guides a database migration's rollback is no deploy's.
  t.add("docs/database.md", "## Rolling back a migration\n\n`mix ecto.rollback`\n");
  EXPECT_NE(assess(t, "rollback").status, Status::partial);
  // A project's own runbook still counts.
  t.add("docs/runbook.md", "# Runbook\n\n## Rollback\n\nRedeploy the previous tag.\n");
  a = assess(t, "rollback");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "docs/runbook.md")) << a.note;
}

TEST(PhoenixTemplates, IntegrationTestComposeIsNoDeployedStack) {
  MemoryTree t = phoenix_like();
  Assessment stack = assess(t, "declarative-stack");
  EXPECT_NE(stack.status, Status::adopted) << stack.note;
  EXPECT_EQ(assess(t, "automated-deploy").status, Status::not_applicable)
      << assess(t, "automated-deploy").note;
  // The same compose file at the root declares the project's stack.
  t.add("docker-compose.yml", kTestCompose);
  EXPECT_EQ(assess(t, "declarative-stack").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
