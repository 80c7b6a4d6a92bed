// Trial 14 (thephpleague/flysystem): PHPUnit runs methods marked `@test`
// or `#[Test]` whatever their name; 433 of them counted as 3.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"

namespace practrack::source {
namespace {

int phpunit_tests(std::string_view text, int* parametrized = nullptr) {
  for (const auto& c : count_tests("tests/FilesystemTest.php", kPhp, text, {}))
    if (c.framework == "phpunit") {
      if (parametrized) *parametrized = c.parametrized;
      return c.tests;
    }
  return 0;
}

TEST(PhpunitMarkedTests, DocblockTagsAttributesAndTestNamesEachCountOnce) {
  std::string text =
      "<?php\nclass FilesystemTest extends TestCase\n{\n"
      "    /**\n     * @test\n     */\n    public function writing_and_reading_files(): void {}\n\n"
      "    /** @test */\n    public function listing(): void {}\n\n"
      "    #[Test]\n    public function moving(): void {}\n\n"
      "    /**\n     * @test\n     * @dataProvider paths\n     */\n"
      "    public function testCopying(string $p): void {}\n\n"
      "    public function testDeleting(): void {}\n\n"
      "    public static function paths(): iterable { yield ['a']; }\n"
      "    private function helper(): void { $f = function () {}; }\n}\n";
  int parametrized = 0;
  EXPECT_EQ(phpunit_tests(text, &parametrized), 5);
  EXPECT_EQ(parametrized, 1);
}

TEST(PhpunitMarkedTests, HelpersAndClosuresAreNoTests) {
  EXPECT_EQ(phpunit_tests("<?php\nclass T {\n  public function setUp(): void {}\n"
                          "  private function make(): int { return 1; }\n}\n"),
            0);
}

}  // namespace
}  // namespace practrack::source
