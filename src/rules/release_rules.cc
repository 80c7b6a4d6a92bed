// Rules of the release category: semver, version-command, release-tags,
// release-notes, package-publishing, release-automation.
#include <re2/re2.h>

#include <algorithm>
#include <ctime>

#include "facts/config_keys.h"
#include "rules/rule.h"
#include "util/dates.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// "1.2.3", "v1.2.3-rc.1"; PEP 440 pre/dev/post suffixes ("1.2.3rc1",
// "0.2.0.dev0") are accepted: they still carry MAJOR.MINOR.PATCH.
bool semver_like(std::string_view v) {
  static const RE2 re(R"(^v?\d+\.\d+\.\d+([-+.]?[0-9A-Za-z.+-]*)?$)");
  return RE2::FullMatch(v, re);
}

std::string day(long long unix_time) { return dates::utc_day(unix_time); }

// A workspace tags its packages beside the project: ripgrep's "15.2.0" and
// its crates' "ignore-0.4.33". The project's own line is the unprefixed one,
// while it is still in use (its newest tag within a year of the newest).
bool unprefixed(std::string_view tag) {
  static const RE2 re(R"(^(?i:v|r|release-|rel-|version-)?_?\d)");
  return RE2::PartialMatch(tag, re);
}

// The newest of the tags `is` accepts, the project's own line first; tags
// come newest first.
template <class Pred>
const Tag* latest_tag(const GitFacts& g, Pred is) {
  constexpr long long kYear = 365LL * 24 * 3600;
  const Tag* newest = nullptr;
  for (const Tag& t : g.tags) {
    if (!is(t)) continue;
    if (!newest) newest = &t;
    if (unprefixed(t.name)) return newest->time - t.time < kYear ? &t : newest;
  }
  return newest;
}

const Tag* latest_semver_tag(const GitFacts& g) {
  return latest_tag(g, [](const Tag& t) { return t.semver; });
}

int count_semver_tags(const GitFacts& g) {
  int n = 0;
  for (const Tag& t : g.tags) n += t.semver ? 1 : 0;
  return n;
}

// npm publishes nothing without a name: a nameless package.json only lists
// dependencies (a docs site's tooling).
bool nameless_npm(const Manifest& m) { return m.ecosystem == "npm" && m.name.empty(); }

// A build kept to test the product: okhttp's `maven-tests/pom.xml`
// (version 1.0.0-SNAPSHOT, never released), fmt's `test/*/CMakeLists.txt`,
// and .NET's test and benchmark projects, named by convention
// (`src/System.CommandLine.Tests/System.CommandLine.Tests.csproj`,
// `X.UnitTests`, `X.Benchmarks`).
bool test_project(std::string_view path) {
  static const RE2 re(R"((^|/)([\w.-]*[-_])?(tests?|testing)/)");
  static const RE2 dotnet(R"((^|/)[\w.-]*\.\w*(Tests?|Benchmarks?)(/|\.[cfv]sproj$))");
  return RE2::PartialMatch(path, re) ||
         (text::ends_with(path, "proj") && RE2::PartialMatch(path, dotnet));
}

// The project's own manifests, those nearest the root first.
std::vector<const Manifest*> project_manifests(const RepoFacts& f) {
  std::vector<const Manifest*> out;
  for (const Manifest& m : f.manifests.manifests)
    if (!beside_the_project(m.path) && !test_project(m.path)) out.push_back(&m);
  auto depth = [](const Manifest* m) { return std::count(m->path.begin(), m->path.end(), '/'); };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Manifest* a, const Manifest* b) { return depth(a) < depth(b); });
  return out;
}

// ---- semver --------------------------------------------------------------

// A development placeholder between releases (PEP 440 "8.3.dev", Maven
// "2.1-SNAPSHOT") says nothing about the scheme the releases follow; taking
// it for one made a project's status flip at every release.
bool development_marker(std::string_view v) {
  static const RE2 re(R"((?i)^v?\d+(\.\d+)*([.-]?dev\d*|-snapshot)$)");
  return RE2::FullMatch(v, re);
}

