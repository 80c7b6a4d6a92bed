#include "support/realistic_repo.h"

#include <string>

namespace practrack::test_support {
namespace {

const char* kGitlabCi = R"(stages:
  - lint
  - test
  - build
  - report
  - deploy
  - generate
  - models

include:
  - local: ci/templates.yml

variables:
  PIP_DISABLE_PIP_VERSION_CHECK: "1"

lint:
  stage: lint
  extends: .python
  script:
    - ruff check src tests
    - ruff format --check src tests
    - mypy src
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

unit:
  stage: test
  extends: .python
  script:
    - pytest --junitxml=pytest-results.xml --cov=src --cov-report=xml
  artifacts:
    when: always
    paths: [pytest-results.xml, coverage.xml]
    reports:
      junit: pytest-results.xml
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

robot-dryrun:
  stage: test
  script:
    - robot --dryrun tests/robot
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"

build-images:
  stage: build
  script:
    - bash ci/build.sh

report:
  stage: report
  script:
    - bash ci/report.sh
  artifacts:
    paths: [metrics/]
    expire_in: 30 days
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"

deploy-superset:
  stage: deploy
  script:
    - bash ci/deploy.sh
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

generate-pipeline:
  stage: generate
  script:
    - python scripts/generate_pipeline.py > child-pipeline.yml
  artifacts:
    paths: [child-pipeline.yml]
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"

run-models:
  stage: models
  trigger:
    include:
      - artifact: child-pipeline.yml
        job: generate-pipeline
    strategy: depend
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
)";

const char* kCiTemplates = R"(.python:
  image: python:3.12-slim
  before_script:
    - pip install uv
    - uv sync --frozen
)";

const char* kWorkflow = R"(name: robot-tests
on:
  push:
    branches: [main]
  pull_request:
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install ruff
      - run: ruff check .
  dashboard-tests:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[dev]
      - run: pytest dashboard/tests
  dry-run:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: robot --dryrun tests/robot
)";

const char* kPreCommit = R"(default_stages: [pre-commit]
repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.9
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.11.2
    hooks:
      - id: mypy
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: check-json
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-merge-conflict
  - repo: local
    hooks:
      - id: robot-modified
        name: run modified robot suites
        entry: scripts/run_modified_robot.sh
        language: system
        stages: [post-commit]
        always_run: true
        pass_filenames: false
)";

const char* kCompose = R"(services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U rfc"]
      interval: 10s
    networks: [rfc-net]
  redis:
    image: redis:7-alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
    networks: [rfc-net]
  superset-init:
    build: ./superset
    command: superset init
    healthcheck:
      test: ["CMD", "true"]
    networks: [rfc-net]
  superset:
    build: ./superset
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8088/health"]
    networks: [rfc-net]
  dashboard:
    build: ./dashboard
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8050/"]
    networks: [rfc-net]
networks:
  rfc-net:
    driver: bridge
)";

const char* kPyproject = R"([project]
name = "robotframework-chat"
version = "0.2.0"
requires-python = ">=3.11"
dependencies = [
  "robotframework==7.0.1",
  "requests==2.32.3",
  "pyyaml==6.0.2",
]

[project.optional-dependencies]
dev = [
  "pytest==8.3.2",
  "pytest-cov==5.0.0",
  "ruff==0.6.9",
  "mypy==1.11.2",
  "pip-audit==2.7.3",
]

[tool.ruff]
line-length = 100

[tool.mypy]
strict = true

[tool.pytest.ini_options]
addopts = "--cov=src"
)";

const char* kMakefile = R"MK(.PHONY: code-lint code-format code-typecheck code-coverage code-audit version

code-lint:
	ruff check src tests

code-format:
	ruff format src tests

code-typecheck:
	mypy src

code-coverage:
	pytest --cov=src --cov-report=term

code-audit:
	pip-audit

version:
	@python -c "import rfc; print(rfc.__version__)"
)MK";

const char* kStrictScript = "#!/usr/bin/env bash\nset -euo pipefail\n";

std::string python_module(int n) {
  return "import logging\nimport os\n\nlog = logging.getLogger(__name__)\n"
         "HOST = os.environ.get(\"OLLAMA_HOST\", \"http://localhost:11434\")\n\n"
         "def run_" + std::to_string(n) + "(x):\n    log.info(\"run %s\", x)\n    return x\n";
}

