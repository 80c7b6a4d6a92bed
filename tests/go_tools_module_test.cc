// Regression (alertmanager): internal/tools/go.mod pins build tools (buf,
// swagger) whose own requirements include zap and logrus; those are not
// the application's logging libraries, and neither are `// indirect` ones.
#include <gtest/gtest.h>

#include "scan/scanner.h"

namespace practrack {
namespace {

MemoryTree app_tree() {
  MemoryTree t;
  t.add("go.mod",
        "module example.com/app\n\ngo 1.25\n\nrequire (\n\tgithub.com/alecthomas/kingpin/v2 v2.4.0\n"
        "\tgo.uber.org/zap v1.27.1 // indirect\n)\n");
  t.add("internal/tools/go.mod",
        "module example.com/app/internal/tools\n\nrequire go.uber.org/zap v1.27.1\n");
  t.add("main.go", "package main\n\nimport \"log\"\n\nfunc main() { log.Println(\"hi\") }\n");
  return t;
}

}  // namespace

TEST(GoToolsModule, ToolAndIndirectRequirementsAreDevDependencies) {
  MemoryTree t = app_tree();
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  const Assessment* a = r.find("structured-logging");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->status, Status::not_started) << a->note;
  EXPECT_NE(a->note.find("only a development or indirect dependency"), std::string::npos)
      << a->note;
}

TEST(GoToolsModule, ADirectRequirementStillCountsAsListed) {
  MemoryTree t = app_tree();
  t.add("go.mod", "module example.com/app\n\nrequire go.uber.org/zap v1.27.1\n");
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  EXPECT_EQ(r.find("structured-logging")->status, Status::partial) << r.find("structured-logging")->note;
}

}  // namespace practrack
