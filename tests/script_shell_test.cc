#include <gtest/gtest.h>

#include "probes/probe.h"
#include "probes/script/shell_parse.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

RepoFacts run_scripts(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  for (const auto& row : script_probes()) row.run(ctx, facts);
  return facts;
}

const ShellScript* script(const RepoFacts& f, std::string_view path) {
  for (const auto& s : f.scripts.shell_scripts)
    if (s.path == path) return &s;
  return nullptr;
}

}  // namespace

TEST(ScriptShell, ShebangNamesTheShell) {
  EXPECT_EQ(shell::shebang_shell("#!/bin/bash -e"), "bash");
  EXPECT_EQ(shell::shebang_shell("#!/usr/bin/env bash"), "bash");
  EXPECT_EQ(shell::shebang_shell("#!/usr/bin/env -S bash -eu"), "bash");
  EXPECT_EQ(shell::shebang_shell("#!/bin/sh"), "sh");
  EXPECT_EQ(shell::shebang_shell("#!/usr/bin/env python3"), "");
  EXPECT_EQ(shell::shebang_shell("echo hi"), "");
}

TEST(ScriptShell, StrictModeSpellings) {
  EXPECT_TRUE(shell::strict_flags("#!/bin/bash\nset -euo pipefail\n").all());
  EXPECT_TRUE(shell::strict_flags("#!/bin/bash\nset -e -u -o pipefail\n").all());
  EXPECT_TRUE(shell::strict_flags("#!/bin/bash\nset -eu\nset -o pipefail\n").all());
  EXPECT_TRUE(shell::strict_flags("set -o errexit -o nounset -o pipefail\n").all());
  EXPECT_TRUE(shell::strict_flags("set -Eeuxo pipefail\n").all());
  EXPECT_TRUE(shell::strict_flags("#!/usr/bin/env bash\nset -eu; set -o pipefail; cd x\n").all());
  auto shebang = shell::strict_flags("#!/bin/bash -eu\nset -o pipefail\n");
  EXPECT_TRUE(shebang.all());
  EXPECT_EQ(shebang.line, 1);
}

TEST(ScriptShell, NotStrictWhenAFlagIsMissingOrOnlyMentioned) {
  auto e_only = shell::strict_flags("#!/bin/bash\necho start\nset -e\n");
  EXPECT_TRUE(e_only.errexit);
  EXPECT_FALSE(e_only.nounset);
  EXPECT_FALSE(e_only.pipefail);
  EXPECT_EQ(e_only.line, 3);
  EXPECT_FALSE(shell::strict_flags("#!/bin/bash\n# set -euo pipefail\necho\n").all());
  EXPECT_FALSE(shell::strict_flags("echo 'set -euo pipefail'\n").all());
  EXPECT_FALSE(shell::strict_flags("set -- -euo pipefail\n").errexit);
  EXPECT_FALSE(shell::strict_flags("cat <<EOF\nset -euo pipefail\nEOF\n").all());
  EXPECT_EQ(shell::strict_flags("#!/bin/sh\necho\n").line, 0);
}

TEST(ScriptShell, CommandLinesSkipCommentsKeywordsAndHeredocs) {
  auto lines = shell::command_lines(
      "#!/bin/bash\n"
      "# comment\n"
      "\n"
      "build() {\n"
      "  ruff check . \\\n"
      "    --fix\n"
      "}\n"
      "if true; then\n"
      "  pytest -q\n"
      "fi\n"
      "cat > x <<'EOF'\n"
      "mypy not-a-command\n"
      "EOF\n"
      "echo done\n",
      100);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].line, 5);
  EXPECT_EQ(lines[0].text, "ruff check . --fix");
  EXPECT_EQ(lines[1].text, "if true; then");
  EXPECT_EQ(lines[2].text, "pytest -q");
  EXPECT_EQ(lines[3].line, 11);
  EXPECT_EQ(lines[4].text, "echo done");
  EXPECT_EQ(lines[4].line, 14);
  EXPECT_EQ(shell::command_lines("a\nb\nc\n", 2).size(), 2u);
}

