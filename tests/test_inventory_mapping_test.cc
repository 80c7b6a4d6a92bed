// Module-to-test mapping rules per language: naming conventions first,
// imports where naming does not decide.
#include <gtest/gtest.h>

#include <deque>

#include "probes/source/source_scan.h"
#include "probes/source/test_mapping.h"
#include "tree/tree.h"

namespace practrack::source {
namespace {

TEST(TestInventoryNaming, StemsPerLanguage) {
  EXPECT_EQ(tested_stem("tests/test_parser.py"), "parser");
  EXPECT_EQ(tested_stem("pkg/parser_test.py"), "parser");
  EXPECT_EQ(tested_stem("pkg/store/store_test.go"), "store");
  EXPECT_EQ(tested_stem("web/src/api.test.ts"), "api");
  EXPECT_EQ(tested_stem("web/src/api.spec.tsx"), "api");
  EXPECT_EQ(tested_stem("src/test/java/com/acme/ParserTest.java"), "Parser");
  EXPECT_EQ(tested_stem("src/test/java/com/acme/TestParser.java"), "Parser");
  EXPECT_EQ(tested_stem("src/test/java/com/acme/ParserIT.java"), "Parser");
  EXPECT_EQ(tested_stem("tests/test_lexer.cc"), "lexer");
  EXPECT_EQ(tested_stem("tests/lexer_test.cc"), "lexer");
  EXPECT_EQ(tested_stem("tests/lexer_unittest.cc"), "lexer");
  EXPECT_EQ(tested_stem("spec/user_spec.rb"), "user");
  EXPECT_EQ(tested_stem("src/Testing.java"), "");  // no capital after "Test"
  EXPECT_EQ(tested_stem("tests/conftest.py"), "");
}

TEST(TestInventoryImports, PythonJsJavaCpp) {
  EXPECT_EQ(import_targets("tests/test_a.py",
                           "import rfc.mod3\nfrom rfc import mod1, mod2 as m\n"
                           "from dashboard.core.queries import run\n"),
            (std::vector<std::string>{"rfc/mod3", "rfc", "rfc/mod1", "rfc/mod2",
                                      "dashboard/core/queries", "dashboard/core/queries/run"}));
  EXPECT_EQ(import_targets("web/tests/a.test.ts",
                           "import { f } from '../src/api';\nconst g = require(\"./helper.js\");\n"
                           "import React from 'react';\n"),
            (std::vector<std::string>{"web/src/api", "web/tests/helper"}));
  EXPECT_EQ(
      import_targets("src/test/java/AT.java", "import com.acme.Parser;\nimport static x.Y.z;\n"),
      std::vector<std::string>{"com/acme/Parser"});
  EXPECT_EQ(import_targets("tests/a_test.cc", "#include \"store/store.h\"\n#include <vector>\n"),
            std::vector<std::string>{"store/store"});
  // A relative import that climbs above the root names nothing.
  EXPECT_TRUE(import_targets("a.test.js", "import x from '../../x'\n").empty());
}

std::vector<ModuleInfo> modules(std::vector<std::string> paths) {
  std::vector<ModuleInfo> out;
  for (auto& p : paths) out.push_back({p, 20, ""});
  return out;
}

std::string tested_by(const std::vector<ModuleInfo>& ms, std::string_view path) {
  for (const auto& m : ms)
    if (m.path == path) return m.tested_by;
  return "?";
}

// Test files given by (path, text), as the source probe would see them;
// TestImports views into the source scan's results, kept here instead.
struct TestFiles {
  std::deque<std::pair<std::string, std::vector<std::string>>> owned;
  std::vector<TestImports> imports;
  operator const std::vector<TestImports>&() const { return imports; }
};
TestFiles tests_of(std::initializer_list<std::pair<std::string, std::string>> files) {
  TestFiles out;
  for (const auto& [path, text] : files) {
    auto& [p, targets] = out.owned.emplace_back(path, import_targets(path, text));
    out.imports.push_back({p, targets, {}});
  }
  return out;
}

TEST(TestInventoryMapping, NamingPicksTheClosestModule) {
  auto ms = modules({"src/rfc/util.py", "dashboard/util.py", "pkg/store/store.go", "web/src/api.ts",
                     "src/main/java/com/acme/Parser.java", "src/lexer.cc", "src/lexer.h"});
  map_tests(ms, tests_of({{"dashboard/tests/test_util.py", ""},
                          {"pkg/store/store_test.go", ""},
                          {"web/src/api.test.ts", ""},
                          {"src/test/java/com/acme/ParserTest.java", ""},
                          {"tests/lexer_test.cc", "#include \"lexer.h\"\n"}}));
  EXPECT_EQ(tested_by(ms, "dashboard/util.py"), "dashboard/tests/test_util.py");
  EXPECT_EQ(tested_by(ms, "src/rfc/util.py"), "");
  EXPECT_EQ(tested_by(ms, "pkg/store/store.go"), "pkg/store/store_test.go");
  EXPECT_EQ(tested_by(ms, "web/src/api.ts"), "web/src/api.test.ts");
  EXPECT_EQ(tested_by(ms, "src/main/java/com/acme/Parser.java"),
            "src/test/java/com/acme/ParserTest.java");
  EXPECT_EQ(tested_by(ms, "src/lexer.cc"), "tests/lexer_test.cc");
  EXPECT_EQ(tested_by(ms, "src/lexer.h"), "tests/lexer_test.cc");  // by include
}

TEST(TestInventoryMapping, TiesByNameLeaveItToImports) {
  auto ms = modules({"src/a/util.py", "src/b/util.py"});
  auto subjects = map_tests(ms, tests_of({{"tests/test_util.py", "from b import util\n"},
                                          {"tests/test_none.py", "import os\n"}}));
  EXPECT_EQ(subjects, (std::vector<std::string>{"src/b/util.py", ""}));
  EXPECT_EQ(tested_by(ms, "src/a/util.py"), "");
  EXPECT_EQ(tested_by(ms, "src/b/util.py"), "tests/test_util.py");
}

TEST(TestInventoryMapping, GoTestsCoverTheirWholePackage) {
  auto ms = modules({"pkg/store/store.go", "pkg/store/index.go", "pkg/api/api.go"});
  auto subjects = map_tests(ms, tests_of({{"pkg/store/store_test.go", ""}}));
  EXPECT_EQ(subjects, std::vector<std::string>{"pkg/store/store.go"});  // by name
  EXPECT_EQ(tested_by(ms, "pkg/store/index.go"), "pkg/store/store_test.go");  // same package
  EXPECT_EQ(tested_by(ms, "pkg/api/api.go"), "");  // another package
}

// The source scan of `tree` must find exactly one module: "PATH tested by TEST".
std::string only_module(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  scan_sources(ctx, facts);
  const auto& ms = facts.coverage.modules;
  if (ms.size() != 1) return std::to_string(ms.size()) + " modules";
  return ms[0].path + " tested by " + ms[0].tested_by;
}

TEST(TestInventoryMapping, TypeStubsAreNotModules) {
  // more-itertools: more.py beside more.pyi, tested by tests/test_more.py.
  MemoryTree tree;
  std::string body;
  for (int i = 0; i < 12; ++i) body += "def f" + std::to_string(i) + "(): pass\n";
  tree.add("more_itertools/more.py", body);
  tree.add("more_itertools/more.pyi", body);
  tree.add("tests/test_more.py", "from more_itertools import chunked\n\ndef test_a():\n  pass\n");
  EXPECT_EQ(only_module(tree), "more_itertools/more.py tested by tests/test_more.py");
}

TEST(TestInventoryMapping, LongInitFilesAreTheirPackagesModule) {
  // markupsafe: the package's code is src/markupsafe/__init__.py.
  MemoryTree tree;
  std::string code, glue = "from .a import b\n";
  for (int i = 0; i < 60; ++i) code += "def f" + std::to_string(i) + "(): pass\n";
  tree.add("src/markupsafe/__init__.py", code);
  tree.add("src/other/__init__.py", glue);
  tree.add("tests/test_markupsafe.py", "def test_a():\n  pass\n");
  EXPECT_EQ(only_module(tree), "src/markupsafe/__init__.py tested by tests/test_markupsafe.py");
  auto ms = modules({"src/pkg/__init__.py"});
  map_tests(ms, tests_of({{"tests/test_api.py", "from pkg import thing\n"}}));
  EXPECT_EQ(tested_by(ms, "src/pkg/__init__.py"), "tests/test_api.py");  // imported as "pkg"
}

TEST(TestInventoryMapping, LanguagesDoNotCross) {
  auto ms = modules({"src/api.py"});
  map_tests(ms, tests_of({{"web/api.test.ts", ""}}));
  EXPECT_EQ(tested_by(ms, "src/api.py"), "");
}

// Regression (expressjs/express, new-user trial 6): its tests reach the
// package through its index, `require('..')` or `require('../')`.
TEST(TestInventoryMapping, RequireOfAFolderReachesItsIndex) {
  EXPECT_EQ(import_targets("test/app.js", "var express = require('..');\n"),
            std::vector<std::string>{"/index"});
  EXPECT_EQ(import_targets("test/app.router.js", "var express = require('../')\n"),
            std::vector<std::string>{"/index"});
  EXPECT_EQ(import_targets("test/acceptance/auth.js", "var app = require('../../examples/auth')\n"),
            std::vector<std::string>{"examples/auth"});
  EXPECT_EQ(import_targets("lib/test/x.test.js", "const m = require('../');\n"),
            std::vector<std::string>{"/lib/index"});
  auto ms = modules({"index.js", "lib/index.js", "lib/router/index.js", "lib/express.js"});
  auto subjects = map_tests(ms, tests_of({{"test/app.js", "var express = require('..');\n"}}));
  EXPECT_EQ(subjects.at(0), "index.js");
  EXPECT_EQ(tested_by(ms, "index.js"), "test/app.js");
  // The root's index is not every folder's index.js.
  EXPECT_EQ(tested_by(ms, "lib/index.js"), "");
  EXPECT_EQ(tested_by(ms, "lib/router/index.js"), "");
  map_tests(ms, tests_of({{"lib/test/x.test.js", "const m = require('../');\n"}}));
  EXPECT_EQ(tested_by(ms, "lib/index.js"), "lib/test/x.test.js");
}

// express's index.js is glue (`module.exports = require('./lib/express')`):
// a test that requires the package reaches lib/express.js through it.
TEST(TestInventoryMapping, RequireOfThePackageFollowsAGlueIndex) {
  MemoryTree tree;
  std::string body;
  for (int i = 0; i < 12; ++i) body += "exports.f" + std::to_string(i) + " = function () {};\n";
  tree.add("index.js", "'use strict';\n\nmodule.exports = require('./lib/express');\n");
  tree.add("lib/express.js", body);
  tree.add("test/app.js",
           "var express = require('../');\n\ndescribe('app', function () {\n"
           "  it('should inherit from event emitter', function () {});\n});\n");
  EXPECT_EQ(only_module(tree), "lib/express.js tested by test/app.js");
}

}  // namespace
}  // namespace practrack::source
