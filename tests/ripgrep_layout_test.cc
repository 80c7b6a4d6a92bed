// Regression (BurntSushi/ripgrep, new-user trial 6): its --version flag is
// parsed with lexopt, its main integration tests in `tests/` are written
// through a macro (`rgtest!`), and a Rust project without warnings as
// errors was told only "No type checker runs".
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree ripgrep_like() {
  MemoryTree t;
  t.add("Cargo.toml",
        "[package]\nname = \"ripgrep\"\nversion = \"14.1.1\"\n\n[[bin]]\nname = \"rg\"\n"
        "path = \"crates/core/main.rs\"\n");
  t.add("crates/core/main.rs", "fn main() {\n    flags::parse();\n}\n");
  t.add("crates/core/flags/parse.rs",
        "fn next(p: &mut lexopt::Parser) {\n    match arg {\n"
        "        lexopt::Arg::Short('V') => {}\n"
        "        lexopt::Arg::Long(name) if name == \"version\" => {\n"
        "            special = Some(SpecialMode::VersionLong);\n        }\n    }\n}\n");
  t.add("crates/ignore/Cargo.toml", "[package]\nname = \"ignore\"\nversion = \"0.4.23\"\n");
  t.add("crates/ignore/src/lib.rs", "pub fn walk() {}\n");
  t.add("crates/ignore/tests/gitignore_parents.rs", "#[test]\nfn matched() {}\n");
  t.add("tests/macros.rs",
        "#[macro_export]\nmacro_rules! rgtest {\n    ($name:ident, $fun:expr) => {\n"
        "        #[test]\n        fn $name() {}\n    };\n}\n");
  t.add("tests/misc.rs", "rgtest!(single_file, |dir: Dir, mut cmd: TestCommand| {\n});\n");
  t.add("tests/regression.rs", "rgtest!(r1, |dir: Dir, mut cmd: TestCommand| {\n});\n");
  t.add("tests/util.rs", "pub struct Dir;\n");
  return t;
}

TEST(RipgrepLayout, LexoptVersionFlagIsAVersionCommand) {
  auto a = assess(ripgrep_like(), "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_EQ(a.note, "lexopt version flag in `crates/core/flags/parse.rs`");
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().line, 4);
}

TEST(RipgrepLayout, ClapBuilderVersionFlags) {
  auto note_of = [](const char* body) {
    MemoryTree t;
    t.add("src/main.rs", body);
    return assess(t, "version-command").note;
  };
  EXPECT_EQ(note_of("let c = Command::new(\"x\").version(\"1.2.3\");\n"),
            "clap version in `src/main.rs`");
  EXPECT_EQ(note_of("let a = Arg::new(\"version\").short('V');\n"),
            "clap version flag in `src/main.rs`");
  EXPECT_EQ(note_of("let a = Arg::new(\"v\").long(\"version\");\n"),
            "clap version flag in `src/main.rs`");
  // clap's own doc examples are comments, not its flag (clap-rs/clap); a
  // real call after them still counts, at its line.
  EXPECT_EQ(note_of("/// let m = Command::new(\"x\")\n///     .version(\"1.0.2\")\n"
                    "//! Arg::new(\"version\")\n/* .long(\"version\") */\n"),
            "No --version flag or version target found");
  MemoryTree both;
  both.add("src/main.rs",
           "/// .version(\"1.0\")\nfn cli() {\n    Command::new(\"x\").version(\"2\");\n}\n");
  auto a = assess(both, "version-command");
  ASSERT_FALSE(a.evidence.empty()) << a.note;
  EXPECT_EQ(a.evidence.front().line, 3);
  // An HTTP request builder's version is no CLI flag.
  EXPECT_EQ(note_of("let r = Request::builder().version(Version::HTTP_11);\n"),
            "No --version flag or version target found");
}

// clap-rs/clap: the library crate generates `--version` for its users
// (`.long("version")` in clap_builder); a library's flags are its API, as
// for Go library packages. The binary crate's own flag counts.
TEST(RipgrepLayout, LibraryCrateFlagsAreNotTheProductsVersion) {
  MemoryTree t;
  t.add("Cargo.toml", "[workspace]\nmembers = [\"clap_builder\"]\n");
  t.add("src/bin/stdio-fixture.rs", "fn main() {}\n");
  t.add("clap_builder/Cargo.toml", "[package]\nname = \"clap_builder\"\n");
  t.add("clap_builder/src/builder/command.rs",
        "fn version_arg() -> Arg {\n    Arg::new(\"version\").long(\"version\")\n}\n");
  EXPECT_EQ(assess(t, "version-command").status, Status::not_started);
  t.add("clap_builder/src/main.rs", "fn main() {}\n");
  EXPECT_EQ(assess(t, "version-command").status, Status::adopted);
}

TEST(RipgrepLayout, IntegrationNoteNamesEachCratesTestsFolder) {
  auto a = assess(ripgrep_like(), "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  // The root crate's tests/ comes first, every file of it counted even
  // when its tests come from a macro.
  EXPECT_EQ(a.note.find("Cargo tests/ integration tests in 4 files (`tests/macros.rs` and 3 more)"),
            0u)
      << a.note;
  EXPECT_NE(a.note.find("Cargo tests/ integration tests (crates/ignore) in 1 file "
                        "(`crates/ignore/tests/gitignore_parents.rs`)"),
            std::string::npos)
      << a.note;
}

TEST(RipgrepLayout, RustTypeCheckingNoteSaysWhatIsMissing) {
  auto a = assess(ripgrep_like(), "type-checking");
  // The catalog counts a compiler only with warnings as errors (Go has
  // no warnings, so building it counts); the note says so.
  EXPECT_EQ(a.status, Status::not_started);
  EXPECT_NE(a.note.find("Rust code is type-checked by its compiler"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("-D warnings"), std::string::npos) << a.note;
}

}  // namespace
}  // namespace practrack