// The package a monorepo is named for: the one its latest per-package tag
// names (pinia's `pinia@2.2.4`, not `@pinia/nuxt@0.5.5`), else the one
// named like the repository's remote. "" when neither says.
std::string main_package(const RepoFacts& f) {
  if (const Tag* t = latest_semver_tag(f.git)) {
    std::size_t at = t->name.rfind('@');
    if (at != std::string::npos && at > 0) return t->name.substr(0, at);
  }
  for (const Remote& r : f.git.remotes) {
    std::string_view url = r.url;
    if (text::ends_with(url, ".git")) url.remove_suffix(4);
    if (!r.host.empty() && !url.empty()) return std::string(text::basename(url));
  }
  return "";
}

Assessment decide_semver(const RepoFacts& f) {
  const Manifest* semver_manifest = nullptr;
  const Manifest* other = nullptr;
  const Manifest* dev = nullptr;
  std::string main = main_package(f);
  for (const Manifest* m : project_manifests(f)) {
    // A private package is never released: its version is a placeholder.
    if (m->version.empty() || m->private_package) continue;
    if (semver_like(m->version)) {
      // The main package wins over a nearer-by-path-order sibling.
      bool named = !main.empty() && m->name == main;
      if (!semver_manifest || (named && semver_manifest->name != main &&
                               std::count(m->path.begin(), m->path.end(), '/') <=
                                   std::count(semver_manifest->path.begin(),
                                              semver_manifest->path.end(), '/')))
        semver_manifest = m;
    } else if (development_marker(m->version)) {
      if (!dev) dev = m;
    } else if (!other) {
      other = m;
    }
  }
  const Tag* tag = latest_semver_tag(f.git);
  std::string tags =
      tag ? plural_at_least(count_semver_tags(f.git), f.git.tags_capped, "semver tag") +
                ", latest " + code(tag->name)
          : "";
  if (semver_manifest) {
    std::string note = code(semver_manifest->version) + " in " + code(semver_manifest->path);
    std::vector<Evidence> ev{semver_manifest->at};
    if (tag) return adopted(note + "; " + tags, ev);
    return partial(note + "; no semver tags", ev);
  }
  for (const VersionFile& v : f.manifests.version_files) {
    if (!semver_like(v.version)) continue;
    std::string note = code(v.version) + " in " + code(v.path);
    if (tag) return adopted(note + "; " + tags, {v.at});
    return partial(note + "; no semver tags", {v.at});
  }
  std::string between =
      dev ? code(dev->version) + " in " + code(dev->path) + " marks development between releases"
          : "";
  if (tag && !other && dev) return adopted(tags + "; " + between, {dev->at});
  if (tag && !other) return adopted(tags + "; no manifest declares a version (taken from tags)");
  if (tag)
    return partial(
        tags + "; " + code(other->version) + " in " + code(other->path) + " is not semver",
        {other->at});
  if (other)
    return not_started(code(other->version) + " in " + code(other->path) + " is not semver",
                       {other->at});
  if (dev) return not_started(between + "; no semver tags", {dev->at});
  return not_started("No version in manifests and no semver tags");
}

// ---- version-command -------------------------------------------------------

// A `__version__` attribute alone does not count: the catalog asks that
// the product reports its version, which needs a flag or a command.
Assessment decide_version_command(const RepoFacts& f) {
  for (const MakeTarget& t : f.scripts.make_targets)
    if (t.name == "version" || t.name == "print-version" || t.name == "show-version")
      return adopted(code("make " + t.name) + " target", {t.at});
  for (const VersionReport& v : f.git.version_reports)
    return adopted(v.kind + " in " + code(v.at.path), {v.at});
  return not_started("No --version flag or version target found");
}

// ---- release-tags ----------------------------------------------------------

