// Regression (ansible-lint): CI runs tox envs (through a reusable workflow
// whose input lists `tox -e pkg`), and the envs run the repository's
// scripts; those scripts are CI scripts.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::scan_memory;

constexpr const char* kToxIni = R"([tox]
env_list = py

[testenv:pkg]
commands =
    bash ./tools/test-pkg.sh

[testenv:hook]
commands = {tox_root}/tools/test-hook.sh
)";

constexpr const char* kStrict = "#!/bin/bash\nset -euo pipefail\necho ok\n";

}  // namespace

TEST(IndirectScripts, ScriptsRunByToxEnvsThatCiRuns) {
  MemoryTree t;
  t.add("tox.ini", kToxIni);
  t.add("tools/test-pkg.sh", kStrict);
  t.add("tools/test-hook.sh", kStrict, FileKind::executable);
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  t:\n    steps:\n      - run: tox -e pkg\n      - run: tox -e hook\n");
  Report r = scan_memory(t);
  ASSERT_EQ(r.facts.ci.indirect_scripts.size(), 2u);
  EXPECT_EQ(r.facts.ci.indirect_scripts[0].path, "tools/test-pkg.sh");
  EXPECT_EQ(r.facts.ci.indirect_scripts[0].job, "tox pkg");
  EXPECT_EQ(r.facts.ci.indirect_scripts[1].path, "tools/test-hook.sh");
  auto a = *r.find("ci-scripts");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("2 scripts"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("through `tox pkg`; `tox hook`"), std::string::npos) << a.note;
}

TEST(IndirectScripts, ReusableWorkflowInputsThatRunTox) {
  MemoryTree t;
  t.add("tox.ini", kToxIni);
  t.add("tools/test-pkg.sh", kStrict);
  t.add(".github/workflows/tox.yml", R"(on: push
jobs:
  tox:
    uses: ansible/team-devtools/.github/workflows/tox.yml@main
    with:
      min_python: "3.10"
      other_names: |
        lint-pkg:tox -e lint;tox -e pkg
        docs
)");
  auto a = *scan_memory(t).find("ci-scripts");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_EQ(a.note,
            "1 script in `tools/` called by CI (through `tox pkg`) — it uses `set -euo pipefail`");
}

// A tox env CI never runs calls no CI script.
TEST(IndirectScripts, EnvsCiDoesNotRunDoNotCount) {
  MemoryTree t;
  t.add("tox.ini", kToxIni);
  t.add("tools/test-pkg.sh", kStrict);
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  t:\n    steps:\n      - run: tox -e lint\n");
  EXPECT_EQ(scan_memory(t).find("ci-scripts")->status, Status::not_started);
}

}  // namespace practrack

namespace practrack {

// libfuse: CI runs test/ci-build.sh, whose `meson setup -Dwerror=true`
// makes warnings errors (trial 11). A runner right in test/ (or beside the
// workflows) feeds its commands; one deeper in a test folder does not.
TEST(IndirectScripts, RunnerInTestFolderFeedsItsCommands) {
  MemoryTree t;
  t.add("lib/fuse.c", "int f(void) { return 0; }\n");
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: test/ci-build.sh --name gcc\n");
  t.add("test/ci-build.sh", "#!/bin/bash\nset -e\nmeson setup -Dwerror=true build\n");
  auto a = test_support::assess(t, "type-checking");
  EXPECT_EQ(a.status, Status::adopted) << a.note;

  MemoryTree deep;
  deep.add("lib/fuse.c", "int f(void) { return 0; }\n");
  deep.add("test/fixtures/shells/build.sh", "#!/bin/bash\ngcc -Werror x.c\n");
  EXPECT_EQ(test_support::assess(deep, "type-checking").status, Status::not_started);
}

}  // namespace practrack

namespace practrack {

// metaconfig runs `sbt scalafixCheckAll` in CI (trial 11); Swift packages
// keep their scripts in Scripts/ (swift-argument-parser's format.sh).
TEST(IndirectScripts, ScalafixCheckAllAndCapitalisedScriptFolders) {
  MemoryTree sbt;
  sbt.add("build.sbt", "lazy val core = project\n");
  sbt.add(".scalafix.conf", "rules = [OrganizeImports]\n");
  sbt.add(".github/workflows/ci.yml",
          "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
          "      - run: sbt scalafixCheckAll\n");
  auto lint = test_support::assess(sbt, "linting");
  EXPECT_EQ(lint.status, Status::adopted) << lint.note;

  MemoryTree swift;
  swift.add("Package.swift", "// swift-tools-version:5.9\nimport PackageDescription\n");
  swift.add("Sources/App/main.swift", "print(\"hi\")\n");
  swift.add(".swift-format", "{\"version\": 1}\n");
  swift.add("Scripts/format.sh", "#!/bin/bash\nset -e\nswift format lint --strict -r Sources\n");
  auto linting = test_support::assess(swift, "linting");
  EXPECT_NE(linting.status, Status::not_started) << linting.note;
}

}  // namespace practrack
