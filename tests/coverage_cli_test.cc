// `practrack tests`, `practrack coverage` and `scan --coverage-report` on a
// git repository built by the test.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "support/cli_run.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

using test_support::TempRepo;

using test_support::CliRun;
using test_support::practrack;

std::string module() {
  std::string s;
  for (int i = 0; i < 12; ++i) s += "v" + std::to_string(i) + " = " + std::to_string(i) + "\n";
  return s;
}

void python_project(const TempRepo& repo) {
  repo.write("src/rfc/mod1.py", module());
  repo.write("src/rfc/mod2.py", module());
  repo.write("scripts/tool.py", module());
  repo.write("tests/test_mod1.py", "def test_a():\n    pass\n\ndef test_b():\n    pass\n");
  repo.write("pyproject.toml", "[tool.coverage.report]\nfail_under = 80\n");
  repo.write(".github/workflows/ci.yml",
             "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
             "      - run: pip install pytest-cov\n      - run: pytest --cov=src\n");
  repo.commit("project");
}

// explain wraps its note to the terminal width: compare words, not lines.
std::string words(const std::string& out) {
  std::string w;
  for (char c : out) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space || (!w.empty() && w.back() != ' ')) w += space ? ' ' : c;
  }
  return w;
}

// Written outside the repository, as a CI job would leave it.
std::string write_report(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("practrack-cov-" + name);
  std::ofstream(path) << text;
  return path.string();
}

constexpr const char* kLcov =
    "SF:/home/runner/work/app/src/rfc/mod1.py\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nend_of_record\n"
    "SF:/home/runner/work/app/gone.py\nDA:1,1\nend_of_record\n";

TEST(CoverageCli, TestsCommandPrintsInventory) {
  TempRepo repo;
  python_project(repo);
  CliRun r = practrack("tests " + repo.path() + " --no-config");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("pytest"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("src/rfc/"), std::string::npos) << r.out;
  CliRun j = practrack("tests " + repo.path() + " --format json");
  EXPECT_EQ(j.status, 0) << j.out;
  EXPECT_NE(j.out.find("\"framework\": \"pytest\""), std::string::npos) << j.out;
}

TEST(CoverageCli, CoverageCommandMapsReportAndListsUnmatched) {
  TempRepo repo;
  python_project(repo);
  std::string report = write_report("lcov.info", kLcov);
  CliRun r = practrack("coverage " + repo.path() + " --report " + report + " --format md");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("| src/rfc/ | 1 | 2 | 75% |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("- `src/rfc/mod2.py`"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("- `/home/runner/work/app/gone.py`"), std::string::npos) << r.out;
  CliRun areas = practrack("coverage " + repo.path() + " --report " + report +
                           " --area src/ --area scripts/");
  EXPECT_EQ(areas.status, 0) << areas.out;
  EXPECT_NE(areas.out.find("src/"), std::string::npos) << areas.out;
  EXPECT_EQ(areas.out.find("other"), std::string::npos) << areas.out;  // tests follow modules
}

TEST(CoverageCli, BrokenReportIsAnInputErrorNamingTheLine) {
  TempRepo repo;
  python_project(repo);
  std::string report = write_report("broken.info", "SF:a.py\nDA:1\nend_of_record\n");
  CliRun r = practrack("coverage " + repo.path() + " --report " + report);
  EXPECT_EQ(r.status, 3) << r.out;
  EXPECT_NE(r.out.find("broken.info:2: DA: needs line,hits"), std::string::npos) << r.out;
  CliRun fmt = practrack("coverage " + repo.path() + " --report " + report +
                         " --report-format xml");
  EXPECT_EQ(fmt.status, 2) << fmt.out;
}

TEST(CoverageCli, ScanCarriesTheFigureIntoTestingPractices) {
  TempRepo repo;
  python_project(repo);
  std::string report = write_report("cov-scan.info", kLcov);
  CliRun r = practrack("scan " + repo.path() + " --no-store --format md --coverage-report " +
                       report);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("75% line coverage (practrack-cov-cov-scan.info)"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("minimum 80%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("### Coverage Map"), std::string::npos) << r.out;
  CliRun j = practrack("explain coverage-measurement " + repo.path() + " --coverage-report " +
                       report);
  EXPECT_EQ(j.status, 0) << j.out;
  EXPECT_NE(words(j.out).find("75% line coverage (practrack-cov-cov-scan.info)"),
            std::string::npos)
      << j.out;
}

TEST(CoverageCli, AReportProvesAConfiguredToolRan) {
  TempRepo repo;
  repo.write("src/rfc/mod1.py", module());
  repo.write("tests/test_mod1.py", "def test_a():\n    pass\n");
  repo.write("pyproject.toml", "[tool.coverage.run]\nbranch = true\n");  // configured, no CI
  repo.commit("project");
  CliRun before = practrack("scan " + repo.path() + " --no-store -f json");
  EXPECT_NE(before.out.find("never run"), std::string::npos) << before.out;
  std::string report = write_report("ran.info", kLcov);
  CliRun after = practrack("explain coverage-measurement " + repo.path() + " --coverage-report " +
                           report);
  EXPECT_EQ(after.status, 0) << after.out;
  EXPECT_NE(after.out.find("Adopted"), std::string::npos) << after.out;
  EXPECT_NE(words(after.out).find("a coverage report shows it ran"), std::string::npos)
      << after.out;
}

}  // namespace
}  // namespace practrack
