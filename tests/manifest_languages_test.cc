#include <gtest/gtest.h>

#include "probes/probe.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Scan {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void run() {
    ScanContext ctx(tree, diags);
    for (const auto& row : manifest_probes()) row.run(ctx, facts);
  }
  const Manifest* manifest(std::string_view path) const {
    for (const auto& m : facts.manifests.manifests)
      if (m.path == path) return &m;
    return nullptr;
  }
  const Dependency* dep(std::string_view name) const {
    for (const auto& d : facts.dependencies)
      if (d.name == name) return &d;
    return nullptr;
  }
  const ConfigSection* section(std::string_view key) const {
    for (const auto& s : facts.config_sections)
      if (s.key == key) return &s;
    return nullptr;
  }
};

constexpr const char* kPackageJson = R"({
  "name": "web",
  "version": "2.0.1",
  "scripts": {
    "lint": "eslint . --max-warnings 0",
    "test": "jest"
  },
  "dependencies": {
    "react": "18.2.0",
    "lodash": "^4.17.21"
  },
  "devDependencies": {
    "eslint": "~8.57.0",
    "jest": "29.7.0",
    "@web/shared": "workspace:*"
  },
  "jest": { "collectCoverage": true },
  "lint-staged": { "*.js": "eslint" }
}
)";

TEST(ManifestPackageJson, DependenciesScriptsAndToolKeys) {
  Scan s;
  s.tree.add("package.json", kPackageJson);
  s.run();
  const Manifest* m = s.manifest("package.json");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->version, "2.0.1");
  EXPECT_EQ(m->dependencies, 4);
  EXPECT_EQ(m->pinned, 2);  // react and jest are exact
  EXPECT_FALSE(m->has_lock);
  EXPECT_TRUE(s.dep("eslint")->dev);
  EXPECT_FALSE(s.dep("eslint")->pinned);
  // Evidence is the dependency's own line, not the script that names it.
  EXPECT_EQ(s.dep("jest")->at.line, 14);
  EXPECT_EQ(s.dep("react")->at.line, 9);
  ASSERT_EQ(s.facts.commands.size(), 2u);
  EXPECT_EQ(s.facts.commands[0].origin, Origin::package_script);
  EXPECT_EQ(s.facts.commands[0].system, "npm");
  EXPECT_EQ(s.facts.commands[0].context, "lint");
  EXPECT_EQ(s.facts.commands[0].text, "eslint . --max-warnings 0");
  EXPECT_EQ(s.facts.commands[0].at.line, 5);
  ASSERT_NE(s.section("jest"), nullptr);
  EXPECT_EQ(s.section("jest")->at.line, 17);
  EXPECT_EQ(s.dep("@web/shared"), nullptr);  // a package of this repository
  EXPECT_NE(s.section("lint-staged"), nullptr);
  EXPECT_EQ(s.section("name"), nullptr);  // metadata is no tool
}

TEST(ManifestPackageJson, LockFilesPinEveryDependency) {
  for (const char* lock : {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb"}) {
    Scan s;
    s.tree.add("package.json", kPackageJson);
    s.tree.add(lock, "x");
    s.run();
    const Manifest* m = s.manifest("package.json");
    ASSERT_NE(m, nullptr) << lock;
    EXPECT_TRUE(m->has_lock) << lock;
    EXPECT_EQ(m->pinned, 4) << lock;
  }
}

TEST(ManifestPackageJson, MalformedJsonIsOneDiagnostic) {
  Scan s;
  s.tree.add("app/package.json", "{ \"name\": \"x\", ");
  s.run();
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "app/package.json");
  EXPECT_NE(all[0].message.find("malformed JSON"), std::string::npos);
}

TEST(ManifestBinary, BinaryManifestIsSkippedWithOneWarning) {
  Scan s;
  s.tree.add("package.json", std::string("\x7f"
                                         "ELF\0\0\0",
                                         7));
  s.run();
  EXPECT_EQ(s.diags.size(), 1u);
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
}

TEST(ManifestGoMod, RequiresPinnedByGoSum) {
  Scan s;
  s.tree.add("go.mod",
             "module example.com/svc\n\ngo 1.22\n\nrequire (\n"
             "\tgithub.com/spf13/cobra v1.8.0\n"
             "\tgolang.org/x/sys v0.18.0 // indirect\n)\n\n"
             "require github.com/stretchr/testify v1.9.0\n");
  s.run();
  const Manifest* m = s.manifest("go.mod");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "example.com/svc");
  EXPECT_EQ(m->language_version, "go 1.22");
  EXPECT_EQ(m->dependencies, 3);
  EXPECT_EQ(m->pinned, 0);
  EXPECT_EQ(s.dep("github.com/spf13/cobra")->at.line, 6);
  EXPECT_EQ(s.dep("github.com/stretchr/testify")->spec, "v1.9.0");

  Scan locked;
  locked.tree.add("go.mod", "module x\n\nrequire github.com/a/b v1.0.0\n");
  locked.tree.add("go.sum", "github.com/a/b v1.0.0 h1:...\n");
  locked.run();
  EXPECT_EQ(locked.manifest("go.mod")->pinned, 1);
}

