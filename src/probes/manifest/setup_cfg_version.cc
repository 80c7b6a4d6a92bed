// setup.cfg `version = file: VERSION` and `version = attr: pkg.__version__`
// name where the version lives; the version is read from there (never by
// running anything), so "file: VERSION" is not taken for a version string.
#include "probes/manifest/setup_cfg_version.h"

#include <re2/re2.h>

#include "util/text.h"

namespace practrack::manifest {
namespace {

std::string relative_to(std::string_view cfg, std::string_view target) {
  std::string dir(text::dirname(cfg));
  std::string t(text::trim(target));
  if (text::starts_with(t, "./")) t.erase(0, 2);
  if (t.empty() || t.front() == '/' || text::contains(t, "..")) return "";
  return dir.empty() ? t : dir + "/" + t;
}

std::string read_small(const ScanContext& ctx, const std::string& path) {
  const FileEntry* f = path.empty() ? nullptr : ctx.find(path);
  if (!f || f->kind == FileKind::symlink) return "";
  auto body = ctx.read_text(*f, 64 * 1024);
  return body ? *body : "";
}

// "attr: pkg.sub.__version__": the module file, then a literal assignment.
std::string from_attr(const ScanContext& ctx, std::string_view cfg, std::string_view ref) {
  std::string attr(text::trim(ref));
  auto dot = attr.rfind('.');
  if (dot == std::string::npos) return "";
  std::string name = attr.substr(dot + 1);
  std::string module = attr.substr(0, dot);
  for (char& c : module)
    if (c == '.') c = '/';
  const RE2 assign("(?m)^" + RE2::QuoteMeta(name) + R"(\s*(?::[^=\n]*)?=\s*["']([^"'\n]+)["'])");
  for (std::string candidate : {module + ".py", module + "/__init__.py", "src/" + module + ".py",
                                "src/" + module + "/__init__.py"}) {
    std::string body = read_small(ctx, relative_to(cfg, candidate));
    std::string version;
    if (!body.empty() && RE2::PartialMatch(body, assign, &version)) return version;
  }
  return "";
}

}  // namespace

std::string setup_cfg_version(const ScanContext& ctx, std::string_view cfg_path,
                              std::string_view value) {
  std::string_view v = text::trim(value);
  if (text::starts_with(v, "file:")) {
    // Only the first file: "file: VERSION, EXTRA" concatenates them.
    std::string_view first = v.substr(5);
    first = first.substr(0, first.find(','));
    std::string body(text::trim(read_small(ctx, relative_to(cfg_path, first))));
    bool one_token =
        !body.empty() && body.size() < 64 && body.find_first_of(" \t\r\n") == std::string::npos;
    return one_token ? body : "";
  }
  if (text::starts_with(v, "attr:")) return from_attr(ctx, cfg_path, v.substr(5));
  return std::string(v);
}

}  // namespace practrack::manifest
