// JSON output: the documented schema, a summary equal to the practices
// listed, valid UTF-8 whatever the notes held.
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "render/render.h"
#include "render_fixture.h"
#include "util/text.h"

namespace practrack {
namespace {

using Json = nlohmann::ordered_json;

Json render(const Report& r) {
  std::string out = render_json(r, {});
  EXPECT_TRUE(text::valid_utf8(out));
  return Json::parse(out);  // throws, failing the test, on invalid JSON
}

std::vector<std::string> keys(const Json& j) {
  std::vector<std::string> out;
  for (auto it = j.begin(); it != j.end(); ++it) out.push_back(it.key());
  return out;
}

TEST(RenderJson, TopLevelKeysInDocumentedOrder) {
  Json j = render(fixture::sample_report());
  EXPECT_EQ(keys(j), (std::vector<std::string>{"schema_version", "tool", "repository", "source",
                                               "commit", "branch", "scanned_at", "commit_time",
                                               "summary", "practices", "required", "decisions",
                                               "diagnostics"}));
  EXPECT_EQ(j["schema_version"], kReportSchemaVersion);
  EXPECT_EQ(j["tool"]["name"], "practrack");
  EXPECT_EQ(j["repository"]["name"], "demo-app");
  EXPECT_EQ(j["commit_time"], "2026-02-17T10:00:00Z");
  EXPECT_EQ(keys(j["practices"][0]),
            (std::vector<std::string>{"id", "category", "name", "status", "note", "weight",
                                      "evidence", "needs_attestation", "custom",
                                      "detected_status", "attestation"}));
}

void expect_summary_equals_practices(const Json& j) {
  std::map<std::string, std::map<std::string, int>> per;
  std::map<std::string, int> all;
  for (const auto& p : j["practices"]) {
    std::string key = p["status"].get<std::string>();
    for (char& c : key)
      if (c == '-') c = '_';
    ++per[p["category"].get<std::string>()][key];
    ++all[key];
  }
  const Json& s = j["summary"];
  for (const char* k : {"adopted", "partial", "not_started", "not_applicable"})
    EXPECT_EQ(s[k].get<int>(), all[k]) << k;
  EXPECT_EQ(s["total"].get<std::size_t>(), j["practices"].size());
  int applicable = all["adopted"] + all["partial"] + all["not_started"];
  double expect = applicable ? 100.0 * all["adopted"] / applicable : 0.0;
  EXPECT_NEAR(s["adoption_percent"].get<double>(), expect, 0.051);
  std::size_t total = 0;
  for (const auto& c : s["categories"]) {
    std::string id = c["id"].get<std::string>();
    for (const char* k : {"adopted", "partial", "not_started", "not_applicable"})
      EXPECT_EQ(c[k].get<int>(), per[id][k]) << id << " " << k;
    total += c["total"].get<std::size_t>();
  }
  EXPECT_EQ(total, j["practices"].size());
}

TEST(RenderJson, SummaryEqualsThePracticesListed) {
  expect_summary_equals_practices(render(fixture::sample_report()));
  expect_summary_equals_practices(render(fixture::full_report()));
}

TEST(RenderJson, PracticesCarryEvidenceWeightAndAttestation) {
  Json j = render(fixture::sample_report());
  const Json* bp = nullptr;
  const Json* retired = nullptr;
  for (const auto& p : j["practices"]) {
    if (p["id"] == "branch-protection") bp = &p;
    if (p["id"] == "retired-practice") retired = &p;
  }
  ASSERT_TRUE(bp && retired);
  EXPECT_EQ((*bp)["status"], "partial");
  EXPECT_EQ((*bp)["weight"], 4);
  EXPECT_EQ((*bp)["needs_attestation"], true);
  EXPECT_EQ((*bp)["evidence"][0]["path"], ".github/CODEOWNERS");
  EXPECT_EQ((*bp)["evidence"][0]["line"], 1);
  EXPECT_EQ((*retired)["weight"], 1);  // unknown to the catalog: the default weight
  EXPECT_EQ((*retired)["category"], "other");
}

TEST(RenderJson, InvalidUtf8IsReplacedNotPassedOn) {
  Json j = render(fixture::sample_report());
  for (const auto& p : j["practices"]) {
    if (p["id"] == "ci-caching") {
      EXPECT_EQ(p["note"], "No cache | between runs \xEF\xBF\xBD\xEF\xBF\xBD in `ci/`");
    }
  }
  Report r = fixture::sample_report();
  r.meta.repository = "bad\xc3";
  r.diagnostics[0].path = "x\xff.yml";
  Json k = render(r);
  EXPECT_EQ(k["repository"]["name"], "bad\xEF\xBF\xBD");
  EXPECT_EQ(k["diagnostics"][0]["path"], "x\xEF\xBF\xBD.yml");
}

TEST(RenderJson, UnknownCommitAndTimesAreNull) {
  Report r = fixture::sample_report();
  r.meta.commit.clear();
  r.meta.branch.clear();
  r.meta.commit_time = 0;
  Json j = render(r);
  EXPECT_TRUE(j["commit"].is_null());
  EXPECT_TRUE(j["branch"].is_null());
  EXPECT_TRUE(j["commit_time"].is_null());
}

TEST(RenderJson, IsDeterministic) {
  EXPECT_EQ(render_json(fixture::full_report(), {}), render_json(fixture::full_report(), {}));
}

TEST(RenderJson, CatalogListsEveryPracticeOnce) {
  Json j = Json::parse(render_catalog_json());
  EXPECT_EQ(j["schema_version"], kReportSchemaVersion);
  ASSERT_EQ(j["categories"].size(), categories().size());
  std::size_t n = 0;
  for (const auto& c : j["categories"]) {
    for (const auto& p : c["practices"]) {
      const Practice* known = find_practice(p["id"].get<std::string>());
      ASSERT_NE(known, nullptr);
      EXPECT_EQ(known->category, c["id"].get<std::string>());
      EXPECT_EQ(p["weight"].get<int>(), known->weight);
      ++n;
    }
  }
  EXPECT_EQ(n, practices().size());
}

}  // namespace
}  // namespace practrack
