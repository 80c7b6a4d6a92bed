// Regressions (trial 9, operator-framework/operator-sdk): a page of the
// documentation website (website/content/...) naming a Helm annotation
// `rollback-force` made rollback partial, and client_golang imported by
// generator samples (hack/generate/samples/) made service-monitoring
// adopted. Neither is the project's own.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree go_cli() {
  MemoryTree t;
  t.add("go.mod", "module github.com/operator-framework/operator-sdk\n\ngo 1.22\n");
  t.add("cmd/operator-sdk/main.go", "package main\n\nfunc main() {}\n");
  return t;
}

TEST(OperatorSdkSamples, DocsSitePageIsNoRollbackProcedure) {
  MemoryTree t = go_cli();
  t.add("website/content/en/docs/helm/annotations.md",
        "# Annotations\n\n## `helm.sdk.operatorframework.io/rollback-force`\n\nForces it.\n");
  Assessment a = assess(t, "rollback");
  EXPECT_NE(a.status, Status::partial) << a.note;
  // A runbook of the project's own still counts.
  t.add("docs/runbook.md", "# Runbook\n\n## Rollback\n\nRedeploy the previous tag.\n");
  EXPECT_EQ(assess(t, "rollback").status, Status::partial);
}

TEST(OperatorSdkSamples, GeneratorSamplesAreNoServiceMonitoring) {
  MemoryTree t = go_cli();
  t.add("hack/generate/samples/internal/go/memcached/main.go",
        "package main\n\nimport (\n\t\"github.com/prometheus/client_golang/prometheus\"\n)\n\n"
        "var c = prometheus.NewCounter(prometheus.CounterOpts{Name: \"x\"})\n");
  Assessment a = assess(t, "service-monitoring");
  EXPECT_NE(a.status, Status::adopted) << a.note;
  for (const auto& e : a.evidence) EXPECT_FALSE(text::contains(e.path, "samples/")) << e.path;
}

}  // namespace
}  // namespace practrack
