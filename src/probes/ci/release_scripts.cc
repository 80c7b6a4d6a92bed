// JavaScript files the CI runs (`node scripts/release.js`, or
// `require('./scripts/release')` inside an actions/github-script step),
// directly or through a package script (vue's `pnpm release` runs
// `node scripts/release.js`): their calls to the GitHub releases API and
// the `npm publish` they spawn (`run('pnpm', ['publish', ...])`) become
// commands, so a release scripted in JS is seen like `gh release create`
// or `pnpm publish` in a shell. Only those lines are kept: the rest of a
// JS file is no command line.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "probes/ci/ci_probes.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

constexpr std::size_t kMaxFiles = 20;  // scripts followed per scan
constexpr std::size_t kMaxCalls = 50;  // API lines kept per script

// `require('./scripts/release')`, `node ./scripts/release.js`.
const RE2& reference_re() {
  static const RE2 re(R"(\brequire\(\s*['"](\.{1,2}/[\w./-]+)['"]\s*\))"
                      R"(|\bnode\s+(?:--?[\w-]+(?:=\S+)?\s+)*(\.{0,2}/?[\w./-]+\.[cm]?js)\b)");
  return re;
}

// Octokit calls (`github.rest.repos.createRelease(`) that create or describe
// a release, not a local helper of the same name; `generate_release_notes:
// true` asks GitHub to write the notes.
const RE2& release_call_re() {
  static const RE2 re(
      R"(\.(?:createRelease|updateRelease|uploadReleaseAsset|generateReleaseNotes)\s*\()"
      R"(|\bgenerate_release_notes\s*:\s*true\b)");
  return re;
}

// A package manager's publish spawned from JS: `run('pnpm', ['publish',`
// (the arguments may run over several lines), or a command string
// `exec('npm publish --tag next')`. Group 1 is the program.
const RE2& publish_spawn_re() {
  static const RE2 re(R"(['"`](npm|pnpm|yarn)['"`]\s*,\s*\[\s*['"`]publish['"`])"
                      R"(|['"`](npm|pnpm|yarn)\s+publish\b)");
  return re;
}

// The file a reference names: as written, or with a JS extension or index.
const FileEntry* resolve(const ScanContext& ctx, const std::string& path) {
  if (path.empty() || text::starts_with(path, "../")) return nullptr;
  for (std::string_view suffix : {"", ".js", ".cjs", ".mjs", "/index.js"})
    if (const FileEntry* f = ctx.find(path + std::string(suffix));
        f && f->kind != FileKind::symlink)
      return f;
  return nullptr;
}

void add_calls(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto body = ctx.read_text(f, ctx.limits().config_bytes);
  if (!body) return;
  auto lines = text::lines(*body);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < lines.size() && kept < kMaxCalls; ++i) {
    std::string_view t = text::trim(lines[i]);
    if (text::starts_with(t, "//") || !RE2::PartialMatch(t, release_call_re())) continue;
    ++kept;
    int line = static_cast<int>(i) + 1;
    facts.commands.push_back(Command{Origin::script, "node", f.path, std::string(t),
                                     Evidence{f.path, line, text::excerpt(t)}});
  }
  // Publishes: the command they amount to, at the line the match ends on.
  re2::StringPiece in(*body);
  std::string spawned, literal;
  while (kept < kMaxCalls && RE2::FindAndConsume(&in, publish_spawn_re(), &spawned, &literal)) {
    std::size_t end = static_cast<std::size_t>(in.data() - body->data());
    auto line = static_cast<std::size_t>(
        std::count(body->begin(), body->begin() + static_cast<long>(end), '\n'));
    if (line >= lines.size()) break;
    std::string_view shown = text::trim(lines[line]);
    if (text::starts_with(shown, "//")) continue;
    ++kept;
    facts.commands.push_back(
        Command{Origin::script, "node", f.path,
                (spawned.empty() ? literal : spawned) + " publish",
                Evidence{f.path, static_cast<int>(line) + 1, text::excerpt(shown)}});
  }
}

// The JS files a command runs or requires, as paths from the root.
void add_references(const Command& c, std::vector<std::string>& paths) {
  re2::StringPiece input(c.text);
  std::string required, run;
  while (paths.size() < kMaxFiles && RE2::FindAndConsume(&input, reference_re(), &required, &run))
    paths.push_back(workspace_path(required.empty() ? run : required));
}

void follow(const ScanContext& ctx, const std::vector<std::string>& paths, RepoFacts& facts) {
  std::set<std::string> seen;  // and those CI already reached
  for (const Command& c : facts.commands)
    if (c.origin == Origin::script && c.system == "node") seen.insert(c.context);
  for (const std::string& p : paths) {
    const FileEntry* f = resolve(ctx, p);
    if (f && seen.insert(f->path).second) add_calls(ctx, *f, facts);
  }
}

}  // namespace

void probe_release_scripts(const ScanContext& ctx, RepoFacts& facts) {
  std::vector<std::string> paths;
  for (const Command& c : facts.commands)
    if (c.origin == Origin::ci) add_references(c, paths);
  follow(ctx, paths, facts);
}

// The same for the JS files package scripts run; after the manifest
// probes, which read the scripts. A script of a package in a subfolder
// names its files from there (not followed: `resolve` takes root paths).
void probe_package_release_scripts(const ScanContext& ctx, RepoFacts& facts) {
  std::vector<std::string> paths;
  for (const Command& c : facts.commands)
    if (c.origin == Origin::package_script) add_references(c, paths);
  follow(ctx, paths, facts);
}

}  // namespace practrack::ci
