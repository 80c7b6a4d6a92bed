// A "Contributing" section of the README is a developer guide when it
// guides (how to build, test, send changes); a line or two pointing
// elsewhere (alertmanager: the Prometheus-wide guide) is partial.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kGuide = R"(# tool

Does things.

## Contributing

1. Fork the repository and create a branch.
2. Install the dev dependencies: `pip install -e .[dev]`.
3. Run the tests with `pytest` and the linters with `ruff check`.
4. Add a changelog entry under `changes/`.
5. Open a pull request against `main`.

## Contributors

Alice, Bob.
)";

}  // namespace

TEST(ReadmeContributing, SectionThatGuidesIsAdopted) {
  MemoryTree t;
  t.add("README.md", kGuide);
  auto a = assess(t, "contributing-guide");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_EQ(a.note, "`README.md` section `Contributing` (5 lines); no guide of its own");
  ASSERT_EQ(a.evidence.size(), 1u);
  EXPECT_EQ(a.evidence.front().line, 5);
}

TEST(ReadmeContributing, WelcomeLineIsPartial) {
  MemoryTree t;
  t.add("README.md",
        "# tool\n\n## Contributing\n\nPull requests are welcome.\n\n## License\n\nMIT\n");
  auto a = assess(t, "contributing-guide");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_EQ(a.note,
            "`README.md` section `Contributing` (1 line): a short pointer, no guide in the "
            "repository");
}

TEST(ReadmeContributing, GuideFileWinsAndContributorsListIsNoGuide) {
  MemoryTree with_file;
  with_file.add("README.md", kGuide);
  with_file.add("CONTRIBUTING.md", "# Contributing\n\nRun the tests.\n");
  auto a = assess(with_file, "contributing-guide");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`CONTRIBUTING.md`");

  MemoryTree people;
  people.add("README.md", "# tool\n\n## Contributors\n\n- Alice\n- Bob\n- Carol\n- Dan\n- Eve\n");
  EXPECT_EQ(assess(people, "contributing-guide").status, Status::not_started);
}

// libfuse: "Development Status" says the project has no active developers;
// it is no guide to contributing (trial 11). "Development" alone still is.
TEST(ReadmeContributing, DevelopmentStatusIsNoGuide) {
  MemoryTree t;
  t.add("README.md",
        "# lib\n\nA library.\n\n## Development Status\n\nThere are no active maintainers.\n"
        "Bugs are fixed by the community.\nRelease occasionally.\n");
  EXPECT_EQ(assess(t, "contributing-guide").status, Status::not_started)
      << assess(t, "contributing-guide").note;
  MemoryTree dev;
  dev.add("README.md",
          "# lib\n\nA library.\n\n## Development\n\n1. Clone it.\n2. Run `make test`.\n"
          "3. Send a pull request.\n");
  EXPECT_NE(assess(dev, "contributing-guide").status, Status::not_started);
}

}  // namespace practrack
