// Counts tests per framework in one file. Line-based: a test is a line
// that declares one (`def test_`, `TEST(`, `func TestX(`, `it(` ...), so
// counts are what a reader would count, not what a runner expands to.
#include <re2/re2.h>

#include <algorithm>

#include "probes/source/file_analysis.h"
#include "probes/source/scan_text.h"
#include "util/package_dirs.h"
#include "util/text.h"

namespace practrack::source {
namespace {

// Collects tests of several frameworks found in one file.
class Tally {
 public:
  explicit Tally(std::string_view text) : text_(text), lines_(text) {}
  void add(std::string_view framework, std::size_t offset, bool parametrized = false) {
    TestCount* t = nullptr;
    for (auto& c : out_)
      if (c.framework == framework) t = &c;
    if (!t) {
      out_.push_back({std::string(framework), 0, 0, lines_.at(offset),
                      text::excerpt(line_at(text_, offset))});
      t = &out_.back();
    }
    ++t->tests;
    if (parametrized) ++t->parametrized;
  }
  std::vector<TestCount> take() { return std::move(out_); }
  bool empty() const { return out_.empty(); }

 private:
  std::string_view text_;
  LineCounter lines_;
  std::vector<TestCount> out_;
};

bool imports_any(const std::vector<Import>& imports, std::string_view needle) {
  for (const auto& i : imports)
    if (text::contains(i.module, needle)) return true;
  return false;
}

std::size_t indent_of(std::string_view line) { return line.size() - ltrim(line).size(); }

// pytest: `def test*` at top level or in `class Test*` of a test file;
// unittest: `def test*` in a class whose bases name TestCase.
void python_tests(std::string_view path, std::string_view text, Tally& tally) {
  if (find(text, "def test") == npos) return;
  bool test_file = is_test_path(path, kPython);
  struct Class { std::size_t indent; bool test_case; bool test_class; };
  std::vector<Class> classes;
  bool param = false;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    if (t.empty() || t[0] == '#') return true;
    std::size_t ind = indent_of(line);
    if (t[0] == '@') {
      param = param || text::contains(t, "parametrize");
      return true;
    }
    while (!classes.empty() && classes.back().indent >= ind) classes.pop_back();
    if (starts(t, "class ")) {
      std::string_view head = t.substr(6);
      classes.push_back({ind, text::contains(t, "TestCase"), starts(head, "Test")});
    } else if (starts(t, "async ")) {
      t = ltrim(t.substr(6));
    }
    if (starts(t, "def test")) {
      const Class* c = classes.empty() ? nullptr : &classes.back();
      if (c && c->test_case) tally.add("unittest", off);
      else if (test_file && (!c || c->test_class)) tally.add("pytest", off, param);
    }
    if (!starts(t, "class ")) param = false;
    return true;
  });
}

// Robot Framework: names in `*** Test Cases ***` are unindented lines.
void robot_tests(std::string_view text, Tally& tally) {
  if (find(text, "***") == npos) return;
  bool in_tests = false;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    if (line.empty()) return true;
    if (line[0] == '*') {
      std::string head = text::lower(line);
      in_tests = text::contains(head, "test case");
      return true;
    }
    if (in_tests && line[0] != ' ' && line[0] != '\t' && line[0] != '#' && !starts(line, "..."))
      tally.add("robot", off);
    return true;
  });
}

// Lines (after indentation) that start with one of `keys`, per framework.
struct LineKey {
  std::string_view key;
  std::string_view framework;
  bool parametrized = false;
};

void keyed_tests(std::string_view text, std::string_view prefilter,
                 std::initializer_list<LineKey> keys, Tally& tally) {
  if (find(text, prefilter) == npos) return;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    for (const auto& k : keys) {
      if (!starts(t, k.key)) continue;
      // Annotations are whole words: `@Test` but not `@TestFactory`.
      if (k.key[0] == '@' && t.size() > k.key.size() && ident_char(t[k.key.size()])) continue;
      tally.add(k.framework, off, k.parametrized);
      break;
    }
    return true;
  });
}

