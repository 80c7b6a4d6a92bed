// Regression (new-user trial 6): a binary file named README made the
// readme practice partial ("could not be read"). A binary README is not a
// README: the next README (docs/, .github/) is read, or there is none.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::scan_memory;

const std::string kBinary(
    "\x7f"
    "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
    16);

TEST(BinaryReadme, IsNoReadme) {
  MemoryTree t;
  t.add("README", kBinary);
  Report r = scan_memory(t);
  const Assessment* a = r.find("readme");
  EXPECT_EQ(a->status, Status::not_started) << a->note;
  EXPECT_EQ(a->note, "No README");
  bool warned = false;
  for (const auto& d : r.diagnostics) warned = warned || d.path == "README";
  EXPECT_TRUE(warned);
}

TEST(BinaryReadme, TheNextReadmeIsRead) {
  MemoryTree t;
  t.add("README", kBinary);
  t.add("docs/README.md",
        "# Tool\n\n## Install\n\n    pip install tool\n\n## Usage\n\n    tool run\n\n"
        "## Tests\n\n    pytest\n");
  auto a = assess(t, "readme");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("docs/README.md"), std::string::npos) << a.note;
}

// Too large to read is still a README, unread: partial, as before.
TEST(BinaryReadme, TextReadmeStillCounts) {
  MemoryTree t;
  t.add("README.md", "# Tool\n\nA tool.\n");
  EXPECT_EQ(assess(t, "readme").status, Status::partial);
}

}  // namespace
}  // namespace practrack
