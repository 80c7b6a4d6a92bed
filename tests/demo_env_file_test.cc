// Regression (trial 9, denoland/fresh): `packages/plugin-vite/demo/.env`
// holding `MY_ENV="MY_ENV test value"` made secrets-excluded not started.
// A demo's .env with no secret-looking key is mentioned, not counted; one
// with a secret-looking key, or outside a sample folder, still counts.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree fresh_like() {
  MemoryTree t;
  t.add("deno.json", "{\"tasks\": {}}\n");
  t.add(".gitignore", ".env\nnode_modules/\n");
  t.add("packages/plugin-vite/demo/.env", "MY_ENV=\"MY_ENV test value\"\n");
  return t;
}

TEST(DemoEnvFile, DemoEnvWithoutSecretKeysIsMentionedNotCounted) {
  Assessment a = assess(fresh_like(), "secrets-excluded");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "packages/plugin-vite/demo/.env")) << a.note;
}

TEST(DemoEnvFile, DemoEnvWithASecretLookingKeyStillCounts) {
  MemoryTree t = fresh_like();
  t.add("packages/plugin-vite/demo/.env", "API_TOKEN=abc123def456\n");
  EXPECT_NE(assess(t, "secrets-excluded").status, Status::adopted);
}

TEST(DemoEnvFile, EnvOutsideASampleFolderStillCounts) {
  MemoryTree t = fresh_like();
  t.add("packages/plugin-vite/.env", "MY_ENV=\"value\"\n");
  EXPECT_NE(assess(t, "secrets-excluded").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
