#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "render/ci_formats.h"
#include "util/text.h"

namespace practrack {
namespace {

using Json = nlohmann::ordered_json;

// Weight 4-5 is an error, 3 a warning, 1-2 a note; a partial practice is
// one level milder than a missing one.
std::string level(const Assessment& a) {
  int w = a.weight - (a.status == Status::partial ? 1 : 0);
  return w >= 4 ? "error" : w == 3 ? "warning" : "note";
}

Json rule(const Assessment& a) {
  const Practice* p = find_practice(a.id);
  std::string adopted = p ? std::string(p->adopted) : "";
  std::string partial = p ? std::string(p->partial) : "";
  std::string howto = p ? std::string(p->howto) : "";
  Json r;
  r["id"] = a.id;
  r["name"] = a.name;
  r["shortDescription"] = {{"text", a.name}};
  std::string help = "Adopted when: " + (adopted.empty() ? "a custom rule holds" : adopted) + "." +
                     (partial.empty() ? "" : " Partial when: " + partial + ".") +
                     (howto.empty() ? "" : " How to: " + howto);
  r["fullDescription"] = {{"text", text::sanitize_utf8(help)}};
  r["help"] = {{"text", text::sanitize_utf8(howto.empty() ? help : howto)},
               {"markdown", text::sanitize_utf8("**How to:** " + (howto.empty() ? help : howto))}};
  r["defaultConfiguration"] = {{"level", a.weight >= 4   ? "error"
                                         : a.weight == 3 ? "warning"
                                                         : "note"}};
  r["properties"] = {
      {"category", a.category}, {"weight", a.weight}, {"tags", {"devops", a.category}}};
  return r;
}

Json location(const Evidence& e) {
  Json loc;
  Json physical;
  physical["artifactLocation"] = {{"uri", e.path.empty() ? "." : e.path},
                                  {"uriBaseId", "%SRCROOT%"}};
  if (e.line > 0) physical["region"] = {{"startLine", e.line}};
  loc["physicalLocation"] = physical;
  return loc;
}

}  // namespace

std::string render_sarif(const Report& report, const RenderOptions&) {
  Json run;
  Json driver;
  driver["name"] = "practrack";
  driver["version"] = report.meta.version;
  driver["informationUri"] = "https://example.invalid/practrack";
  driver["rules"] = Json::array();
  Json results = Json::array();
  int index = 0;
  for (const auto& a : report.assessments) {
    driver["rules"].push_back(rule(a));
    if (a.status == Status::adopted || a.status == Status::not_applicable) {
      ++index;
      continue;
    }
    Json r;
    r["ruleId"] = a.id;
    r["ruleIndex"] = index++;
    r["level"] = level(a);
    r["message"] = {
        {"text", text::sanitize_utf8(a.name + ": " + std::string(status_title(a.status)) + " — " +
                                     a.note)}};
    Evidence where = a.evidence.empty() ? Evidence{} : a.evidence.front();
    r["locations"] = Json::array({location(where)});
    r["partialFingerprints"] = {{"practrackPractice/v1", a.id}};
    results.push_back(r);
  }
  run["tool"] = {{"driver", driver}};
  run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + report.meta.path + "/"}}}};
  if (!report.meta.commit.empty())
    run["versionControlProvenance"] = Json::array(
        {{{"repositoryUri", "file://" + report.meta.path}, {"revisionId", report.meta.commit}}});
  run["results"] = results;
  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({run});
  return log.dump(2) + "\n";
}

}  // namespace practrack