// PHPUnit runs `test*` methods and those marked as tests whatever their
// name: a `@test` docblock tag or a `#[Test]` attribute (flysystem names
// its tests `writing_and_reading_files`). A mark counts the method after
// it once; a data provider makes it parametrized.
void php_tests(std::string_view text, Tally& tally) {
  if (find(text, "function test") == npos && find(text, "@test") == npos &&
      find(text, "Test]") == npos)
    return;
  bool marked = false, provided = false;
  std::size_t mark_at = 0;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    if (starts(t, "* @test") || starts(t, "/** @test") || starts(t, "#[Test]") ||
        starts(t, "#[\\PHPUnit\\Framework\\Attributes\\Test]")) {
      if (!marked) mark_at = off;
      marked = true;
      return true;
    }
    if (starts(t, "* @dataProvider") || starts(t, "#[DataProvider") ||
        starts(t, "#[\\PHPUnit\\Framework\\Attributes\\DataProvider"))
      provided = true;
    std::size_t fn = t.find("function ");
    if (fn == npos || (fn != 0 && t.substr(0, fn).find_first_of("({=;") != npos)) return true;
    std::string_view name = t.substr(fn + 9);
    if (marked) {
      tally.add("phpunit", mark_at, provided);
    } else if (starts(name, "test")) {
      tally.add("phpunit", off, provided);
    }
    marked = provided = false;
    return true;
  });
}

// A C program in a test folder named for a test (test_mount.c,
// parser_test.c) with its own main(): a framework-less test that a
// runner (meson test, CTest, a script) executes and judges by its exit
// status, as libfuse's test/test_*.c are. One test per program.
// Returns where its main() is, or npos.
std::size_t test_program_main(std::string_view path, std::string_view text) {
  std::string_view base = text::basename(path);
  std::string_view stem = base.substr(0, base.rfind('.'));
  bool named = text::starts_with(stem, "test_") || text::starts_with(stem, "test-") ||
               text::ends_with(stem, "_test") || text::ends_with(stem, "-test");
  if (!named || !(in_dir(path, "test") || in_dir(path, "tests"))) return npos;
  static const RE2 main_re(R"((?m)^\s*((?:static\s+)?int\s+main\s*\())");
  re2::StringPiece found;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), main_re, &found)) return npos;
  return static_cast<std::size_t>(found.data() - text.data());
}

void cpp_tests(std::string_view path, std::string_view text, const std::vector<Import>& imports,
               Tally& tally) {
  std::string_view cases = imports_any(imports, "doctest") ? "doctest" : "catch2";
  keyed_tests(text, "TEST", {{"TEST(", "googletest"}, {"TEST_F(", "googletest"},
                             {"TEST_P(", "googletest", true}, {"TYPED_TEST(", "googletest"},
                             {"TYPED_TEST_P(", "googletest", true}, {"TEST_CASE(", cases},
                             {"TEST_CASE_METHOD(", cases}, {"SCENARIO(", cases},
                             {"TEMPLATE_TEST_CASE(", cases, true},
                             {"BOOST_AUTO_TEST_CASE(", "boost.test"},
                             {"BOOST_DATA_TEST_CASE(", "boost.test", true},
                             // libcheck's, and libexpat's minicheck copy of it.
                             {"START_TEST(", "check"}},
              tally);
  if (!tally.empty()) return;
  if (std::size_t main_at = test_program_main(path, text); main_at != npos)
    tally.add("test programs", main_at);
}

// A Cargo integration test file may declare its tests through a macro of
// the crate's whose body holds the #[test] (ripgrep's `rgtest!(name, |dir,
// cmd| {...})`): a line that starts with such a `...test!(` invocation is
// one test. Only in a crate's tests/ folder, where nothing else runs.
void rust_macro_tests(std::string_view text, Tally& tally) {
  if (find(text, "test!(") == npos) return;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    std::size_t i = 0;
    while (i < t.size() && (std::islower(static_cast<unsigned char>(t[i])) || t[i] == '_')) ++i;
    if (i >= 4 && t.substr(i - 4, 4) == "test" && starts(t.substr(i), "!("))
      tally.add("rust", off);
    return true;
  });
}

// Ginkgo specs (`It("...", func() {`, a table's `Entry(`) in a _test.go
// file: each is a test the suite runs, though only the suite's bootstrap
// is a `func TestX(t *testing.T)`.
void ginkgo_tests(std::string_view text, Tally& tally) {
  keyed_tests(text, "(", {{"It(", "ginkgo"}, {"FIt(", "ginkgo"}, {"Specify(", "ginkgo"},
                          {"Entry(", "ginkgo", true}, {"FEntry(", "ginkgo", true}},
              tally);
}

