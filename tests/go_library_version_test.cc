// Regression (spf13/cobra): a Go library that implements version flags for
// the programs built with it does not itself report a version. Version
// flags count in a Go module only when it holds a program (package main).
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCobraCommand = R"(package cobra

func (c *Command) InitDefaultVersionFlag() {
	if c.Flags().Lookup("version") == nil {
		c.Flags().BoolP("version", "v", false, "version for "+c.Name())
	}
}
)";

TEST(GoLibraryVersion, LibraryVersionFlagApiIsNoVersionCommand) {
  MemoryTree t;
  t.add("go.mod", "module github.com/spf13/cobra\n\ngo 1.15\n");
  t.add("command.go", kCobraCommand);
  auto a = assess(t, "version-command");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

TEST(GoLibraryVersion, ProgramWithVersionFlagInItsCommandPackage) {
  MemoryTree t;
  t.add("go.mod", "module github.com/gohugoio/hugo\n\ngo 1.24\n");
  t.add("main.go",
        "package main\n\nimport \"github.com/gohugoio/hugo/commands\"\n\n"
        "func main() { commands.Execute() }\n");
  t.add("commands/root.go", kCobraCommand);
  auto a = assess(t, "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("commands/root.go"), std::string::npos) << a.note;
}

TEST(GoLibraryVersion, VersionFlagInMainPackage) {
  MemoryTree t;
  t.add("go.mod", "module github.com/prometheus/node_exporter\n\ngo 1.24\n");
  t.add("node_exporter.go",
        "package main\n\nfunc main() {\n\tkingpin.Version(version.Print(\"node_exporter\"))\n}\n");
  EXPECT_EQ(assess(t, "version-command").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