TEST(ManifestCargo, DependenciesWorkspaceAndLints) {
  Scan s;
  s.tree.add("Cargo.toml", R"([package]
name = "tool"
version = "0.9.0"
rust-version = "1.75"

[dependencies]
serde = { version = "=1.0.197", features = ["derive"] }
anyhow = "1"
local = { path = "crates/local" }

[dev-dependencies]
proptest = "1.4"

[lints.rust]
warnings = "deny"

[lints.clippy]
pedantic = "warn"
)");
  s.run();
  const Manifest* m = s.manifest("Cargo.toml");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->version, "0.9.0");
  EXPECT_EQ(m->language_version, "rust 1.75");
  EXPECT_EQ(m->dependencies, 3);  // the path crate is this repository's own
  EXPECT_EQ(m->pinned, 1);
  EXPECT_TRUE(s.dep("proptest")->dev);
  ASSERT_NE(s.section("cargo:deny-warnings"), nullptr);
  EXPECT_EQ(s.section("cargo:deny-warnings")->at.line, 15);
  EXPECT_NE(s.section("cargo:lints.clippy"), nullptr);
}

constexpr const char* kPom = R"(<?xml version="1.0"?>
<project>
  <groupId>org.example</groupId>
  <artifactId>app</artifactId>
  <version>3.1.0</version>
  <properties><junit.version>5.10.2</junit.version></properties>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>${junit.version}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>com.google.guava</groupId>
      <artifactId>guava</artifactId>
      <version>[32.0,)</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration><compilerArgs><arg>-Werror</arg></compilerArgs></configuration>
      </plugin>
      <plugin>
        <groupId>org.jacoco</groupId>
        <artifactId>jacoco-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
)";

TEST(ManifestMaven, DependenciesPluginsAndWerror) {
  Scan s;
  s.tree.add("pom.xml", kPom);
  s.run();
  const Manifest* m = s.manifest("pom.xml");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "org.example:app");
  EXPECT_EQ(m->version, "3.1.0");
  EXPECT_EQ(m->dependencies, 2);
  EXPECT_EQ(m->pinned, 1);  // the property resolves to an exact version; the range does not
  const Dependency* junit = s.dep("org.junit.jupiter:junit-jupiter");
  ASSERT_NE(junit, nullptr);
  EXPECT_TRUE(junit->dev);
  EXPECT_EQ(junit->at.line, 8);
  ASSERT_NE(s.section("maven:jacoco-maven-plugin"), nullptr);
  EXPECT_EQ(s.section("maven:jacoco-maven-plugin")->at.line, 26);
  EXPECT_NE(s.section("maven:werror"), nullptr);
}

TEST(ManifestMaven, MalformedXmlIsOneDiagnostic) {
  Scan s;
  s.tree.add("pom.xml", "<project><dependencies></project>");
  s.run();
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "pom.xml");
  EXPECT_NE(all[0].message.find("malformed XML"), std::string::npos);
}

TEST(ManifestGradle, PluginsDependenciesAndCatalog) {
  Scan s;
  s.tree.add("build.gradle.kts",
             "plugins {\n    id(\"com.diffplug.spotless\") version \"6.25.0\"\n    checkstyle\n}\n"
             "version = \"1.2.0\"\n"
             "dependencies {\n    implementation(\"com.squareup.okhttp3:okhttp:4.12.0\")\n"
             "    testImplementation(\"junit:junit:4.+\")\n}\n"
             "kotlin { compilerOptions { allWarningsAsErrors = true } }\n");
  s.tree.add("gradle/libs.versions.toml",
             "[versions]\nslf4j = \"2.0.12\"\n\n[libraries]\n"
             "slf4j-api = { module = \"org.slf4j:slf4j-api\", version.ref = \"slf4j\" }\n");
  s.run();
  const Manifest* m = s.manifest("build.gradle.kts");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->version, "1.2.0");
  EXPECT_EQ(m->dependencies, 2);
  EXPECT_EQ(m->pinned, 1);
  EXPECT_TRUE(s.dep("junit:junit")->dev);
  EXPECT_NE(s.section("gradle:com.diffplug.spotless"), nullptr);
  EXPECT_NE(s.section("gradle:checkstyle"), nullptr);
  EXPECT_NE(s.section("gradle:werror"), nullptr);
  const Dependency* slf = s.dep("org.slf4j:slf4j-api");
  ASSERT_NE(slf, nullptr);
  EXPECT_EQ(slf->spec, "2.0.12");
  EXPECT_TRUE(slf->pinned);
}

