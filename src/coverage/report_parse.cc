// The report parsers. XML goes through pugixml and JSON through
// nlohmann-json (parse/); LCOV and Go profiles are line formats read here.
#include "coverage/report_parse.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "parse/json.h"
#include "parse/limits.h"
#include "parse/xml.h"
#include "util/text.h"

namespace practrack::coverage {
namespace {

struct FormatName {
  Format format;
  std::string_view name;
};
// --report-format names; "auto" detects.
constexpr FormatName kFormats[] = {
    {Format::automatic, "auto"},      {Format::cobertura, "cobertura"},
    {Format::lcov, "lcov"},           {Format::jacoco, "jacoco"},
    {Format::coverage_json, "coverage-json"}, {Format::go, "go"},
    {Format::junit, "junit"},
};

Error fail(std::string_view name, int line, std::string_view message) {
  std::string where(name);
  if (line > 0) where += ":" + std::to_string(line);
  return Error{where + ": " + std::string(message)};
}

template <typename T>
bool to_number(std::string_view s, T& out) {
  s = text::trim(s);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// --- XML formats -----------------------------------------------------------

int node_line(std::string_view text, const pugi::xml_node& n) {
  auto off = n.offset_debug();
  return off < 0 ? 0 : line_at(text, static_cast<std::size_t>(off));
}

// Cobertura `filename` is relative to a <source> when one is given.
std::string cobertura_path(const pugi::xml_node& root, std::string_view filename) {
  if (filename.empty() || filename.front() == '/') return std::string(filename);
  std::string source(text::trim(root.child("sources").child("source").text().get()));
  if (source.empty()) return std::string(filename);
  if (source.back() != '/') source += '/';
  return source + std::string(filename);
}

Result<ParsedReport> cobertura(std::string_view text, std::string_view name,
                               const pugi::xml_node& root) {
  // Several <class> elements may share a file: lines are merged by number.
  std::map<std::string, std::map<long, bool>> files;
  std::size_t entries = 0;
  for (auto pkg : root.child("packages").children("package"))
    for (auto cls : pkg.child("classes").children("class")) {
      std::string path = cobertura_path(root, cls.attribute("filename").value());
      if (path.empty()) return fail(name, node_line(text, cls), "<class> without filename");
      auto& lines = files[path];
      for (auto line : cls.child("lines").children("line")) {
        long number = 0, hits = 0;
        if (!to_number(line.attribute("number").value(), number) ||
            !to_number(line.attribute("hits").value(), hits))
          return fail(name, node_line(text, line), "<line> needs numeric number and hits");
        if (++entries > kMaxReportEntries) return fail(name, 0, "too many lines in the report");
        lines[number] = lines[number] || hits > 0;
      }
    }
  ParsedReport out;
  for (const auto& [path, lines] : files) {
    FileLines f{path, 0, static_cast<long>(lines.size())};
    for (const auto& [n, hit] : lines) f.covered += hit ? 1 : 0;
    out.files.push_back(std::move(f));
  }
  return out;
}

Result<ParsedReport> jacoco(std::string_view text, std::string_view name,
                            const pugi::xml_node& root) {
  ParsedReport out;
  // Groups may nest packages (multi-module builds); walk them without recursion.
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node node = stack.back();
    stack.pop_back();
    for (auto child : node.children()) {
      std::string_view tag = child.name();
      if (tag == "group") stack.push_back(child);
      if (tag != "package") continue;
      std::string pkg = child.attribute("name").value();
      for (auto src : child.children("sourcefile")) {
        if (out.files.size() >= kMaxReportEntries) return fail(name, 0, "too many source files");
        std::string path = (pkg.empty() ? "" : pkg + "/") + src.attribute("name").value();
        auto counter = src.find_child_by_attribute("counter", "type", "LINE");
        long missed = 0, covered = 0;
        if (!counter) continue;  // a file without executable lines
        if (!to_number(counter.attribute("missed").value(), missed) ||
            !to_number(counter.attribute("covered").value(), covered))
          return fail(name, node_line(text, counter), "LINE counter needs numeric missed/covered");
        out.files.push_back({path, covered, covered + missed});
      }
    }
  }
  return out;
}

int int_attr(const pugi::xml_node& n, const char* key, int fallback) {
  int v = 0;
  return to_number(n.attribute(key).value(), v) ? v : fallback;
}

// One <testsuite>: its attributes, or counts of its <testcase> children.
SuiteResult junit_suite(const pugi::xml_node& s) {
  SuiteResult r;
  r.name = s.attribute("name").value();
  int cases = 0, failures = 0, errors = 0, skipped = 0;
  for (auto c : s.children("testcase")) {
    ++cases;
    failures += c.child("failure") ? 1 : 0;
    errors += c.child("error") ? 1 : 0;
    skipped += c.child("skipped") ? 1 : 0;
  }
  r.tests = int_attr(s, "tests", cases);
  r.failures = int_attr(s, "failures", failures);
  r.errors = int_attr(s, "errors", errors);
  r.skipped = int_attr(s, "skipped", int_attr(s, "disabled", skipped));
  r.seconds = s.attribute("time").as_double(0);
  return r;
}

Result<ParsedReport> junit(std::string_view name, const pugi::xml_node& root) {
  ParsedReport out;
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node node = stack.back();
    stack.pop_back();
    if (std::string_view(node.name()) == "testsuite" && node.child("testcase"))
      out.suites.push_back(junit_suite(node));
    else if (std::string_view(node.name()) == "testsuite" && !node.child("testsuite"))
      out.suites.push_back(junit_suite(node));
    for (auto child : node.children("testsuite")) stack.push_back(child);
    if (out.suites.size() > kMaxReportEntries) return fail(name, 0, "too many test suites");
  }
  return out;
}

Result<ParsedReport> xml_report(std::string_view text, std::string_view name, Format format) {
  auto doc = parse_xml(text);
  if (!doc) {
    // "malformed XML: line 12: ..." becomes "coverage.xml:12: malformed XML: ..."
    return Error{std::string(name) + ": " + doc.error()};
  }
  pugi::xml_node root = (*doc)->document_element();
  std::string_view tag = root.name();
  auto expect = [&](std::initializer_list<std::string_view> tags) -> bool {
    for (auto t : tags)
      if (tag == t) return true;
    return false;
  };
  switch (format) {
    case Format::cobertura:
      if (!expect({"coverage"})) break;
      return cobertura(text, name, root);
    case Format::jacoco:
      if (!expect({"report"})) break;
      return jacoco(text, name, root);
    case Format::junit:
      if (!expect({"testsuites", "testsuite"})) break;
      return junit(name, root);
    default:
      break;
  }
  return fail(name, node_line(text, root),
              "root element <" + std::string(tag) + "> is not a " +
                  std::string(format_name(format)) + " report");
}

// --- JSON ------------------------------------------------------------------

Result<ParsedReport> coverage_json(std::string_view text, std::string_view name) {
  auto doc = parse_json(text);
  if (!doc) return Error{std::string(name) + ": " + doc.error()};
  if (!doc->is_object() || !doc->contains("files") || !(*doc)["files"].is_object())
    return fail(name, 1, "coverage.py JSON needs a \"files\" object");
  ParsedReport out;
  for (const auto& [path, entry] : (*doc)["files"].items()) {
    if (out.files.size() >= kMaxReportEntries) return fail(name, 0, "too many files");
    const auto* summary = entry.is_object() && entry.contains("summary") ? &entry["summary"]
                                                                        : nullptr;
    if (!summary || !(*summary)["covered_lines"].is_number_integer() ||
        !(*summary)["num_statements"].is_number_integer())
      return fail(name, 0, "file \"" + path + "\" has no summary with covered_lines and "
                               "num_statements");
    out.files.push_back({path, (*summary)["covered_lines"].get<long>(),
                         (*summary)["num_statements"].get<long>()});
  }
  return out;
}

// --- line formats ----------------------------------------------------------

struct LcovState {
  std::string file;
  int opened_at = 0;
  std::map<long, bool> lines;
  long lf = -1, lh = -1;
};

void lcov_close(LcovState& s, std::map<std::string, FileLines>& files) {
  FileLines& f = files[s.file];
  f.path = s.file;
  if (!s.lines.empty()) {
    for (const auto& [n, hit] : s.lines) f.covered += hit ? 1 : 0;
    f.total += static_cast<long>(s.lines.size());
  } else if (s.lf >= 0) {
    f.total += s.lf;
    f.covered += std::max(0L, s.lh);
  }
  s = LcovState{};
}

Result<ParsedReport> lcov(std::string_view text, std::string_view name) {
  std::map<std::string, FileLines> files;
  LcovState s;
  int n = 0;
  for (std::string_view raw : text::lines(text)) {
    ++n;
    std::string_view line = text::trim(raw);
    if (line.empty() || text::starts_with(line, "TN:")) continue;
    if (text::starts_with(line, "SF:")) {
      if (!s.file.empty()) return fail(name, n, "SF: before end_of_record of " + s.file);
      s.file = std::string(line.substr(3));
      s.opened_at = n;
      if (s.file.empty()) return fail(name, n, "SF: without a path");
      if (files.size() >= kMaxReportEntries) return fail(name, n, "too many files");
      continue;
    }
    if (line == "end_of_record") {
      if (s.file.empty()) return fail(name, n, "end_of_record without SF:");
      lcov_close(s, files);
      continue;
    }
    bool da = text::starts_with(line, "DA:");
    bool lf = text::starts_with(line, "LF:"), lh = text::starts_with(line, "LH:");
    if (!da && !lf && !lh) continue;  // FN, BRDA ... are not line coverage
    if (s.file.empty()) return fail(name, n, std::string(line.substr(0, 2)) + ": outside SF:");
    if (lf || lh) {
      long v = 0;
      if (!to_number(line.substr(3), v)) return fail(name, n, "bad number in " + std::string(line));
      (lf ? s.lf : s.lh) = v;
      continue;
    }
    auto parts = text::split(line.substr(3), ',');
    long number = 0, hits = 0;
    if (parts.size() < 2 || !to_number(parts[0], number) || !to_number(parts[1], hits))
      return fail(name, n, "DA: needs line,hits");
    if (s.lines.size() >= kMaxReportEntries) return fail(name, n, "too many lines");
    s.lines[number] = s.lines[number] || hits > 0;
  }
  if (!s.file.empty())
    return fail(name, s.opened_at, "record for " + s.file +
                                       " has no end_of_record (truncated report?)");
  ParsedReport out;
  for (auto& [path, f] : files) out.files.push_back(std::move(f));
  return out;
}

// `file:start.col,end.col statements count`; blocks repeated by merged
// profiles count once, covered when any copy ran.
Result<ParsedReport> go_profile(std::string_view text, std::string_view name) {
  std::map<std::string, std::map<std::string, std::pair<long, bool>>> blocks;
  std::size_t entries = 0;
  int n = 0;
  for (std::string_view raw : text::lines(text)) {
    ++n;
    std::string_view line = text::trim(raw);
    if (line.empty()) continue;
    if (n == 1) {
      if (!text::starts_with(line, "mode:"))
        return fail(name, 1, "Go profile must start with mode:");
      continue;
    }
    std::size_t colon = line.rfind(':');
    auto fields = text::split(colon == std::string_view::npos ? "" : line.substr(colon + 1), ' ');
    long stmts = 0, count = 0;
    if (colon == std::string_view::npos || fields.size() != 3 || !to_number(fields[1], stmts) ||
        !to_number(fields[2], count) || fields[0].find(',') == std::string_view::npos)
      return fail(name, n, "expected file:start.col,end.col statements count");
    if (++entries > kMaxReportEntries) return fail(name, n, "too many blocks");
    auto& b = blocks[std::string(line.substr(0, colon))][std::string(fields[0])];
    b.first = stmts;
    b.second = b.second || count > 0;
  }
  if (n == 0) return fail(name, 1, "empty Go profile");
  ParsedReport out;
  for (const auto& [path, bs] : blocks) {
    FileLines f{path, 0, 0};
    for (const auto& [key, b] : bs) {
      f.total += b.first;
      f.covered += b.second ? b.first : 0;
    }
    out.files.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::string_view format_name(Format f) {
  for (const auto& row : kFormats)
    if (row.format == f) return row.name;
  return "auto";
}

Result<Format> parse_format(std::string_view name) {
  for (const auto& row : kFormats)
    if (row.name == name) return row.format;
  return Error{"unknown report format '" + std::string(name) +
               "' (auto, cobertura, lcov, jacoco, coverage-json, go, junit)"};
}

Format detect_format(std::string_view text) {
  text = text::strip_bom(text);
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' ||
                           text.front() == '\r' || text.front() == '\t'))
    text.remove_prefix(1);
  std::string_view head = text.substr(0, 4096);
  if (text::starts_with(head, "<")) {
    // The root element: the first tag that is not <?xml ?>, <!DOCTYPE> or a comment.
    std::size_t at = 0;
    while ((at = head.find('<', at)) != std::string_view::npos) {
      char next = at + 1 < head.size() ? head[at + 1] : '\0';
      if (next != '?' && next != '!') break;
      ++at;
    }
    if (at == std::string_view::npos) return Format::automatic;
    std::string_view tag = head.substr(at + 1);
    if (text::starts_with(tag, "coverage")) return Format::cobertura;
    if (text::starts_with(tag, "report")) return Format::jacoco;
    if (text::starts_with(tag, "testsuite")) return Format::junit;
    return Format::automatic;
  }
  if (text::starts_with(head, "mode:")) return Format::go;
  if (text::starts_with(head, "{")) return Format::coverage_json;
  if (text::starts_with(head, "TN:") || text::starts_with(head, "SF:")) return Format::lcov;
  return Format::automatic;
}

Result<ParsedReport> parse_report(std::string_view text, std::string_view name, Format format) {
  if (text.size() > kMaxReportBytes) return fail(name, 0, "report larger than 256 MiB");
  if (format == Format::automatic) format = detect_format(text);
  Result<ParsedReport> r = Error{""};
  switch (format) {
    case Format::automatic:
      return fail(name, 1, "unknown report format (expected Cobertura, LCOV, JaCoCo, "
                           "coverage.py JSON, Go profile or JUnit); use --report-format");
    case Format::lcov: r = lcov(text, name); break;
    case Format::go: r = go_profile(text, name); break;
    case Format::coverage_json: r = coverage_json(text, name); break;
    default: r = xml_report(text, name, format); break;
  }
  if (r) {
    r->format = format;
    r->name = std::string(name);
  }
  return r;
}

Result<ParsedReport> read_report(const std::string& file, Format format) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto status = fs::symlink_status(file, ec);
  if (ec || !fs::exists(status)) return Error{file + ": cannot read the report"};
  if (fs::is_symlink(status)) return Error{file + ": is a symbolic link; give the file itself"};
  if (!fs::is_regular_file(status)) return Error{file + ": not a regular file"};
  auto size = fs::file_size(file, ec);
  if (ec) return Error{file + ": cannot read the report"};
  if (size > kMaxReportBytes) return Error{file + ": report larger than 256 MiB"};
  std::ifstream in(file, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size)))
    return Error{file + ": cannot read the report"};
  return parse_report(text, file, format);
}

}  // namespace practrack::coverage