void go_tests(std::string_view path, std::string_view text, const std::vector<Import>& imports,
              Tally& tally) {
  if (!text::ends_with(path, "_test.go")) return;
  if (imports_any(imports, "github.com/onsi/ginkgo")) ginkgo_tests(text, tally);
  if (find(text, "func Test") == npos) return;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    if (starts(line, "func Test") && line.size() > 9 && !starts(line, "func TestMain(") &&
        (line[9] == '_' || (line[9] >= 'A' && line[9] <= 'Z') || line[9] == '(' ||
         (line[9] >= '0' && line[9] <= '9')) &&
        text::contains(line, "testing.T"))
      tally.add("go", off);
    return true;
  });
}

// Jest, Vitest, Mocha, node:test, Playwright and Cypress share `it(`/`test(`.
std::string_view js_framework(std::string_view path, const std::vector<Import>& imports) {
  if (text::contains(path, "cypress/") || text::contains(path, ".cy.")) return "cypress";
  if (imports_any(imports, "@playwright/test")) return "playwright";
  if (imports_any(imports, "vitest")) return "vitest";
  if (imports_any(imports, "node:test")) return "node:test";
  if (imports_any(imports, "mocha") || imports_any(imports, "chai")) return "mocha";
  return "jest";
}

void js_tests(std::string_view path, std::string_view text, const std::vector<Import>& imports,
              Tally& tally) {
  if (!is_test_path(path, kJs)) return;
  std::string_view fw = js_framework(path, imports);
  keyed_tests(text, "(", {{"Deno.test(", "deno"}, {"it(", fw}, {"test(", fw}, {"it.only(", fw},
                          {"test.only(", fw},
                          {"it.skip(", fw}, {"test.skip(", fw}, {"it.each", fw, true},
                          {"test.each", fw, true}, {"it.concurrent(", fw}},
              tally);
}

void ruby_tests(std::string_view path, std::string_view text, Tally& tally) {
  if (text::ends_with(path, "_spec.rb"))
    keyed_tests(text, "it", {{"it '", "rspec"}, {"it \"", "rspec"}, {"it {", "rspec"},
                             {"it do", "rspec"}, {"specify ", "rspec"}},
                tally);
  else if (is_test_path(path, kRuby))
    keyed_tests(text, "test", {{"def test_", "minitest"}, {"test '", "minitest"},
                               {"test \"", "minitest"}},
                tally);
}

// Pester runs `*.Tests.ps1`; PowerShell names are case-insensitive.
bool pester_file(std::string_view path) {
  return text::ends_with(text::lower(text::basename(path)), ".tests.ps1");
}

// bats: `@test "name" {` in a `.bats` file. Pester: `It 'name' {` in a
// `*.Tests.ps1` file; `-TestCases`/`-ForEach` runs it once per case.
void shell_tests(std::string_view path, std::string_view text, Tally& tally) {
  bool bats = text::extension(path) == ".bats";
  if (!bats && !pester_file(path)) return;
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    if (bats) {
      if (starts(t, "@test ") || starts(t, "@test\t")) tally.add("bats", off);
      return true;
    }
    if (t.size() < 4 || (t[0] != 'I' && t[0] != 'i') || (t[1] != 't' && t[1] != 'T')) return true;
    std::string_view rest = ltrim(t.substr(2));
    if (rest.size() == t.size() - 2 || rest.empty() ||
        std::string_view("'\"-").find(rest[0]) == npos)
      return true;  // `Item`, `It` alone: no test block
    std::string lower = text::lower(rest);
    bool cases = text::contains(lower, "-testcases") || text::contains(lower, "-foreach");
    tally.add("pester", off, cases);
    return true;
  });
}

// ExUnit: `test "name" do` (or `test "name", ctx do`) in a `*_test.exs`
// file; `describe` only groups them. `doctest Mod` runs every iex> example
// of a module's docs: one test at least (plug's conn/utils_test.exs).
void exunit_tests(std::string_view path, std::string_view text, Tally& tally) {
  if (!text::ends_with(path, "_test.exs")) return;
  keyed_tests(text, "test",
              {{"test \"", "exunit"}, {"test '", "exunit"}, {"doctest ", "exunit", true}}, tally);
}

