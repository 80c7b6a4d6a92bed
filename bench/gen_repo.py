#!/usr/bin/env python3
"""Generates a synthetic repository for the scan benchmark.

Usage: gen_repo.py DIR [FILES]   (default 100000 files)

The tree looks like a large monorepo: many Python and Go services, each
with tests, a Dockerfile, a compose file, shell scripts, YAML config and
docs, plus root CI (GitLab and GitHub Actions), pre-commit and manifests.
Content is deterministic so runs are comparable.
"""
import os
import random
import sys

MODULE = '''"""Service module {n}."""
import logging
import os

log = logging.getLogger(__name__)
TIMEOUT = int(os.environ.get("TIMEOUT_{n}", "30"))


class Handler{n}:
    def __init__(self, name):
        self.name = name

    def handle(self, payload):
        log.info("handling %s", payload)
        result = []
        for item in payload:
            if item % 3 == 0:
                result.append(item * 2)
            else:
                result.append(item + {n})
        return result


def helper_{n}(values):
    return sum(v for v in values if v > 0)
'''

TEST = '''import pytest
from pkg{p}.mod{m} import Handler{n}, helper_{n}


def test_handle_{n}():
    assert Handler{n}("x").handle([3]) == [6]


def test_helper_{n}():
    assert helper_{n}([1, -1, 2]) == 3


@pytest.mark.parametrize("v", [1, 2, 3])
def test_param_{n}(v):
    assert helper_{n}([v]) == v
'''

GO = '''package svc{p}

import "testing"

func Add{n}(a, b int) int {{ return a + b }}

func TestAdd{n}(t *testing.T) {{
	if Add{n}(1, 2) != 3 {{
		t.Fatal("bad")
	}}
}}
'''

DOCKERFILE = '''FROM python:3.12-slim AS build
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build /app /app
HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1
CMD ["python", "-m", "app"]
'''

COMPOSE = '''services:
  app{p}:
    build: .
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
    networks: [net{p}]
  db{p}:
    image: postgres:16-alpine
    deploy:
      resources:
        limits: {{memory: 512M}}
networks:
  net{p}: {{}}
'''

SCRIPT = '''#!/usr/bin/env bash
set -euo pipefail
echo "deploying service {p}"
pytest -q tests/
'''

CONFIG = '''service: svc{p}
replicas: {r}
endpoints:
  - /health
  - /api/v1/items
limits:
  cpu: 500m
  memory: 256Mi
'''

GITLAB = '''stages: [lint, test, build, deploy]
default:
  cache:
    paths: [.cache/pip]
lint:
  stage: lint
  script: [ruff check ., mypy src]
test:
  stage: test
  script: [pytest -n auto --junitxml=report.xml --cov=src]
  artifacts:
    reports:
      junit: report.xml
build:
  stage: build
  script: [docker build -t registry.example.com/app:$CI_COMMIT_TAG .]
deploy:
  stage: deploy
  script: [bash ci/deploy.sh]
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
'''

GITHUB = '''name: ci
on:
  push:
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12", cache: pip}
      - run: pip install -r requirements.txt
      - run: pytest -q
'''

PRECOMMIT = '''repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.0
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: trailing-whitespace
'''


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    root = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rnd = random.Random(42)
    write(root, ".gitlab-ci.yml", GITLAB)
    write(root, ".github/workflows/ci.yml", GITHUB)
    write(root, ".pre-commit-config.yaml", PRECOMMIT)
    write(root, "README.md", "# Bench\n\n## Install\npip install .\n\n## Test\npytest\n")
    write(root, "pyproject.toml", '[project]\nname = "bench"\nversion = "1.2.3"\n'
          'dependencies = ["requests==2.32.3"]\n\n[tool.ruff]\nline-length = 100\n')
    write(root, ".gitignore", ".env\n__pycache__/\n")
    count = 6
    p = 0
    # Each package: 20 modules, 20 tests, 5 go files, 1 Dockerfile, 1 compose,
    # 1 script, 1 config, 1 README = 50 files.
    while count < total:
        base = f"services/pkg{p}"
        for m in range(20):
            n = p * 100 + m
            write(root, f"{base}/pkg{p}/mod{m}.py", MODULE.format(n=n))
            write(root, f"{base}/tests/test_mod{m}.py", TEST.format(p=p, m=m, n=n))
        for g in range(5):
            write(root, f"{base}/go/svc_{g}_test.go", GO.format(p=p, n=g))
        write(root, f"{base}/Dockerfile", DOCKERFILE)
        write(root, f"{base}/docker-compose.yml", COMPOSE.format(p=p))
        write(root, f"{base}/ci/deploy.sh", SCRIPT.format(p=p))
        write(root, f"{base}/config/service.yaml", CONFIG.format(p=p, r=rnd.randint(1, 5)))
        write(root, f"{base}/README.md", f"# Service {p}\n\nRun `make run`.\n")
        count += 50
        p += 1


if __name__ == "__main__":
    main()
