// Regressions from new-user trial 17: pkgconf (C; NEWS entries "Changes
// from A to B", tests/api/test-x.c, fuzzer/), guzzle/psr7 (PHP; tool
// manifests under vendor-bin/, a dotfile config) and timber (release notes
// taken from the changelog by an action); diff with a broken project config.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "support/cli_run.h"
#include "support/temp_repo.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::scan_memory;
using test_support::CliRun;
using test_support::practrack;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

std::string c_module(int lines) {
  std::string s = "#include \"buffer.h\"\n";
  for (int i = 0; i < lines; ++i)
    s += "int f" + std::to_string(i) + "(void) { return " + std::to_string(i) + "; }\n";
  return s;
}

TEST(Trial17Regressions, NewsEntryIsTheReleaseItLeadsTo) {
  MemoryTree t;
  t.add("NEWS", "Changes from 2.5.1 to 3.0.0:\n----------------------------\n\n* Fix things.\n\n"
                "Changes from 2.5.0 to 2.5.1:\n----------------------------\n\n* More.\n");
  auto a = assess(t, "changelog");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "newest entry 3.0.0")) << a.note;
}

TEST(Trial17Regressions, TestDashNamesItsModuleAndFuzzersAndDotfilesAreNoModules) {
  MemoryTree t;
  t.add("libpkgconf/buffer.c", c_module(12));
  t.add("tests/api/test-buffer.c", "#include <stdlib.h>\nint main(void) { return 0; }\n");
  t.add("fuzzer/parse_fuzzer.c", c_module(12));
  t.add(".php-cs-fixer.dist.php", "<?php\n" + std::string(12, '\n') + "return (new Config())\n" +
                                      "    ->setRules([])\n" + std::string(10, ';') + "\n");
  Report r = scan_memory(t);
  std::map<std::string, std::string> tested;
  for (const auto& m : r.facts.coverage.modules) tested[m.path] = m.tested_by;
  EXPECT_EQ(tested["libpkgconf/buffer.c"], "tests/api/test-buffer.c");
  EXPECT_EQ(tested.count("fuzzer/parse_fuzzer.c"), 0u);
  EXPECT_EQ(tested.count(".php-cs-fixer.dist.php"), 0u);
}

TEST(Trial17Regressions, ToolManifestsUnderVendorBinAreNoComponents) {
  MemoryTree t;
  t.add("composer.json", "{\"name\": \"guzzlehttp/psr7\", \"extra\": {\"bamarni-bin\": {}}}\n");
  t.add("vendor-bin/phpstan/composer.json", "{\"require\": {\"phpstan/phpstan\": \"^1\"}}\n");
  t.add("vendor-bin/psalm/composer.json", "{\"require\": {\"vimeo/psalm\": \"^5\"}}\n");
  auto a = assess(t, "monorepo");
  EXPECT_NE(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(has(a.note, "vendor-bin")) << a.note;
}

TEST(Trial17Regressions, ReleaseNotesFromTheChangelogByAnAction) {
  MemoryTree t;
  t.add("CHANGELOG.md", "# Change Log\n\n## [5.0.1] - 2021-08-13\n\n- Fix.\n");
  t.add(".github/workflows/release.yaml",
        "on:\n  push:\n    tags: ['*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: ffurrer2/extract-release-notes@v2\n        id: notes\n"
        "      - uses: softprops/action-gh-release@v2\n        with:\n"
        "          body: ${{ steps.notes.outputs.release_notes }}\n");
  auto a = assess(t, "release-notes");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "changelog section")) << a.note;
}

// pkgconf's analysis job builds with GCC's analyzer; its release job
// attaches tarballs to a GitHub release, which is no package in a registry.
TEST(Trial17Regressions, GccAnalyzerIsSastAndReleaseAssetsAReleaseNotAPackage) {
  MemoryTree t;
  t.add("meson.build", "project('pkgconf', 'c', version : '2.9.99')\n");
  t.add(".github/workflows/test.yml",
        "on: [push]\njobs:\n  analysis:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: meson setup _build -Danalyzer=true -Dwerror=true\n"
        "  legacy:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: make CFLAGS=\"-O2 -fanalyzer\"\n");
  t.add(".github/workflows/release-tarballs.yml",
        "on:\n  push:\n    tags: ['pkgconf-*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: softprops/action-gh-release@v2\n        with:\n"
        "          files: dist/pkgconf-*.tar.*\n");
  auto sast = assess(t, "sast");
  EXPECT_EQ(sast.status, Status::adopted) << sast.note;
  EXPECT_TRUE(has(sast.note, "GCC -fanalyzer (CI job analysis, CI job legacy)")) << sast.note;
  auto deploy = assess(t, "automated-deploy");
  EXPECT_TRUE(has(deploy.note, "publishes a release")) << deploy.note;
  EXPECT_NE(assess(t, "package-publishing").status, Status::adopted);
}

// An executable without extension is a script candidate until its bytes
// say otherwise: a committed ELF is no warning (--strict exited 4).
TEST(Trial17Regressions, ACompiledExecutableIsNoScriptAndNoWarning) {
  MemoryTree t;
  const std::string elf = std::string("\x7f" "ELF\x02\x01\x01", 7) + std::string(73, '\0');
  t.add("bin/tool", elf, FileKind::executable);
  t.add("bin/run", "#!/bin/sh\nset -eu\necho hi\n", FileKind::executable);
  Report r = scan_memory(t);
  for (const auto& d : r.diagnostics) EXPECT_NE(d.path, "bin/tool") << d.message;
  ASSERT_EQ(r.facts.scripts.shell_scripts.size(), 1u);
  EXPECT_EQ(r.facts.scripts.shell_scripts[0].path, "bin/run");
}

// timber configures Android Lint (lintOptions) and CI runs ./gradlew build,
// whose check task runs it; an Android build that configures none is not
// counted (every one could run it).
TEST(Trial17Regressions, ConfiguredAndroidLintRunsWithTheBuild) {
  MemoryTree t;
  t.add("timber/build.gradle",
        "apply plugin: 'com.android.library'\n\nandroid {\n  lintOptions {\n    textReport true\n"
        "  }\n}\n");
  t.add(".github/workflows/build.yaml",
        "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: ./gradlew build\n");
  auto a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "Android Lint (CI job build")) << a.note;
  t.add("timber/build.gradle", "apply plugin: 'com.android.library'\n\nandroid {\n}\n");
  EXPECT_FALSE(has(assess(t, "linting").note, "Android Lint"));
}

// diff stopped with exit 2 on a broken in-tree config and named no file;
// like scan, it says where and goes on with detection only.
TEST(Trial17Regressions, DiffWarnsOfABrokenProjectConfigAndGoesOn) {
  test_support::TempRepo repo;
  repo.write("README.md", "# x\n");
  std::string first = repo.commit("c1");
  repo.write(".practrack.yml", "practices: {\n");
  repo.commit("c2");
  CliRun r = practrack("diff " + first + " HEAD " + repo.path() + " --db " + repo.path() + "/d.db");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(has(r.out, "warning: .practrack.yml:")) << r.out;
  EXPECT_TRUE(has(r.out, "detection only")) << r.out;
  CliRun named = practrack("diff " + first + " HEAD " + repo.path() + " --config " + repo.path() +
                           "/.practrack.yml --db " + repo.path() + "/d.db");
  EXPECT_EQ(named.status, 2) << named.out;
}

}  // namespace
}  // namespace practrack