TEST(ManifestCmake, ProjectWerrorAndTests) {
  Scan s;
  s.tree.add("CMakeLists.txt",
             "cmake_minimum_required(VERSION 3.20)\n"
             "project(engine VERSION 2.3.1 LANGUAGES CXX)\n"
             "set(CMAKE_CXX_STANDARD 20)\n"
             "if(MSVC)\n  add_compile_options(/W4 /WX)\nelse()\n"
             "  add_compile_options(-Wall -Werror)\nendif()\n"
             "# -Werror in a comment is nothing\n"
             "enable_testing()\nfind_package(GTest REQUIRED)\n");
  s.run();
  const Manifest* m = s.manifest("CMakeLists.txt");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "engine");
  EXPECT_EQ(m->version, "2.3.1");
  EXPECT_EQ(m->language_version, "C++ 20");
  ASSERT_NE(s.section("cmake:werror"), nullptr);
  EXPECT_EQ(s.section("cmake:werror")->at.line, 5);
  EXPECT_NE(s.section("cmake:enable_testing"), nullptr);
  EXPECT_NE(s.section("cmake:gtest"), nullptr);
  EXPECT_EQ(s.section("cmake:werror-option"), nullptr);
}

TEST(ManifestCmake, WerrorBehindAnOptionIsOnlyAnOption) {
  Scan s;
  s.tree.add("CMakeLists.txt",
             "project(x)\noption(X_WERROR \"warnings are errors\" OFF)\n"
             "if(X_WERROR)\n  add_compile_options(-Werror)\nendif()\n");
  s.run();
  EXPECT_EQ(s.section("cmake:werror"), nullptr);
  ASSERT_NE(s.section("cmake:werror-option"), nullptr);
  EXPECT_EQ(s.section("cmake:werror-option")->at.line, 4);
}

TEST(ManifestGemComposer, GroupsAndLocks) {
  Scan s;
  s.tree.add("Gemfile",
             "source 'https://rubygems.org'\ngem 'rails', '7.1.3'\ngem 'puma'\n"
             "group :development, :test do\n  gem 'rubocop', require: false\nend\ngem 'pg'\n");
  s.tree.add("composer.json",
             "{\"require\": {\"php\": \">=8.1\", \"monolog/monolog\": \"3.5.0\"},"
             " \"require-dev\": {\"phpstan/phpstan\": \"^1.10\"},"
             " \"scripts\": {\"analyse\": \"phpstan analyse src\"}}");
  s.tree.add("composer.lock", "{}");
  s.run();
  const Manifest* gem = s.manifest("Gemfile");
  ASSERT_NE(gem, nullptr);
  EXPECT_EQ(gem->dependencies, 4);
  EXPECT_EQ(gem->pinned, 1);
  EXPECT_TRUE(s.dep("rubocop")->dev);
  EXPECT_FALSE(s.dep("pg")->dev);
  const Manifest* composer = s.manifest("composer.json");
  ASSERT_NE(composer, nullptr);
  EXPECT_EQ(composer->dependencies, 2);  // php itself is no package
  EXPECT_TRUE(composer->has_lock);
  ASSERT_EQ(s.facts.commands.size(), 1u);
  EXPECT_EQ(s.facts.commands[0].system, "composer");
}

TEST(ManifestLintSettings, ComplexityRulesAndGolangciLinters) {
  Scan s;
  s.tree.add(".eslintrc.json", "{\n  \"rules\": {\n    \"complexity\": [\"error\", 8]\n  }\n}\n");
  s.tree.add(".golangci.yml", "linters:\n  enable:\n    - gocyclo\n    - unused\n");
  s.tree.add(".github/renovate.json", "{\n  \"osvVulnerabilityAlerts\": true\n}\n");
  s.run();
  ASSERT_NE(s.section("eslint:complexity"), nullptr);
  EXPECT_EQ(s.section("eslint:complexity")->at.line, 3);
  ASSERT_NE(s.section("golangci:gocyclo"), nullptr);
  EXPECT_EQ(s.section("golangci:gocyclo")->at.line, 3);
  EXPECT_NE(s.section("golangci:unused"), nullptr);
  EXPECT_NE(s.section("renovate:osvVulnerabilityAlerts"), nullptr);
}