Assessment decide_release_tags(const RepoFacts& f) {
  const GitFacts& g = f.git;
  if (!g.is_repository) return not_started("Not a git repository");
  std::string shallow = g.shallow ? " (shallow clone: tags may be missing)" : "";
  int releases = 0;
  for (const Tag& t : g.tags) releases += t.release ? 1 : 0;
  const Tag* latest = latest_tag(g, [](const Tag& t) { return t.release; });
  if (latest)
    return adopted(plural_at_least(releases, g.tags_capped, "release tag") + ", latest " +
                       code(latest->name) + " (" + day(latest->time) + ")" + shallow,
                   {Evidence{"", 0, text::excerpt("tag " + latest->name + " " + latest->commit)}});
  if (!g.tags.empty())
    return not_started(plural_at_least(static_cast<long>(g.tags.size()), g.tags_capped, "tag") +
                       ", none names a release (latest " + code(g.tags.front().name) + ")" +
                       shallow);
  return not_started("No release tags" + shallow);
}

// ---- tool-based practices ------------------------------------------------

// Run or configured counts; a dependency alone does not.
Assessment decide_configured(const RepoFacts& f, std::string_view practice, std::string none) {
  bool any = false;
  for (const ToolUse* t : f.tools_for(practice)) any = any || t->how != ToolHow::dependency;
  if (any) return decide_by_tools(f, practice, UnrunPolicy::adopted, none);
  for (const ToolUse* t : f.tools_for(practice))
    return not_started(
        none + "; " + t->tool + " is only listed as a dependency in " + code(t->at.path), {t->at});
  return not_started(std::move(none));
}

Assessment decide_release_notes(const RepoFacts& f) {
  return decide_configured(f, "release-notes", "No release-notes generator");
}

// A Gemfile lists what Bundler installs; the gemspec builds the gem. A
// requirements file (requirements.txt, requirements/dev.in, a
// constraints file) or a Pipfile lists what pip installs; no package is
// built from it.
bool install_list(std::string_view path) {
  std::string_view base = text::basename(path);
  if (base == "Gemfile" || base == "gems.rb" || base == "Pipfile") return true;
  std::string_view ext = text::extension(base);
  if (ext != ".txt" && ext != ".in") return false;
  return text::starts_with(base, "requirements") || text::starts_with(base, "constraints") ||
         text::basename(text::dirname(path)) == "requirements";
}

// How many of `others` are named after `m`'s folder: `System.CommandLine`
// for `System.CommandLine.StaticCompletions` and `.Suggest`.
long family_size(const Manifest* m, const std::vector<const Manifest*>& others) {
  std::string_view stem = text::basename(text::dirname(m->path));
  long n = 0;
  for (const Manifest* o : others) {
    std::string_view name = text::basename(text::dirname(o->path));
    n += !stem.empty() && name.size() > stem.size() && text::starts_with(name, stem) &&
         std::string_view(".-_").find(name[stem.size()]) != std::string_view::npos;
  }
  return n;
}

// The package a build would publish, among the buildable manifests nearest
// the root: the one main_package() names, else the one its siblings are
// named after, else the first.
const Manifest* main_buildable(const RepoFacts& f, const std::vector<const Manifest*>& all) {
  if (all.empty()) return nullptr;
  auto depth = [](const Manifest* m) { return std::count(m->path.begin(), m->path.end(), '/'); };
  std::vector<const Manifest*> nearest;
  for (const Manifest* m : all)
    if (depth(m) == depth(all.front())) nearest.push_back(m);
  std::string main = main_package(f);
  for (const Manifest* m : nearest)
    if (!main.empty() && (m->name == main || text::basename(text::dirname(m->path)) == main))
      return m;
  const Manifest* best = nearest.front();
  for (const Manifest* m : nearest)
    if (family_size(m, nearest) > family_size(best, nearest)) best = m;
  return best;
}

