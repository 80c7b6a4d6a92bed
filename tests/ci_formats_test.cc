// JUnit, SARIF and the badge: the formats CI systems read, validated by
// real validators (xmllint with tests/schema/junit.xsd; the official SARIF
// 2.1.0 JSON schema through ajv, installed by `make test`).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "render/ci_formats.h"
#include "render_fixture.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

using test_support::run_command;

std::string write_temp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << content;
  return path.string();
}

std::string schema_dir() { return std::string(PRACTRACK_SOURCE_DIR) + "/tests/schema"; }

Report report_with_required() {
  Report r = fixture::sample_report();
  r.required = {"ci-caching", "unit-tests", "sast"};
  return r;
}

}  // namespace

TEST(JUnit, ValidAgainstTheSchemaWithFailuresForRequiredAndSkippedForNA) {
  std::string xml = render_junit(report_with_required(), {});
  std::string file = write_temp("practrack-junit.xml", xml);
  int status = 0;
  std::string out = run_command("xmllint --noout --schema " + schema_dir() + "/junit.xsd " + file + " 2>&1", &status);
  EXPECT_EQ(status, 0) << out;

  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  auto suites = doc.child("testsuites");
  // ci-caching and sast are required and not adopted; unit-tests is adopted.
  EXPECT_EQ(suites.attribute("failures").as_int(), 2);
  EXPECT_EQ(suites.attribute("skipped").as_int(), 1);  // compose is N/A
  int cases = 0;
  for (auto suite : suites.children("testsuite")) cases += suite.attribute("tests").as_int();
  EXPECT_EQ(cases, static_cast<int>(fixture::sample_report().assessments.size()));
  auto failure = suites.select_node("//testcase[starts-with(@name, 'sast:')]/failure");
  ASSERT_TRUE(failure);
  EXPECT_EQ(std::string(failure.node().attribute("type").value()), "required");
}

TEST(JUnit, TheSchemaRejectsWhatReportersWouldNot) {
  // The validator can fail: a testcase without a classname is refused.
  std::string file = write_temp("practrack-junit-bad.xml",
                                "<testsuites><testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\">"
                                "<testcase name=\"y\"/></testsuite></testsuites>");
  int status = 0;
  run_command("xmllint --noout --schema " + schema_dir() + "/junit.xsd " + file + " 2>&1", &status);
  EXPECT_NE(status, 0);
}

TEST(Sarif, ValidAgainstTheOfficialSchema) {
  std::string sarif = render_sarif(report_with_required(), {});
  std::string good = write_temp("practrack.sarif", sarif);
  std::string validator = "node " + schema_dir() + "/validate-sarif.js ";
  int status = 0;
  std::string out = run_command(validator + good + " 2>&1", &status);
  EXPECT_EQ(status, 0) << out;

  // And the same validator refuses a broken log.
  std::string broken = std::regex_replace(sarif, std::regex("\"version\": \"2.1.0\""), "\"version\": \"9\"");
  std::string bad = write_temp("practrack-bad.sarif", broken);
  run_command(validator + bad + " 2>&1", &status);
  EXPECT_NE(status, 0);
}

TEST(Sarif, ResultsSitAtTheEvidenceAndLevelsFollowWeight) {
  auto j = nlohmann::json::parse(render_sarif(report_with_required(), {}));
  const auto& run = j["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), fixture::sample_report().assessments.size());
  const nlohmann::json* gate = nullptr;
  const nlohmann::json* sast = nullptr;
  for (const auto& r : run["results"]) {
    if (r["ruleId"] == "coverage-gate") gate = &r;
    if (r["ruleId"] == "sast") sast = &r;
    EXPECT_NE(r["ruleId"], "git");  // adopted practices are not findings
  }
  ASSERT_TRUE(gate && sast);
  const auto& loc = (*gate)["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "pyproject.toml");
  EXPECT_EQ(loc["region"]["startLine"], 40);
  EXPECT_EQ((*sast)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], ".");
  EXPECT_EQ((*sast)["level"], "error");  // weight 4, not started
  // Said as the tracker says it, not as an id ("is not-started", trial 12).
  std::string message = (*sast)["message"]["text"];
  EXPECT_NE(message.find(": Not Started — "), std::string::npos) << message;
}

TEST(Badge, TextFitsItsBoxAndColourFollowsAdoption) {
  std::string svg = badge_svg("devops", "62%", "#97ca00");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  auto root = doc.child("svg");
  int width = root.attribute("width").as_int();
  EXPECT_GE(width, verdana11_width("devops") + verdana11_width("62%") + 4 * 5);
  EXPECT_NE(svg.find("#97ca00"), std::string::npos);
  // Wider text makes a wider badge: nothing overflows.
  std::string wide = badge_svg("devops practices", "100%", "#4c1");
  pugi::xml_document doc2;
  ASSERT_TRUE(doc2.load_string(wide.c_str()));
  EXPECT_GT(doc2.child("svg").attribute("width").as_int(), width);
  EXPECT_GT(verdana11_width("WWW"), verdana11_width("iii"));
  // Text from a repository is escaped.
  EXPECT_EQ(badge_svg("a<b", "1&2", "#fff").find("a<b"), std::string::npos);
}

TEST(Badge, ColourByAdoption) {
  Report r = fixture::full_report();
  for (auto& a : r.assessments) a.status = Status::adopted;
  EXPECT_NE(render_badge(r, {}).find("#4c1"), std::string::npos);
  for (auto& a : r.assessments) a.status = Status::not_started;
  EXPECT_NE(render_badge(r, {}).find("#e05d44"), std::string::npos);
}

}  // namespace practrack
