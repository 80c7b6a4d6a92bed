// Folders below a JVM source set's language folder are package names:
// spring-petclinic's org/springframework/samples/petclinic/ is the
// project's code and tests, not a samples folder or test data (trial 12).
#include <gtest/gtest.h>

#include "probes/sample_paths.h"
#include "scan/context.h"
#include "support/assess.h"
#include "util/package_dirs.h"

namespace practrack {
namespace {

constexpr const char* kPom = R"(<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.springframework.samples</groupId>
  <artifactId>spring-petclinic</artifactId>
  <version>3.4.0</version>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.11.0</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
)";

constexpr const char* kController = R"(package org.springframework.samples.petclinic.owner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class OwnerController {
  private static final Logger log = LoggerFactory.getLogger(OwnerController.class);

  public String show(int id) {
    log.info("owner {}", id);
    return "owners/" + id;
  }
}
)";

constexpr const char* kTests = R"(package org.springframework.samples.petclinic.owner;

import org.junit.jupiter.api.Test;

class OwnerControllerTests {
  @Test
  void showsOwner() {}

  @Test
  void listsOwners() {}
}
)";

MemoryTree petclinic() {
  MemoryTree tree;
  tree.add("pom.xml", kPom);
  tree.add("src/main/java/org/springframework/samples/petclinic/owner/OwnerController.java",
           kController);
  tree.add("src/test/java/org/springframework/samples/petclinic/owner/OwnerControllerTests.java",
           kTests);
  return tree;
}

TEST(JvmPackageDirs, ThePackageRootEndsAtTheLanguageFolder) {
  EXPECT_EQ(package_root_length("src/test/java/org/x/A.java"), std::string("src/test/java").size());
  EXPECT_EQ(package_root_length("app/src/main/kotlin/a/B.kt"),
            std::string("app/src/main/kotlin").size());
  EXPECT_EQ(package_root_length("samples/src/main/java/a/B.java"),
            std::string("samples/src/main/java").size());
  EXPECT_EQ(package_root_length("src/app/main.py"), 0u);
  EXPECT_EQ(package_root_length("mysrc/main/java/a/B.java"), 0u);
  EXPECT_EQ(package_root_length("src/main/java"), 0u);  // a file named java, no folder
}

TEST(JvmPackageDirs, APackageNamedSamplesOrFixturesIsTheProjectsOwnCode) {
  EXPECT_FALSE(ScanContext::is_excluded_path(
      "src/test/java/org/springframework/samples/petclinic/owner/OwnerControllerTests.java"));
  EXPECT_FALSE(ScanContext::is_excluded_path("src/test/java/com/acme/fixtures/Owners.java"));
  EXPECT_FALSE(ScanContext::is_excluded_path("lib/src/main/java/com/acme/vendor/Client.java"));
  EXPECT_FALSE(in_sample_folder("src/main/java/org/springframework/samples/petclinic/App.java"));
  EXPECT_FALSE(in_test_folder("src/main/java/org/acme/test/Support.java"));
  // Folders above the source set keep their roles.
  EXPECT_TRUE(ScanContext::is_excluded_path("src/test/resources/fixtures/owners.json"));
  EXPECT_TRUE(ScanContext::is_excluded_path("vendor/lib/src/main/java/a/B.java"));
  EXPECT_TRUE(in_sample_folder("samples/petclinic/src/main/java/a/App.java"));
  EXPECT_TRUE(ScanContext::is_excluded_path("tests/samples/input.py"));
}

TEST(JvmPackageDirs, PetclinicsTestsAndLoggingCount) {
  Report report = test_support::scan_memory(petclinic());
  const Assessment* unit = report.find("unit-tests");
  ASSERT_NE(unit, nullptr);
  EXPECT_NE(unit->status, Status::not_started) << unit->note;
  EXPECT_NE(unit->note.find("junit"), std::string::npos) << unit->note;
  const Assessment* logging = report.find("app-logging");
  ASSERT_NE(logging, nullptr);
  EXPECT_NE(logging->status, Status::not_started) << logging->note;
}

}  // namespace
}  // namespace practrack
