// Trial 14: a 13 MB log holding keys was skipped in silence and the tracker
// said "No committed secret in 0 text files scanned". An own text file too
// large for the secret scan now gets a warning naming it, and the note says
// which files went unscanned.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::scan_memory;

TEST(UnscannedLargeText, AWarningNamesItAndTheSecretsNoteSaysSo) {
  MemoryTree t;
  t.add(".gitignore", ".env\n*.pem\n");
  std::string big = "started\n";
  while (big.size() < (2u << 20)) big += "2026-12-06 12:00:00 INFO request served in 12 ms\n";
  t.add("logs/big.log", big);
  t.add("app.py", "print('hi')\n");
  Report r = scan_memory(t);
  auto warned = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) {
    return d.path == "logs/big.log" && text::contains(d.message, "not scanned for secrets");
  });
  EXPECT_TRUE(warned);
  const Assessment* a = r.find("secrets-excluded");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(text::contains(a->note, "1 text file over 1 MiB not scanned: `logs/big.log`"))
      << a->note;
}

TEST(UnscannedLargeText, MediaAndLockFilesAreNotText) {
  MemoryTree t;
  t.add("assets/clip.mp4", std::string(2u << 20, 'v'));
  t.add("package-lock.json", "{\"x\": \"" + std::string(2u << 20, 'a') + "\"}\n");
  Report r = scan_memory(t);
  for (const auto& d : r.diagnostics)
    EXPECT_FALSE(text::contains(d.message, "not scanned for secrets")) << d.path;
  EXPECT_FALSE(text::contains(r.find("secrets-excluded")->note, "not scanned")) << r.find("secrets-excluded")->note;
}

}  // namespace
}  // namespace practrack
