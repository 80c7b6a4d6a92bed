// Regression (alertmanager): the PagerDuty and Opsgenie URLs in its code
// are notifiers the product offers, not alerting the project runs; and a
// note counting several files names the first and counts the rest.
#include <gtest/gtest.h>

#include "support/assess.h"

#include "rules/rule.h"

namespace practrack {
namespace {

using test_support::decide_rule;

LibraryUse alerting(std::string name, int files, std::string path) {
  return {"alerting", std::move(name), files, files, {std::move(path), 755, "x"}, "go"};
}

}  // namespace

TEST(AlertingIntegrations, SeveralOnCallServicesInCodeAreTheProductsIntegrations) {
  RepoFacts f;
  f.source.libraries = {alerting("Opsgenie", 1, "config/config.go"),
                        alerting("PagerDuty", 2, "config/config.go")};
  Assessment a = decide_rule("alerting", f);
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_NE(a.note.find("integrations it offers"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("PagerDuty in 2 files (`config/config.go` and 1 more)"), std::string::npos)
      << a.note;

  // Its own alert rules checked in CI still count.
  f.tools.push_back({"alerting",
                     "Prometheus alert rules",
                     ToolHow::run,
                     Origin::ci,
                     "job lint",
                     {".github/workflows/ci.yml", 9, "promtool check rules"}});
  EXPECT_EQ(decide_rule("alerting", f).status, Status::adopted);
}

// Alertmanager's own example configuration is a sample of the product.
TEST(AlertingIntegrations, ProductsSampleConfigIsNotItsAlerting) {
  RepoFacts f;
  f.source.libraries = {alerting("Opsgenie", 1, "config/config.go"),
                        alerting("PagerDuty", 2, "config/config.go")};
  f.tools.push_back({"alerting", "Alertmanager", ToolHow::configured, Origin::ci, "",
                     {"examples/ha/alertmanager.yml", 0, ""}});
  Assessment a = decide_rule("alerting", f);
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_NE(a.note.find("Alertmanager is configured only in a sample "
                        "(`examples/ha/alertmanager.yml`)"),
            std::string::npos)
      << a.note;
}

TEST(AlertingIntegrations, OneServiceCalledFromCodeIsTheProjectsPaging) {
  RepoFacts f;
  f.source.libraries = {alerting("PagerDuty", 1, "ops/page.py")};
  Assessment a = decide_rule("alerting", f);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_EQ(a.note, "PagerDuty in 1 file (`ops/page.py`)");
}

}  // namespace practrack