// ScalaTest and specs2 name each test by a string: `"parses" in {`,
// `it should "parse" in {`, `test("parses")`, `"parses" >> {`.
// The framework of a Scala test file, by what it imports or names
// (`extends munit.FunSuite`, `extends verify.BasicTestSuite`, with no
// import). Specs often extend a project base class and name none: then
// ScalaTest's own spec styles decide, else the framework stays unnamed.
std::string_view scala_framework(std::string_view text, const std::vector<Import>& imports) {
  struct Sign {
    std::string_view needle, framework;
  };
  static constexpr Sign kSigns[] = {
      {"org.specs2", "specs2"},       {"munit.", "munit"},         {"verify.", "verify"},
      {"BasicTestSuite", "verify"},   {"utest.", "utest"},         {"weaver.", "weaver"},
      {"zio.test", "zio-test"},       {"org.scalatest", "scalatest"}};
  for (const auto& s : kSigns)
    if (imports_any(imports, s.needle)) return s.framework;
  for (const auto& s : kSigns)
    if (find(text, s.needle) != npos) return s.framework;
  // ScalaTest's spec styles, by name or by their `"..." should {` /
  // `"..." in {` clauses; `test("...")` alone is munit's, utest's or
  // verify's as much as ScalaTest's.
  for (std::string_view style : {"AnyFunSuite", "FlatSpec", "WordSpec", "FunSpec", "FreeSpec",
                                 "PropSpec", "FeatureSpec", "\" should", "\" must", "\" in {"})
    if (find(text, style) != npos) return "scalatest";
  return "scala";
}

void scala_tests(std::string_view path, std::string_view text, const std::vector<Import>& imports,
                 Tally& tally) {
  std::string_view base = text::basename(path);
  if (!in_dir(path, "test") && !text::ends_with(base, "Spec.scala") &&
      !text::ends_with(base, "Test.scala") && !text::ends_with(base, "Suite.scala"))
    return;
  std::string_view fw = scala_framework(text, imports);
  for_each_line(text, [&](std::string_view line, std::size_t off) {
    std::string_view t = ltrim(line);
    bool named = starts(t, "\"") || starts(t, "it ") || starts(t, "they ") || starts(t, "s\"");
    std::size_t close = t.rfind('"');
    if (starts(t, "test(\"")) {
      tally.add(fw, off);
    } else if (named && close != npos && close > 0) {
      std::string_view after = ltrim(t.substr(close + 1));
      if (starts(after, "in ") || after == "in" || starts(after, "in{") || starts(after, ">>") ||
          starts(after, "taggedAs"))
        tally.add(fw, off);
    }
    return true;
  });
}

// XCTest: `func test...()` methods of a file that imports XCTest (its
// classes may derive from a project base class, not XCTestCase itself).
// Swift Testing: `@Test` functions of a file that imports Testing.
void swift_tests(std::string_view path, std::string_view text, const std::vector<Import>& imports,
                 Tally& tally) {
  if (imports_any(imports, "XCTest") && is_test_path(path, kSwift))
    keyed_tests(text, "func test", {{"func test", "xctest"}, {"override func test", "xctest"}},
                tally);
  if (imports_any(imports, "Testing"))
    keyed_tests(text, "@Test", {{"@Test(arguments", "swift-testing", true},
                                {"@Test", "swift-testing"}},
                tally);
}

}  // namespace

// True when a folder of `path` is named `dir` (Mocha's `test/`, Jest's
// `__tests__/`).
// One pass over the folder part for whole-segment occurrences: this runs
// several times for each of a large tree's files.
namespace {

// The folders of `path` that can say what its files are for: package
// names are no roles (org/springframework/samples/petclinic/).
std::string_view role_dirs(std::string_view path) {
  std::string_view dirs = text::dirname(path);
  if (std::size_t root = package_root_length(path); root != 0 && dirs.size() > root)
    dirs = dirs.substr(0, root);
  return dirs;
}

bool has_dir(std::string_view dirs, std::string_view dir) {
  if (dir.empty()) return false;
  for (std::size_t at = dirs.find(dir); at != std::string_view::npos; at = dirs.find(dir, at + 1)) {
    std::size_t end = at + dir.size();
    if ((at == 0 || dirs[at - 1] == '/') && (end == dirs.size() || dirs[end] == '/')) return true;
  }
  return false;
}

}  // namespace

bool in_dir(std::string_view path, std::string_view dir) { return has_dir(role_dirs(path), dir); }

bool in_any_dir(std::string_view path, std::initializer_list<std::string_view> dirs) {
  std::string_view roles = role_dirs(path);
  return std::any_of(dirs.begin(), dirs.end(), [&](std::string_view d) { return has_dir(roles, d); });
}