TEST(ManifestLintSettings, MalformedGolangciYamlIsOneDiagnostic) {
  Scan s;
  s.tree.add(".golangci.yml", "linters: [unclosed\n");
  s.run();
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, ".golangci.yml");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ManifestMetrics, CountsDependenciesPinsAndLocks) {
  Scan s;
  s.tree.add("requirements.txt", "a==1\nb>=2\n");
  s.tree.add("requirements-dev.txt", "c==3\n");
  s.tree.add("web/package.json", "{\"dependencies\": {\"x\": \"^1.0.0\"}}");
  s.tree.add("web/yarn.lock", "");
  s.run();
  EXPECT_EQ(s.facts.metrics["manifests"], 3);
  EXPECT_EQ(s.facts.metrics["manifests.lock_files"], 1);
  EXPECT_EQ(s.facts.metrics["dependencies"], 4);
  EXPECT_EQ(s.facts.metrics["dependencies.pinned"], 3);
  EXPECT_EQ(s.facts.metrics["dependencies.dev"], 1);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// fmt's CMakeLists: the flag is named per compiler, applied behind FMT_WERROR.
TEST(ManifestCmake, WerrorFlagVariableIsOnlyAnOption) {
  Scan s;
  s.tree.add("CMakeLists.txt",
             "project(fmt)\noption(FMT_WERROR \"...\" OFF)\n"
             "if (CMAKE_CXX_COMPILER_ID MATCHES \"GNU\")\n  set(WERROR_FLAG -Werror)\nendif ()\n"
             "if (FMT_WERROR)\n  target_compile_options(fmt PRIVATE ${WERROR_FLAG})\nendif ()\n"
             "set(CMAKE_CXX_FLAGS \"${CMAKE_CXX_FLAGS} -Wall\")\n");
  s.run();
  EXPECT_EQ(s.section("cmake:werror"), nullptr);
  ASSERT_NE(s.section("cmake:werror-option"), nullptr);
  EXPECT_EQ(s.section("cmake:werror-option")->at.line, 4);

  Scan flags;
  flags.tree.add("CMakeLists.txt",
                 "project(y)\nset(CMAKE_CXX_FLAGS \"${CMAKE_CXX_FLAGS} -Werror\")\n");
  flags.run();
  EXPECT_NE(flags.section("cmake:werror"), nullptr);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ManifestDotnet, PackageReferencesCentralVersionsAndWerror) {
  Scan s;
  s.tree.add("Directory.Packages.props",
             "<Project><ItemGroup>\n<PackageVersion Include=\"Serilog\" Version=\"3.1.1\" />\n"
             "</ItemGroup></Project>\n");
  s.tree.add("src/App/App.csproj",
             "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
             "  <PropertyGroup>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n"
             "  </PropertyGroup>\n  <ItemGroup>\n"
             "    <PackageReference Include=\"Serilog\" />\n"
             "    <PackageReference Include=\"Polly\" Version=\"8.*\" />\n"
             "  </ItemGroup>\n</Project>\n");
  s.run();
  const Manifest* m = s.manifest("src/App/App.csproj");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->dependencies, 2);
  EXPECT_EQ(m->pinned, 1);
  EXPECT_EQ(s.dep("serilog")->spec, "3.1.1");
  EXPECT_EQ(s.dep("serilog")->at.line, 6);
  ASSERT_NE(s.section("dotnet:werror"), nullptr);
  EXPECT_EQ(s.section("dotnet:werror")->at.line, 3);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ManifestGradle, CatalogPluginsAppliedByAlias) {
  Scan s;
  s.tree.add("gradle/libs.versions.toml",
             "[plugins]\nspotless = { id = \"com.diffplug.spotless\", version = \"6.25.0\" }\n"
             "detekt = \"io.gitlab.arturbosch.detekt:1.23.6\"\n");
  s.run();
  ASSERT_NE(s.section("gradle:com.diffplug.spotless"), nullptr);
  EXPECT_EQ(s.section("gradle:com.diffplug.spotless")->at.line, 2);
  EXPECT_NE(s.section("gradle:io.gitlab.arturbosch.detekt"), nullptr);
  ASSERT_EQ(s.facts.commands.size(), 2u);
  EXPECT_EQ(s.facts.commands[0].text, "gradle detekt");  // toml++ keeps keys sorted
  EXPECT_EQ(s.facts.commands[1].text, "gradle spotlessCheck");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// solidity: -Werror sits in cmake/ behind `if(PEDANTIC)`, an option that is ON.
TEST(ManifestCmake, WerrorBehindAnOptionThatIsOnByDefault) {
  Scan s;
  s.tree.add("CMakeLists.txt",
             "project(solidity)\noption(PEDANTIC \"warnings are errors\" ON)\n"
             "include(cmake/Settings.cmake)\n");
  s.tree.add("cmake/Settings.cmake", "if(PEDANTIC)\n  add_compile_options(-Werror)\nendif()\n");
  s.run();
  ASSERT_NE(s.section("cmake:werror"), nullptr);
  EXPECT_EQ(s.section("cmake:werror")->at.path, "cmake/Settings.cmake");
  EXPECT_EQ(s.section("cmake:werror")->at.line, 2);
}

}  // namespace
}  // namespace practrack
