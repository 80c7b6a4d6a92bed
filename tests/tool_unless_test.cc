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