TEST(ScriptShell, ProbeRecordsScriptsFlagsFoldersAndCommands) {
  MemoryTree tree;
  tree.add("ci/lint.sh", "#!/usr/bin/env bash\nset -euo pipefail\nruff check .\n");
  tree.add("ci/test.sh", "#!/bin/sh\nset -e\npytest\n");
  tree.add("ci/deploy", "#!/bin/bash\nset -euo pipefail\nkubectl apply -f k8s/\n");
  tree.add("ci/notes", "just a text file\n");
  tree.add("docs/make_docs.sh", "#!/bin/bash\nsphinx-build docs out\n");
  tree.add("vendor/lib/build.sh", "#!/bin/bash\nmake\n");
  tree.add("bin/run", "#!/usr/bin/env python3\nprint(1)\n");
  tree.add("gradlew", "#!/bin/sh\necho wrapper\n", FileKind::executable);
  tree.add("build.sh", "#!/bin/bash\nset -euo pipefail\ncmake -B out\n");
  tree.add(".husky/pre-commit", "#!/bin/sh\nnpx lint-staged\n", FileKind::executable);
  RepoFacts f = run_scripts(tree);

  EXPECT_EQ(f.scripts.shell_scripts.size(), 5u);
  EXPECT_EQ(script(f, ".husky/pre-commit"), nullptr);  // the hook family's
  EXPECT_EQ(f.scripts.scripts_per_folder.at(""), 1);
  ASSERT_NE(script(f, "ci/lint.sh"), nullptr);
  EXPECT_TRUE(script(f, "ci/lint.sh")->strict);
  EXPECT_EQ(script(f, "ci/lint.sh")->at.line, 2);
  EXPECT_FALSE(script(f, "ci/test.sh")->strict);
  EXPECT_TRUE(script(f, "ci/test.sh")->errexit);
  ASSERT_NE(script(f, "ci/deploy"), nullptr);
  EXPECT_EQ(script(f, "ci/deploy")->shell, "bash");
  EXPECT_EQ(script(f, "vendor/lib/build.sh"), nullptr);
  EXPECT_EQ(script(f, "gradlew"), nullptr);
  EXPECT_EQ(f.scripts.scripts_per_folder.at("ci"), 3);
  EXPECT_EQ(f.scripts.in_folder("ci").size(), 3u);
  EXPECT_EQ(f.metrics.at("scripts.strict"), 3);

  // Only scripts in automation folders become commands.
  int ruff = 0, sphinx = 0, cmake = 0;
  for (const auto& c : f.commands) {
    if (c.text == "ruff check .") {
      ++ruff;
      EXPECT_EQ(c.origin, Origin::script);
      EXPECT_EQ(c.system, "shell");
      EXPECT_EQ(c.context, "ci/lint.sh");
      EXPECT_EQ(c.at.line, 3);
    }
    if (c.text.find("sphinx") != std::string::npos) ++sphinx;
    if (c.text == "cmake -B out") ++cmake;  // root scripts are automation too
  }
  EXPECT_EQ(ruff, 1);
  EXPECT_EQ(sphinx, 0);
  EXPECT_EQ(cmake, 1);
}

TEST(ScriptShell, SurvivesBinaryAndInvalidUtf8) {
  MemoryTree tree;
  tree.add("scripts/blob",
           std::string("\x7f"
                       "ELF\0\0\1",
                       7),
           FileKind::executable);
  tree.add("scripts/bad.sh", "#!/bin/bash\necho \xff\xfe\nset -euo pipefail\n");
  RepoFacts f = run_scripts(tree);
  ASSERT_EQ(f.scripts.shell_scripts.size(), 1u);
  EXPECT_TRUE(f.scripts.shell_scripts[0].strict);
}

}  // namespace practrack
