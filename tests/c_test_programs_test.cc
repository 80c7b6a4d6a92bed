// Framework-less C tests: programs in a test folder, named for a test,
// with their own main(), run by meson, CTest or a script and judged by
// their exit status (libfuse's test/test_*.c; trial 12).
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kProgram = R"(#include <stdio.h>

/* main() is below */
static int check_flags(void) { return 0; }

int main(int argc, char *argv[])
{
	return check_flags();
}
)";

TEST(CTestPrograms, ProgramsInATestFolderAreUnitTests) {
  MemoryTree t;
  t.add("meson.build", "project('libfuse3', ['c'], version: '3.17.0')\n");
  t.add("lib/fuse.c", "int fuse_main(void) { return 0; }\n");
  t.add("test/test_syscalls.c", kProgram);
  t.add("test/test_setattr.c", kProgram);
  t.add("test/mount_test.c", kProgram);
  t.add("test/hello.c", kProgram);         // a helper the tests mount, not a test
  t.add("example/test_like.c", kProgram);  // not in a test folder
  Assessment a = test_support::assess(t, "unit-tests");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "3 test programs")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 6);  // main(), not the comment that names it
}

TEST(CTestPrograms, AFrameworkTestFileIsCountedByItsFramework) {
  MemoryTree t;
  t.add("CMakeLists.txt", "project(x)\n");
  t.add("tests/test_parser.cc",
        "#include <gtest/gtest.h>\nTEST(Parser, A) {}\nTEST(Parser, B) {}\n"
        "int main(int argc, char** argv) { return RUN_ALL_TESTS(); }\n");
  Assessment a = test_support::assess(t, "unit-tests");
  EXPECT_TRUE(text::contains(a.note, "googletest")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "test program")) << a.note;
}

}  // namespace
}  // namespace practrack
