#!/usr/bin/env python3
"""Writes a git fast-import stream of a long synthetic history.

Usage: gen_history.py COMMITS FILES | git fast-import

The first commit adds FILES files (Python packages with tests, YAML
config, shell scripts, docs); each later commit edits two files, and
every 50th commit adds or drops one practice file (CHANGELOG.md,
.pre-commit-config.yaml, a CI workflow) so the tracker has something to
follow. Content is deterministic so runs are comparable.
"""
import random
import sys

PRACTICE_FILES = {
    "CHANGELOG.md": "# Changelog\n\n## 1.{n}.0 (2024-01-01)\n\n- Release {n}\n",
    ".pre-commit-config.yaml": "repos:\n  - repo: https://github.com/psf/black\n"
                               "    rev: 24.1.0\n    hooks:\n      - id: black\n",
    ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  test:\n"
                                "    runs-on: ubuntu-latest\n    steps:\n"
                                "      - uses: actions/checkout@v4\n      - run: pytest -q\n",
}


def file_content(path, version):
    # The path is part of the content, so every file is its own blob (as in
    # real projects) and "analyses per unique blob" measures the memo.
    return f"# {path}\n" + body(path, version)


def body(path, version):
    if path.endswith(".py") and "/test_" in path:
        return f"def test_{version}():\n    assert {version} == {version}\n"
    if path.endswith(".py"):
        return f'"""Module."""\nimport os\n\n\ndef f():\n    return os.sep * {version}\n'
    if path.endswith(".sh"):
        return f"#!/usr/bin/env bash\nset -euo pipefail\necho {version}\n"
    if path.endswith(".yml"):
        return f"name: cfg\nversion: {version}\n"
    return f"# Notes\n\nRevision {version}.\n"


def tree_paths(files):
    kinds = ["mod{}.py", "mod{}.py", "tests/test_{}.py", "cfg{}.yml", "run{}.sh", "doc{}.md"]
    paths = []
    for i in range(files):
        pkg = i // 50
        paths.append(f"pkg{pkg}/" + kinds[i % len(kinds)].format(i))
    return paths


def blob(out, path, text):
    data = text.encode()
    out.write(f"M 644 inline {path}\ndata {len(data)}\n".encode())
    out.write(data + b"\n")


def commit(out, n, message, changes):
    when = 1600000000 + n * 3600
    msg = message.encode()
    out.write(f"commit refs/heads/main\ncommitter Bench <bench@example.com> {when} +0000\n"
              .encode())
    out.write(f"data {len(msg)}\n".encode() + msg + b"\n")
    for path, text in changes:
        if text is None:
            out.write(f"D {path}\n".encode())
        else:
            blob(out, path, text)
    out.write(b"\n")


def main():
    commits, files = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(42)
    paths = tree_paths(files)
    out = sys.stdout.buffer
    commit(out, 0, "Initial tree", [(p, file_content(p, 0)) for p in paths])
    present = set()
    names = sorted(PRACTICE_FILES)
    for n in range(1, commits):
        changes = [(p, file_content(p, n)) for p in rng.sample(paths, 2)]
        if n % 50 == 0:
            name = names[(n // 50) % len(names)]
            if name in present:
                present.discard(name)
                changes.append((name, None))
            else:
                present.add(name)
                changes.append((name, PRACTICE_FILES[name].format(n=n)))
        commit(out, n, f"Change {n}", changes)


if __name__ == "__main__":
    main()
