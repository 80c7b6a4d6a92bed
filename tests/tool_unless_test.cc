// Regression: `clang-format --dry-run -Werror` (our own make format-check)
// was taken for compiler warnings as errors.
#include <gtest/gtest.h>

#include "scan/scanner.h"

namespace practrack {
namespace {

Status type_checking(const std::string& makefile) {
  MemoryTree tree;
  tree.add("Makefile", makefile);
  tree.add("src/main.cc", "int main() { return 0; }\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return scan_tree(ctx).find("type-checking")->status;
}

}  // namespace

TEST(ToolUnless, ClangFormatWerrorIsNotACompilerSetting) {
  EXPECT_NE(type_checking("format-check:\n\tclang-format --dry-run -Werror src/main.cc\n"),
            Status::adopted);
  EXPECT_EQ(type_checking("build:\n\tcmake -S . -B build -DPROJECT_WERROR=ON\n"), Status::adopted);
  EXPECT_EQ(type_checking("build:\n\tg++ -Wall -Werror -o app src/main.cc\n"), Status::adopted);
}

}  // namespace practrack

namespace practrack {

// Regression (cobra): `docker run -v $(pwd):/wrk -w /wrk` is no wrk run.
TEST(ToolPatterns, AFolderNamedWrkIsNotTheLoadTester) {
  auto load = [](const std::string& recipe) {
    MemoryTree tree;
    tree.add("Makefile", "check:\n\t" + recipe + "\n");
    Diagnostics diags;
    ScanContext ctx(tree, diags);
    return scan_tree(ctx).find("load-testing")->status;
  };
  EXPECT_NE(load("docker run -v $(pwd):/wrk -w /wrk golang addlicense -check ."), Status::adopted);
  EXPECT_EQ(load("wrk -t2 -c10 -d30s http://localhost:8080/"), Status::adopted);
}

}  // namespace practrack