// What a package could be built from: a language manifest or a Dockerfile.
const Evidence* build_system(const RepoFacts& f, std::string& what) {
  std::vector<const Manifest*> buildable;
  for (const Manifest* m : project_manifests(f)) {
    if (m->private_package || nameless_npm(*m)) continue;  // npm refuses to publish it
    if (install_list(m->path)) continue;
    buildable.push_back(m);
  }
  if (const Manifest* m = main_buildable(f, buildable)) {
    what = code(m->path);
    return &m->at;
  }
  for (const Component& c : f.git.components) {
    if (beside_the_project(c.at.path) || install_list(c.at.path)) continue;
    // A component made by a private package.json is no more publishable.
    bool private_manifest = false;
    for (const Manifest& m : f.manifests.manifests)
      private_manifest =
          private_manifest || ((m.private_package || nameless_npm(m)) && m.path == c.at.path);
    if (private_manifest) continue;
    what = code(c.at.path);
    return &c.at;
  }
  for (const Dockerfile& d : f.containers.dockerfiles) {
    if (ci_environment_image(d.path)) continue;  // cats-effect's `.cirrus/Dockerfile`
    what = code(d.path);
    return &d.at;
  }
  return nullptr;
}

// Whether the tools run for `practice` are all `tool` (and one is run).
bool only_run(const RepoFacts& f, std::string_view practice, std::string_view tool) {
  bool any = false;
  for (const ToolUse* t : f.tools_for(practice)) {
    if (t->how != ToolHow::run) continue;
    if (t->tool != tool) return false;
    any = true;
  }
  return any;
}

// A preview publisher (pkg.pr.new) makes every commit or pull request
// installable under a temporary name: users can try a change, but no
// release reaches a registry. Only previews run -> partial.
bool previews_only(const RepoFacts& f) {
  return only_run(f, "package-publishing", "pkg.pr.new preview");
}

// Run anywhere -> adopted; a publisher only configured -> partial; no
// publisher but something buildable -> partial, as the catalog says.
Assessment decide_package_publishing(const RepoFacts& f) {
  if (previews_only(f)) {
    Assessment a = decide_by_tools(f, "package-publishing", UnrunPolicy::partial, "");
    return partial(a.note + " — preview builds only; no release is published to a registry",
                   a.evidence);
  }
  std::string goreleaser_idle;
  if (auto uses = f.tools_for("package-publishing"); !uses.empty()) {
    // goreleaser that builds nothing cuts a release with notes, no package.
    const ConfigSection* idle = f.config_section(kGoreleaserPublishesNothing);
    bool only_goreleaser = std::all_of(uses.begin(), uses.end(),
                                       [](const ToolUse* t) { return t->tool == "goreleaser"; });
    if (!idle || !only_goreleaser)
      return decide_by_tools(f, "package-publishing", UnrunPolicy::partial, "");
    goreleaser_idle = " — goreleaser runs, but " + code(idle->at.path) + " publishes nothing: " +
                      idle->at.excerpt;
  }
  std::string what;
  if (const Evidence* build = build_system(f, what))
    return partial(what + " can build a package; nothing publishes it" + goreleaser_idle, {*build});
  for (const Manifest& m : f.manifests.manifests)
    if (m.private_package)
      return not_applicable(code(m.path) + " is private (" +
                            (m.ecosystem == "nuget" ? "`<IsPackable>false</IsPackable>`"
                                                    : "`\"private\": true`") +
                            "): nothing to publish");
  return not_applicable("No package manifest or Dockerfile: nothing to publish" + goreleaser_idle);
}

// release-drafter keeps a draft release up to date; publishing the draft
// is left to a person. Only drafts -> partial.
bool drafts_only(const RepoFacts& f) {
  return only_run(f, "release-automation", "release-drafter");
}

Assessment decide_release_automation(const RepoFacts& f) {
  Assessment a = decide_by_tools(f, "release-automation", UnrunPolicy::not_started,
                                 "No automated GitHub/GitLab release step");
  if (drafts_only(f))
    return partial(a.note + " — drafts the release; publishing it is left to a person",
                   a.evidence);
  return a;
}

}  // namespace

std::vector<RuleRow> release_rules() {
  return {
      {"semver", decide_semver},
      {"version-command", decide_version_command},
      {"release-tags", decide_release_tags},
      {"release-notes", decide_release_notes},
      {"package-publishing", decide_package_publishing},
      {"release-automation", decide_release_automation},
  };
}

}  // namespace practrack
