// Regression (trial 9): a Dockerfile saved with a UTF-8 byte order mark
// (`printf '\xef\xbb\xbfFROM node:20\n'`) read as an unknown instruction,
// so every container practice was not applicable and nothing was said.
// The same mark must not hide a shebang, a Makefile rule or an INI section.
#include <gtest/gtest.h>

#include "parse/json.h"
#include "parse/toml.h"
#include "probes/container/container_probes.h"
#include "probes/manifest/ini.h"
#include "probes/script/make_parse.h"
#include "probes/script/shell_parse.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string with_bom(std::string_view s) { return std::string(kBom) + std::string(s); }

TEST(ByteOrderMark, LinesDropItFromTheFirstLineOnly) {
  std::string dockerfile = with_bom("FROM a\nRUN b\n");  // lines() returns views into it
  auto ls = text::lines(dockerfile);
  ASSERT_EQ(ls.size(), 2u);
  EXPECT_EQ(ls[0], "FROM a");
  EXPECT_EQ(text::strip_bom("x"), "x");
  EXPECT_EQ(text::strip_bom(with_bom("")), "");
}

TEST(ByteOrderMark, DockerfileStartingWithItIsRead) {
  auto df = container::parse_dockerfile("Dockerfile", with_bom("FROM node:20\nRUN npm ci\n"));
  ASSERT_EQ(df.bases.size(), 1u);
  EXPECT_EQ(df.bases[0].display(), "node:20");
  EXPECT_EQ(df.bases[0].at.line, 1);
}

TEST(ByteOrderMark, DockerfileWithItCountsForContainerPractices) {
  MemoryTree t;
  t.add("Dockerfile", with_bom("FROM node:20\nRUN npm ci\n"));
  Assessment a = test_support::assess(t, "image-pinning");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

TEST(ByteOrderMark, ShebangMakefileIniTomlJsonStillParse) {
  EXPECT_EQ(shell::shebang_shell(with_bom("#!/bin/bash")), "bash");
  auto mk = make::parse(with_bom("test:\n\tgo test ./...\n"));
  ASSERT_EQ(mk.rules.size(), 1u);
  EXPECT_EQ(mk.rules[0].targets[0], "test");
  auto ini = manifest::read_ini(with_bom("[flake8]\nmax-line-length = 100\n"));
  ASSERT_FALSE(ini.empty());
  EXPECT_EQ(ini[0].name, "flake8");
  EXPECT_TRUE(parse_toml(with_bom("[tool.black]\nline-length = 100\n")).ok());
  EXPECT_TRUE(parse_json(with_bom("{\"a\": 1}"), false).ok());
}

}  // namespace
}  // namespace practrack
