#include <gtest/gtest.h>

#include "probes/probe.h"
#include "probes/script/make_parse.h"
#include "probes/script/shell_parse.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {

TEST(ScriptMake, TargetsRecipesAndPhony) {
  auto mk = make::parse(
      "BUILD ?= build\n"
      "CFLAGS := -O2 -Wall\n"
      ".PHONY: all test lint\n"
      "\n"
      "all: build\n"
      "\n"
      "$(BUILD)/CMakeCache.txt:\n"
      "\tcmake -S . -B $(BUILD)\n"
      "test: all\n"
      "\t@cd $(BUILD) && ctest\n"
      "\t-rm -f core\n"
      "\n"
      "\t# a recipe comment\n"
      "lint code-lint: ; ruff check .\n");
  ASSERT_EQ(mk.rules.size(), 4u);
  EXPECT_EQ(mk.rules[0].targets, std::vector<std::string>{"all"});
  EXPECT_TRUE(mk.rules[0].recipe.empty());
  EXPECT_EQ(mk.rules[1].targets[0], "$(BUILD)/CMakeCache.txt");
  ASSERT_EQ(mk.rules[2].recipe.size(), 2u);
  EXPECT_EQ(mk.rules[2].recipe[0].text, "cd $(BUILD) && ctest");
  EXPECT_EQ(mk.rules[2].recipe[0].line, 10);
  EXPECT_EQ(mk.rules[2].recipe[1].text, "rm -f core");
  EXPECT_EQ(mk.rules[3].targets, (std::vector<std::string>{"lint", "code-lint"}));
  ASSERT_EQ(mk.rules[3].recipe.size(), 1u);
  EXPECT_EQ(mk.rules[3].recipe[0].text, "ruff check .");
  EXPECT_EQ(mk.phony, (std::vector<std::string>{"all", "test", "lint"}));
}

TEST(ScriptMake, ContinuationLinesJoinAndKeepTheirFirstLine) {
  auto mk = make::parse(
      "SRCS = a.c \\\n"
      "       b.c\n"
      "check: \\\n"
      "    build\n"
      "\tpytest \\\n"
      "\t  --cov=src \\\n"
      "\t  tests/\n"
      "\techo done\n");
  ASSERT_EQ(mk.rules.size(), 1u);
  EXPECT_EQ(mk.rules[0].targets[0], "check");
  EXPECT_EQ(mk.rules[0].line, 3);
  ASSERT_EQ(mk.rules[0].recipe.size(), 2u);
  EXPECT_EQ(mk.rules[0].recipe[0].text, "pytest --cov=src tests/");
  EXPECT_EQ(mk.rules[0].recipe[0].line, 5);
  EXPECT_EQ(mk.rules[0].recipe[1].line, 8);
}

TEST(ScriptMake, AssignmentsDefinesAndConditionalsAreNotRules) {
  auto mk = make::parse(
      "URL := http://example.com\n"
      "X = a:b\n"
      "Y ::= z\n"
      "define HELP\n"
      "fake: target\n"
      "\techo not a recipe\n"
      "endef\n"
      "ifeq ($(OS),Windows)\n"
      "EXE = .exe\n"
      "endif\n"
      "run: export PORT=8000\n"
      "serve:\n"
      "ifdef DEBUG\n"
      "\tpython -m app --debug\n"
      "else\n"
      "\tpython -m app\n"
      "endif\n"
      "%.o: %.c\n"
      "\t$(CC) -c $<\n");
  ASSERT_EQ(mk.rules.size(), 2u);
  EXPECT_EQ(mk.rules[0].targets[0], "serve");
  EXPECT_EQ(mk.rules[0].recipe.size(), 2u);
  EXPECT_EQ(mk.rules[1].targets[0], "%.o");
}

TEST(ScriptMake, ProbeFeedsTargetsAndCommands) {
  MemoryTree tree;
  tree.add("Makefile",
           ".PHONY: version code-coverage\n"
           "version:\n"
           "\t@python -m app --version\n"
           "code-coverage:\n"
           "\tpytest --cov \\\n"
           "\t  --cov-report=xml\n");
  tree.add("docs/Makefile", "html:\n\tsphinx-build -b html . _build\n");
  tree.add("node_modules/x/Makefile", "all:\n\tnode-gyp\n");
  tree.add("Makefile.common", "common-lint:\n\tgolangci-lint run\n");
  tree.add("Makefile.in", "generated:\n\t@echo no\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts f;
  for (const auto& row : script_probes()) row.run(ctx, f);

  EXPECT_EQ(f.scripts.makefiles,
            (std::vector<std::string>{"Makefile", "Makefile.common", "docs/Makefile"}));
  EXPECT_NE(f.scripts.target("common-lint"), nullptr);
  EXPECT_EQ(f.scripts.target("generated"), nullptr);
  const MakeTarget* cov = f.scripts.target("code-coverage");
  ASSERT_NE(cov, nullptr);
  EXPECT_TRUE(cov->phony);
  EXPECT_EQ(cov->at.line, 4);
  ASSERT_NE(f.scripts.target("version"), nullptr);
  EXPECT_EQ(f.scripts.target("all"), nullptr);
  ASSERT_EQ(f.commands.size(), 4u);
  EXPECT_EQ(f.commands[1].origin, Origin::make);
  EXPECT_EQ(f.commands[1].system, "make");
  EXPECT_EQ(f.commands[1].context, "code-coverage");
  EXPECT_EQ(f.commands[1].text, "pytest --cov --cov-report=xml");
  EXPECT_EQ(f.commands[1].at.path, "Makefile");
  EXPECT_EQ(f.commands[1].at.line, 5);
  EXPECT_EQ(f.commands[2].at.path, "Makefile.common");
  EXPECT_EQ(f.commands[3].at.path, "docs/Makefile");
}

TEST(ScriptMake, ManyContinuationLinesStayLinear) {
  std::string text = "all:\n\techo start \\\n";
  for (int i = 0; i < 200000; ++i) text += "\t  more words here \\\n";
  text += "\tend\n";
  auto mk = make::parse(text, 1000000);
  ASSERT_EQ(mk.rules.size(), 1u);
  ASSERT_EQ(mk.rules[0].recipe.size(), 1u);
  EXPECT_LE(mk.rules[0].recipe[0].text.size(), (64u << 10) + 64);
  auto lines = shell::command_lines(text.substr(5), 10);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].line, 1);
}

TEST(ScriptMake, SurvivesGarbage) {
  std::string junk(5000, ':');
  junk += "\n\t\t\\\n$(((((\n= : = :\n\xff\xfe:\n";
  auto mk = make::parse(junk);
  EXPECT_LE(mk.rules.size(), 3u);
}

}  // namespace practrack
