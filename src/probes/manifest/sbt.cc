// sbt builds: the root build.sbt names the project and its version, and
// its `libraryDependencies` and project/plugins.sbt's `addSbtPlugin` lines
// declare what it depends on ("org" %% "name" % "1.2.3"). sbt has no lock
// file; a version is exact unless written as an Ivy range.
#include <re2/re2.h>

#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {
namespace {

// The line without a `//` comment (a URL's "//" inside quotes stays).
std::string_view code_part(std::string_view line) {
  bool quoted = false;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (!quoted && line[i] == '/' && line[i + 1] == '/') return line.substr(0, i);
  }
  return line;
}

// `val verifyVersion = "1.0.0"` or `def v: String = "4.0.1"`: the literal.
std::string literal_of(std::string_view text, const std::string& name) {
  RE2 re("(?m)^\\s*(?:lazy\\s+)?(?:val|def)\\s+" + RE2::QuoteMeta(name) +
         "\\s*(?::\\s*String\\s*)?=\\s*\"([^\"]+)\"");
  std::string value;
  RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re, &value);
  return value;
}

// An Ivy range ("[1.0,2.0)", "1.+", "latest.release") floats.
bool exact_sbt_version(std::string_view v) {
  return !v.empty() && v.front() != '[' && v.front() != '(' && v.front() != ']' &&
         v.back() != '+' && !text::starts_with(v, "latest.");
}

void read_dependencies(RepoFacts& facts, Manifest& m, const std::string& path,
                       const std::string& text, const std::string& definitions, bool plugins) {
  static const RE2 dep(
      R"re("([\w.\-]+)"\s*%{1,3}\s*"([\w.\-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_]\w*)))re");
  int n = 0;
  for (std::string_view raw : text::lines(text)) {
    ++n;
    std::string_view line = code_part(raw);
    if (plugins != text::contains(line, "addSbtPlugin")) continue;
    re2::StringPiece input(line.data(), line.size());
    std::string org, name, literal, variable;
    while (RE2::FindAndConsume(&input, dep, &org, &name, &literal, &variable)) {
      std::string version = literal.empty() ? literal_of(definitions, variable) : literal;
      bool exact = literal.empty() ? version.empty() || exact_sbt_version(version)
                                   : exact_sbt_version(version);
      add_dependency(facts, m, org + ":" + name, version.empty() ? variable : version, exact,
                     plugins, evidence_line(path, text, n));
    }
  }
}

}  // namespace

void probe_sbt(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* build = ctx.find("build.sbt");
  if (!build || build->kind == FileKind::symlink) return;
  auto text = ctx.read_text(*build);
  if (!text) return;
  // Versions are often vals of project/*.scala (Dependencies.scala).
  std::string definitions = *text;
  for (const FileEntry* f : ctx.glob_any({"project/*.scala", "project/*.sbt"}))
    if (auto more = ctx.read_text(*f)) definitions += "\n" + *more;
  Manifest m = new_manifest(ctx, "sbt", *build, false);
  static const RE2 name_re(R"re((?m)^\s*(?:ThisBuild\s*/\s*)?name\s*:=\s*"([^"]+)")re");
  static const RE2 version_re(
      R"re((?m)^\s*(?:ThisBuild\s*/\s*)?version\s*:=\s*(?:"([^"]+)"|([A-Za-z_]\w*)))re");
  RE2::PartialMatch(*text, name_re, &m.name);
  std::string literal, variable;
  if (RE2::PartialMatch(*text, version_re, &literal, &variable))
    m.version = literal.empty() ? literal_of(definitions, variable) : literal;
  read_dependencies(facts, m, build->path, *text, definitions, false);
  if (const FileEntry* plugins = ctx.find("project/plugins.sbt"))
    if (auto body = ctx.read_text(*plugins))
      read_dependencies(facts, m, plugins->path, *body, definitions, true);
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace practrack::manifest
