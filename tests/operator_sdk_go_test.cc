// Regressions (trial 9, operator-framework/operator-sdk): golangci-lint
// v2's `formatters:` run by `make lint` in CI and `$(GO) fmt ./...` were
// no formatting, goreleaser called with options only (its default command
// releases) by `make release` in a tag workflow was no release automation,
// and Ginkgo specs (`It(`) were not counted as tests.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kMakefile = "GO := $(shell type -P go)\n"
                                  "TOOLS_DIR = tools/bin\n\n"
                                  ".PHONY: fix\nfix:\n\t$(GO) mod tidy\n\t$(GO) fmt ./...\n\n"
                                  ".PHONY: lint\nlint:\n\t$(TOOLS_DIR)/golangci-lint run\n\n"
                                  ".PHONY: release\nrelease:\n\t$(MAKE) -f release/Makefile $@\n";

constexpr const char* kReleaseMakefile =
    ".PHONY: release\nrelease:\n"
    "\tGORELEASER_CURRENT_TAG=$(GIT_VERSION) $(TOOLS_DIR)/goreleaser $(SNAPSHOT_FLAGS) "
    "--release-notes=$(CHANGELOG) --parallelism 5\n";

constexpr const char* kGolangci = R"(version: "2"
linters:
  enable:
    - gosec
formatters:
  enable:
    - goimports
)";

constexpr const char* kSanity = R"(on: [push, pull_request]
jobs:
  sanity:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make lint
)";

constexpr const char* kDeploy = R"(on:
  push:
    tags: ['v*']
jobs:
  goreleaser:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make release
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
)";

constexpr const char* kGinkgo = R"(package scorecard

import (
	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
)

var _ = Describe("Scorecard", func() {
	It("runs the basic tests", func() {
		Expect(true).To(BeTrue())
	})
	It("reports failures", func() {
		Expect(true).To(BeTrue())
	})
	DescribeTable("labels",
		func(s string) { Expect(s).NotTo(BeEmpty()) },
		Entry("one", "a"),
		Entry("two", "b"),
	)
})
)";

MemoryTree operator_sdk_like() {
  MemoryTree t;
  t.add("go.mod", "module github.com/operator-framework/operator-sdk\n\ngo 1.22\n");
  t.add("Makefile", kMakefile);
  t.add("release/Makefile", kReleaseMakefile);
  t.add(".golangci.yml", kGolangci);
  t.add(".github/workflows/test-sanity.yml", kSanity);
  t.add(".github/workflows/deploy.yml", kDeploy);
  t.add("internal/scorecard/scorecard.go", "package scorecard\n");
  t.add("internal/scorecard/scorecard_test.go", kGinkgo);
  return t;
}

TEST(OperatorSdkGo, GinkgoSpecsAreCounted) {
  auto r = source::analyse("internal/scorecard/scorecard_test.go", source::kGo, kGinkgo);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].framework, "ginkgo");
  EXPECT_EQ(r.tests[0].tests, 4);
  EXPECT_EQ(r.tests[0].parametrized, 2);
}

TEST(OperatorSdkGo, GolangciFormattersRunByLintAreFormatting) {
  MemoryTree t = operator_sdk_like();
  Assessment a = assess(t, "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "goimports")) << a.note;
}

TEST(OperatorSdkGo, GoFmtThroughAMakeVariableIsFormatting) {
  MemoryTree t = operator_sdk_like();
  t.add(".github/workflows/test-sanity.yml", std::string(kSanity) + "      - run: make fix\n");
  t.add(".golangci.yml", "version: \"2\"\nlinters:\n  enable: [gosec]\n");
  Assessment a = assess(t, "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "gofmt")) << a.note;
}

TEST(OperatorSdkGo, GoreleaserWithOptionsOnlyReleasesOnTags) {
  Assessment a = assess(operator_sdk_like(), "release-automation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "goreleaser")) << a.note;
}

}  // namespace
}  // namespace practrack
