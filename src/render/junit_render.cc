#include <algorithm>
#include <pugixml.hpp>
#include <sstream>

#include "render/ci_formats.h"
#include "render/render_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// XML 1.0 allows no control characters but tab and newlines.
std::string xml_text(std::string_view s) {
  std::string out = text::sanitize_utf8(s);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
  return out;
}

std::string evidence_text(const Assessment& a) {
  std::string out = std::string(status_title(a.status)) + ": " + a.note + "\n";
  for (const auto& e : a.evidence) {
    if (e.path.empty()) continue;
    out += e.path + (e.line ? ":" + std::to_string(e.line) : "") +
           (e.excerpt.empty() ? "" : "  " + e.excerpt) + "\n";
  }
  return out;
}

}  // namespace

std::string render_junit(const Report& report, const RenderOptions&) {
  pugi::xml_document doc;
  auto suites = doc.append_child("testsuites");
  suites.append_attribute("name") = "practrack";
  int all_tests = 0, all_failures = 0, all_skipped = 0;
  auto is_required = [&](const std::string& id) {
    return std::find(report.required.begin(), report.required.end(), id) != report.required.end();
  };
  // The same sections as every renderer: practices of unknown categories
  // land in "Other" rather than disappearing.
  for (const auto& section : render::sections(report)) {
    auto suite = suites.append_child("testsuite");
    int tests = 0, failures = 0, skipped = 0;
    suite.append_attribute("name") = xml_text(section.title).c_str();
    for (const auto& row : section.rows) {
      const Assessment& a = *row.assessment;
      ++tests;
      auto tc = suite.append_child("testcase");
      tc.append_attribute("classname") = ("practrack." + section.id).c_str();
      tc.append_attribute("name") = xml_text(a.id + ": " + std::string(render::row_name(row))).c_str();
      tc.append_attribute("time") = "0";
      if (a.status == Status::not_applicable) {
        ++skipped;
        tc.append_child("skipped").append_attribute("message") = xml_text("not applicable: " + a.note).c_str();
      } else if (is_required(a.id) && a.status != Status::adopted) {
        ++failures;
        auto f = tc.append_child("failure");
        f.append_attribute("message") =
            xml_text("required practice is " + std::string(status_id(a.status)) + ": " + a.note).c_str();
        f.append_attribute("type") = "required";
        f.text().set(xml_text(evidence_text(a)).c_str());
      }
      tc.append_child("system-out").text().set(xml_text(evidence_text(a)).c_str());
    }
    suite.append_attribute("tests") = tests;
    suite.append_attribute("failures") = failures;
    suite.append_attribute("errors") = 0;
    suite.append_attribute("skipped") = skipped;
    suite.append_attribute("time") = "0";
    if (!report.meta.scanned_at.empty()) suite.append_attribute("timestamp") = report.meta.scanned_at.c_str();
    all_tests += tests;
    all_failures += failures;
    all_skipped += skipped;
  }
  suites.append_attribute("tests") = all_tests;
  suites.append_attribute("failures") = all_failures;
  suites.append_attribute("errors") = 0;
  suites.append_attribute("skipped") = all_skipped;
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent | pugi::format_no_declaration);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

}  // namespace practrack
