// Polish from trial 9: explain's evidence whole in a pipe, the nested-JSON
// warning's "malformed JSON:" prefix, "1 Dockerfile built on its own",
// ci-on-push grouped by CI system, and one warning for every symlink that
// would have been evidence (Dockerfile, .github, dependabot.yml).
#include <gtest/gtest.h>

#include <string>

#include "parse/json.h"
#include "render/render.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::scan_memory;

std::string warning_for(const Report& r, std::string_view path) {
  for (const auto& d : r.diagnostics)
    if (d.path == path) return d.message;
  return "";
}

TEST(PolishFp10, ExplainEvidenceIsWholeInAPipe) {
  MemoryTree t;
  std::string long_name(120, 'x');
  t.add("src/" + long_name + ".go",
        "package x\n\nimport \"github.com/prometheus/client_golang/prometheus\"\n\n"
        "var c = prometheus.NewCounter(prometheus.CounterOpts{Name: \"requests_total\"})\n");
  t.add("go.mod", "module example.com/x\n\ngo 1.22\n");
  Report r = scan_memory(t);
  RenderOptions ro;
  ro.width = 80;
  ro.full_notes = true;
  std::string whole = render_explain(r, "service-monitoring", ro);
  EXPECT_TRUE(text::contains(whole, long_name + ".go:")) << whole;
  ro.full_notes = false;
  std::string cut = render_explain(r, "service-monitoring", ro);
  EXPECT_FALSE(text::contains(cut, long_name + ".go:")) << cut;
}

TEST(PolishFp10, NestedJsonWarningSaysMalformedJson) {
  auto doc = parse_json(std::string(500, '[') + std::string(500, ']'));
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(text::starts_with(doc.error(), "malformed JSON: nested more than")) << doc.error();
}

TEST(PolishFp10, OneDockerfileIsBuiltOnItsOwn) {
  MemoryTree t;
  t.add("Dockerfile", "FROM node:20\nRUN npm ci\n");
  Assessment a = assess(t, "compose");
  EXPECT_TRUE(text::contains(a.note, "1 Dockerfile built on its own")) << a.note;
}

TEST(PolishFp10, CiOnPushGroupsBySystem) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", "on: [push, pull_request]\njobs:\n  b:\n    runs-on: x\n"
                                    "    steps:\n      - run: make\n");
  t.add(".github/workflows/release.yml",
        "on:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  r:\n    runs-on: x\n"
        "    steps:\n      - run: make dist\n");
  t.add(".travis.yml", "language: c\nscript: make check\n");
  Assessment a = assess(t, "ci-on-push");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  auto first = a.note.find("GitHub Actions");
  ASSERT_NE(first, std::string::npos) << a.note;
  EXPECT_EQ(a.note.find("GitHub Actions", first + 1), std::string::npos) << a.note;
}

TEST(PolishFp10, EverySkippedSymlinkThatWouldBeEvidenceIsNamed) {
  MemoryTree t;
  t.add("Dockerfile", "docker/Dockerfile", FileKind::symlink);
  t.add("docker/Dockerfile.base", "FROM alpine:3.20\n");
  t.add(".github", "../shared/github", FileKind::symlink);
  Report r = scan_memory(t);
  EXPECT_TRUE(text::contains(warning_for(r, "Dockerfile"), "not read as a Dockerfile"))
      << warning_for(r, "Dockerfile");
  EXPECT_TRUE(text::contains(warning_for(r, ".github"), "a symlink: not followed"));

  MemoryTree d;
  d.add(".github/dependabot.yml", "../../ci/dependabot.yml", FileKind::symlink);
  Report rd = scan_memory(d);
  EXPECT_TRUE(
      text::contains(warning_for(rd, ".github/dependabot.yml"), "not read as the Dependabot config"))
      << warning_for(rd, ".github/dependabot.yml");
}

}  // namespace
}  // namespace practrack
