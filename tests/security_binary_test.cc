#include <gtest/gtest.h>

#include "probes/security/security_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using security::sniff_binary;

std::string bytes(std::initializer_list<int> b, std::size_t pad = 64) {
  std::string s;
  for (int c : b) s += static_cast<char>(c);
  s.resize(std::max(s.size(), pad), '\0');
  return s;
}

std::string pe_header() {
  std::string s = bytes({'M', 'Z'}, 256);
  s[0x3c] = static_cast<char>(0x80);
  s.replace(0x80, 4, std::string("PE\0\0", 4));
  return s;
}

TEST(SecurityBinary, MagicBytesDecideNotNames) {
  EXPECT_EQ(sniff_binary("notes.txt", bytes({0x7f, 'E', 'L', 'F', 2, 1, 1})), "elf");
  EXPECT_EQ(sniff_binary("tool.exe", "MZ is how this README starts\n"), "");
  EXPECT_EQ(sniff_binary("a.dat", pe_header()), "pe");
  EXPECT_EQ(sniff_binary("x", bytes({0xcf, 0xfa, 0xed, 0xfe})), "mach-o");
  EXPECT_EQ(sniff_binary("A.class", bytes({0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61})), "java-class");
  EXPECT_EQ(sniff_binary("fat", bytes({0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2})), "mach-o");
  EXPECT_EQ(sniff_binary("lib.jar", bytes({'P', 'K', 3, 4})), "jar");
  EXPECT_EQ(sniff_binary("dist.zip", bytes({'P', 'K', 3, 4})), "zip");
  EXPECT_EQ(sniff_binary("a.tgz", bytes({0x1f, 0x8b, 8})), "gzip");
  EXPECT_EQ(sniff_binary("a.7z", bytes({'7', 'z', 0xbc, 0xaf, 0x27, 0x1c})), "7z");
  EXPECT_EQ(sniff_binary("a.rar", bytes({'R', 'a', 'r', '!', 0x1a, 0x07, 0})), "rar");
  EXPECT_EQ(sniff_binary("a.wasm", bytes({0, 'a', 's', 'm', 1})), "wasm");
  std::string tar(512, '\0');
  tar.replace(257, 5, "ustar");
  EXPECT_EQ(sniff_binary("a.tar", tar), "tar");
  EXPECT_EQ(sniff_binary("a.bz2", "BZh91AY&SY" + std::string(20, '\0')), "bzip2");
  EXPECT_EQ(sniff_binary("notes.md", "BZh is a prefix of this text\n"), "");
}

TEST(SecurityBinary, OfficeDocumentsImagesAndTextAreNotBinaryArtifacts) {
  EXPECT_EQ(sniff_binary("report.xlsx", bytes({'P', 'K', 3, 4})), "");
  EXPECT_EQ(sniff_binary("spec.DOCX", bytes({'P', 'K', 3, 4})), "");
  EXPECT_EQ(sniff_binary("logo.png", bytes({0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})), "");
  EXPECT_EQ(sniff_binary("main.c", "int main(void) { return 0; }\n"), "");
  EXPECT_EQ(sniff_binary("empty", ""), "");
}

// Trial 12 (metaconfig): bin/scalafmt is a shell script with a zip
// appended past the first 512 bytes, a bootstrap launcher.
TEST(SecurityBinary, AScriptCarryingAZipIsALauncher) {
  std::string script = "#!/usr/bin/env sh\n" + std::string(600, '#') + "\nexec java -jar \"$0\"\n";
  std::string launcher = script + bytes({'P', 'K', 3, 4, 20, 0, 0, 0});
  MemoryTree tree;
  tree.add("bin/scalafmt", launcher, FileKind::executable);
  tree.add("bin/deploy.sh", script, FileKind::executable);
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_content(ctx, facts);
  ASSERT_EQ(facts.security.binaries.size(), 1u);
  EXPECT_EQ(facts.security.binaries[0].path, "bin/scalafmt");
  EXPECT_EQ(facts.security.binaries[0].kind, "launcher (script + zip)");
  // A script that only mentions PK with no binary bytes is text.
  EXPECT_EQ(sniff_binary("x.sh", "#!/bin/sh\necho PK\x03\x04\n"), "");
}

// Trial 13: "1 file(s) over 64 MiB judged by name only" named no file.
TEST(SecurityBinary, AFileJudgedByNameIsNamed) {
  MemoryTree tree;
  tree.add("dist/app.zip", std::string((64u << 20) + 1, 'x'));
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_content(ctx, facts);
  ASSERT_EQ(facts.security.binaries.size(), 1u);
  auto all = diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "dist/app.zip");
  EXPECT_EQ(all[0].message, "over 64 MiB: judged by its name alone for binary-artifacts");
}

TEST(SecurityBinary, ProbeScansVendoredTooAndMarksWrappers) {
  MemoryTree tree;
  tree.add("bin/tool.txt", bytes({0x7f, 'E', 'L', 'F'}));
  tree.add("third_party/lib/libz.so", bytes({0x7f, 'E', 'L', 'F'}));
  tree.add("gradle/wrapper/gradle-wrapper.jar", bytes({'P', 'K', 3, 4}));
  tree.add("setup.exe", "echo this is a text file named .exe\n");
  tree.add("docs/manual.docx", bytes({'P', 'K', 3, 4}));
  tree.add("link", "bin/tool.txt", FileKind::symlink);
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_content(ctx, facts);
  const auto& bins = facts.security.binaries;
  ASSERT_EQ(bins.size(), 3u);
  EXPECT_EQ(bins[0].path, "bin/tool.txt");
  EXPECT_EQ(bins[0].kind, "elf");
  EXPECT_FALSE(bins[0].vendored);
  EXPECT_EQ(bins[1].path, "gradle/wrapper/gradle-wrapper.jar");
  EXPECT_TRUE(bins[1].wrapper);
  EXPECT_EQ(bins[2].path, "third_party/lib/libz.so");
  EXPECT_TRUE(bins[2].vendored);
  EXPECT_EQ(facts.security.files_sniffed, 5);  // the symlink is never read
  EXPECT_TRUE(diags.all().empty());
}

}  // namespace
}  // namespace practrack