std::string python_test(int n) {
  std::string s = "from rfc.mod" + std::to_string(n) + " import run_" + std::to_string(n) + "\n\n";
  for (int i = 0; i < 3; ++i)
    s += "def test_case_" + std::to_string(i) + "():\n    assert run_" + std::to_string(n) +
         "(" + std::to_string(i) + ") == " + std::to_string(i) + "\n\n";
  return s;
}

}  // namespace

void build_realistic_repo(const TempRepo& repo) {
  repo.write("README.md",
             "# robotframework-chat\n\nTests LLMs with Robot Framework.\n\n"
             "## Installation\n\n```\nuv sync\n```\n\n## Usage\n\n```\nmake robot\n```\n\n"
             "## Running tests\n\n```\npytest\nrobot tests/robot\n```\n");
  repo.write("LICENSE", "MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, "
                        "free of charge, to any person obtaining a copy of this software\n");
  repo.write(".gitignore", ".env\n__pycache__/\n.venv/\nresults/\n");
  repo.write(".env.example", "POSTGRES_PASSWORD=changeme\nOLLAMA_HOST=http://localhost:11434\n");
  repo.write("pyproject.toml", kPyproject);
  repo.write("uv.lock", "version = 1\nrequires-python = \">=3.11\"\n");
  repo.write(".gitlab-ci.yml", kGitlabCi);
  repo.write("ci/templates.yml", kCiTemplates);
  repo.write(".github/workflows/robot-tests.yml", kWorkflow);
  repo.write(".pre-commit-config.yaml", kPreCommit);
  repo.write("docker-compose.yml", kCompose);
  repo.write("superset/Dockerfile",
             "FROM apache/superset:4.0.2\nUSER root\nRUN pip install psycopg2-binary\nUSER superset\n");
  repo.write("dashboard/Dockerfile",
             "FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY . .\nRUN pip wheel -w /wheels .\n\n"
             "FROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install /wheels/*\n"
             "HEALTHCHECK CMD curl -f http://localhost:8050/ || exit 1\nCMD [\"python\", \"-m\", \"dashboard\"]\n");
  repo.write("Makefile", kMakefile);
  for (const char* s : {"build.sh", "deploy.sh", "report.sh", "lint.sh"})
    repo.write(std::string("ci/") + s, std::string(kStrictScript) + "echo " + s + "\n");
  repo.write("scripts/run_modified_robot.sh",
             std::string(kStrictScript) + "git diff --name-only HEAD~1 -- '*.robot' | xargs -r robot\n");
  repo.write("scripts/generate_pipeline.py",
             "import yaml\n\nconfig = yaml.safe_load(open('config/test_suites.yaml'))\n"
             "for model in config['models']:\n    print(f'test-{model}:')\n");
  repo.write("config/test_suites.yaml", "models: [llama3, mistral]\nsuites: [math, docker, safety]\n");
  for (int i = 0; i < 6; ++i) {
    repo.write("src/rfc/mod" + std::to_string(i) + ".py", python_module(i));
    repo.write("tests/test_mod" + std::to_string(i) + ".py", python_test(i));
  }
  repo.write("src/rfc/__init__.py", "__version__ = \"0.2.0\"\n");
  for (const char* suite : {"math", "docker", "safety"})
    repo.write(std::string("tests/robot/") + suite + ".robot",
               std::string("*** Settings ***\nLibrary    OperatingSystem\n\n*** Test Cases ***\n") +
                   suite + " Works\n    Log    ok\n\n" + suite + " Fails Gracefully\n    Log    ok\n");
  repo.write("ai/AGENTS.md", "# Agent guidelines\n\nKeep changes small.\n");
  repo.write("ai/DEV.md", "# Developer guide\n\nSet up with uv sync.\n");
  repo.write("ai/PIPELINES.md", "# CI pipeline\n\nThe GitLab CI pipeline has 7 stages.\n");
  repo.write("ai/FEATURES.md", "# Features\n\n| Feature | Priority | Status |\n|---|---|---|\n");
  repo.commit("feat: initial project", "2026-01-05T10:00:00Z");
  repo.write("src/rfc/mod0.py", python_module(0) + "\n# tuned\n");
  repo.commit("fix(core): tune module", "2026-01-06T10:00:00Z");
  repo.sh("git tag v0.2.0");
  repo.write("dashboard/app.py", "import logging\nlogging.basicConfig()\n");
  repo.commit("feat(dashboard): add app", "2026-01-07T10:00:00Z");
}

}  // namespace practrack::test_support
