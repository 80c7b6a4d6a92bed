// Regressions from composer/composer (new-user trial 7): a Symfony Console
// application, and a README "Security Reports" section instead of
// SECURITY.md.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree composer_like() {
  MemoryTree t;
  t.add("composer.json", "{\"name\": \"composer/composer\", \"type\": \"library\"}\n");
  t.add("src/Composer/Composer.php", "<?php\nclass Composer {}\n");
  t.add(
      "README.md",
      "Composer - Dependency Management for PHP\n========================================\n\n"
      "Installation / Usage\n--------------------\n\nSee the docs.\n\n"
      "Security Reports\n----------------\n\n"
      "Please send any sensitive issue to [security@packagist.org](mailto:security@packagist.org)."
      "\n\nLicense\n-------\n\nMIT\n");
  return t;
}

TEST(ComposerVersion, SymfonyConsoleApplicationHasVersionBuiltIn) {
  MemoryTree t = composer_like();
  t.add("src/Composer/Console/Application.php",
        "<?php\nnamespace Composer\\Console;\n\n"
        "use Symfony\\Component\\Console\\Application as BaseApplication;\n\n"
        "class Application extends BaseApplication\n{\n"
        "    public function __construct(string $name = 'Composer', string $version = '')\n"
        "    {\n        parent::__construct($name, $version);\n    }\n}\n");
  auto a = assess(t, "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "Symfony Console")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 6);

  MemoryTree n = composer_like();
  n.add("bin/console.php", "<?php\n$app = new Application('Acme', Acme::VERSION);\n$app->run();\n");
  EXPECT_EQ(assess(n, "version-command").status, Status::adopted);
  // An Application made without a version is not enough.
  MemoryTree o = composer_like();
  o.add("src/Events.php", "<?php\n// version\n$app = new Application();\n");
  EXPECT_EQ(assess(o, "version-command").status, Status::not_started);
}

TEST(ComposerSecurityPolicy, ReadmeSecuritySectionIsPartialWithItsLine) {
  auto a = assess(composer_like(), "security-policy");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(has(a.note, "`README.md:9`")) << a.note;
  EXPECT_TRUE(has(a.note, "Security Reports")) << a.note;

  MemoryTree t = composer_like();
  t.add("SECURITY.md", "# Security Policy\n");
  EXPECT_EQ(assess(t, "security-policy").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