bool is_test_path(std::string_view path, Lang lang) {
  std::string_view base = text::basename(path);
  switch (lang) {
    case kPython:
      return (starts(base, "test_") || text::ends_with(base, "_test.py") || base == "tests.py") &&
             text::ends_with(base, ".py");
    // Deno's test runner also picks up `*_test.ts`.
    case kJs:
      return text::contains(base, ".test.") || text::contains(base, ".spec.") ||
             text::contains(base, "_test.") ||
             text::contains(base, ".cy.") || in_dir(path, "__tests__") ||
             in_dir(path, "test") || in_dir(path, "tests") || in_dir(path, "spec") ||
             starts(path, "cypress/e2e/") || text::contains(path, "/cypress/e2e/");
    case kGo: return text::ends_with(base, "_test.go");
    // Cargo builds each file of a crate's tests/ as an integration test,
    // whether its tests are #[test] functions or a macro's (ripgrep's rgtest!).
    case kRust: return text::ends_with(base, ".rs") && in_dir(path, "tests");
    case kRuby:
      return text::ends_with(base, "_spec.rb") || text::ends_with(base, "_test.rb") ||
             starts(base, "test_");
    case kPhp:
      return text::ends_with(base, "Test.php");
    case kRobot:
      return text::ends_with(base, ".robot");
    case kShell:
      return text::extension(path) == ".bats" || pester_file(path);
    // `mix test` runs `test/**/*_test.exs` after `test/test_helper.exs`.
    case kElixir:
      return text::ends_with(base, "_test.exs") || base == "test_helper.exs";
    // SwiftPM's test targets live under Tests/; Xcode names them *Tests.
    case kSwift:
      return text::ends_with(base, ".swift") &&
             (in_dir(path, "Tests") || text::ends_with(base, "Tests.swift") ||
              text::ends_with(base, "Test.swift"));
    // Pkg.test() runs test/runtests.jl, which includes the others there.
    case kJulia: return text::ends_with(base, ".jl") && in_dir(path, "test");
    default:
      return false;
  }
}

std::vector<TestCount> count_tests(std::string_view path, Lang lang, std::string_view text,
                                   const std::vector<Import>& imports) {
  Tally tally(text);
  switch (lang) {
    case kPython: python_tests(path, text, tally); break;
    case kRobot: robot_tests(text, tally); break;
    case kCpp: cpp_tests(path, text, imports, tally); break;
    case kGo: go_tests(path, text, imports, tally); break;
    case kRust:
      keyed_tests(text, "#[", {{"#[test]", "rust"}, {"#[tokio::test", "rust"},
                               {"#[rstest", "rust", true}, {"#[test_case(", "rust", true}},
                  tally);
      if (is_test_path(path, kRust)) rust_macro_tests(text, tally);
      break;
    case kJs: js_tests(path, text, imports, tally); break;
    case kJava: {
      if (text::extension(path) == ".scala") scala_tests(path, text, imports, tally);
      std::string_view fw = imports_any(imports, "org.testng") ? "testng" : "junit";
      keyed_tests(text, "Test", {{"@Test", fw}, {"@ParameterizedTest", fw, true},
                                 {"@RepeatedTest", fw, true}},
                  tally);
      break;
    }
    case kRuby:
      ruby_tests(path, text, tally);
      break;
    case kShell:
      shell_tests(path, text, tally);
      break;
    case kElixir:
      exunit_tests(path, text, tally);
      break;
    case kSwift:
      swift_tests(path, text, imports, tally);
      break;
    // Julia's Test standard library: each `@test` (or `@test_throws`) is a
    // check `Pkg.test()` runs from test/runtests.jl; `@testset` groups them.
    case kJulia:
      if (is_test_path(path, kJulia))
        keyed_tests(text, "@test", {{"@test", "julia Test"}, {"@test_throws", "julia Test"}},
                    tally);
      break;
    case kPhp:
      if (is_test_path(path, kPhp)) php_tests(text, tally);
      break;
    case kCs:
      keyed_tests(text, "[", {{"[Test]", "nunit"}, {"[TestCase(", "nunit", true},
                              {"[Fact]", "xunit"}, {"[Theory]", "xunit", true},
                              {"[TestMethod]", "mstest"}, {"[DataTestMethod]", "mstest", true}},
                  tally);
      break;
    default: break;
  }
  return tally.take();
}

}  // namespace practrack::source
