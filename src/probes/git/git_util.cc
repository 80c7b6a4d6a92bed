#include "probes/git/git_util.h"

#include <re2/re2.h>

#include "util/text.h"

namespace practrack::gitprobe {

std::string strip_credentials(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  std::size_t start = scheme + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string_view authority =
      url.substr(start, end == std::string_view::npos ? url.npos : end - start);
  std::size_t at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  std::string out(url.substr(0, start));
  out += authority.substr(at + 1);
  if (end != std::string_view::npos) out += url.substr(end);
  return out;
}

std::string url_host(std::string_view url) {
  std::string_view rest;
  std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    if (url.substr(0, scheme) == "file") return "";
    rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    std::size_t at = rest.rfind('@');
    if (at != std::string_view::npos) rest = rest.substr(at + 1);
  } else {
    // scp-like "user@host:path"; a local path has no ':' before its first '/'.
    std::size_t colon = url.find(':');
    std::size_t slash = url.find('/');
    if (colon == std::string_view::npos || (slash != std::string_view::npos && slash < colon))
      return "";
    rest = url.substr(0, colon);
    std::size_t at = rest.rfind('@');
    if (at != std::string_view::npos) rest = rest.substr(at + 1);
    return text::lower(rest);
  }
  if (!rest.empty() && rest.front() == '[') {  // [ipv6]:port
    std::size_t close = rest.find(']');
    return text::lower(rest.substr(0, close == std::string_view::npos ? rest.size() : close + 1));
  }
  return text::lower(rest.substr(0, rest.find(':')));
}

bool is_conventional(std::string_view message) {
  static const RE2 re(
      R"(^(?i:feat|fix|docs|doc|style|refactor|perf|test|tests|build|ci|chore|revert|)"
      R"(deps|release|security|bump|i18n|ops|infra)(\([^()\n]{1,60}\))?!?: \S)");
  std::string_view first = message.substr(0, message.find('\n'));
  return RE2::PartialMatch(first, re);
}

// A tag may name what it versions before the number: "gson-parent-2.14.0",
// "release-1.2.3", "pkg/v1.2.3", "@scope/pkg@1.2.3"; the rest is semver.
bool is_semver(std::string_view version) {
  static const RE2 re(
      R"(^(?:@?[A-Za-z][0-9A-Za-z_.]*(?:[-_/@][A-Za-z][0-9A-Za-z_.]*)*[-_/@])?)"
      R"(v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
      R"((-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$)");
  // CVS-era projects write the dots as underscores: libexpat's "R_2_8_3".
  static const RE2 underscored(R"(^(?:[A-Za-z][0-9A-Za-z]*[-_])?[vV]?)"
                               R"((0|[1-9]\d*)_(0|[1-9]\d*)_(0|[1-9]\d*)$)");
  return RE2::FullMatch(version, re) || RE2::FullMatch(version, underscored);
}

bool is_release_tag(std::string_view name) {
  static const RE2 re(R"(^(?i:(?:[a-z0-9_.-]+[/@-])?(?:v|release-|rel-|version-|r)?_?)\d+([._]\d+)*)"
                      R"(([-.+_]?[0-9A-Za-z.-]*)?$)");
  // "1.5.x", "v2.x": a maintenance line's marker, not a release.
  static const RE2 line(R"(\d\.[xX*](?:$|[.-]))");
  return RE2::FullMatch(name, re) && !RE2::PartialMatch(name, line);
}

}  // namespace practrack::gitprobe
