// JavaScript files the CI runs (`node scripts/release.js`, or
// `require('./scripts/release')` inside an actions/github-script step):
// their calls to the GitHub releases API become commands, so a release
// scripted against the API is seen like `gh release create`. Only those
// lines are kept: the rest of a JS file is no command line.
#include <re2/re2.h>

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
}

}  // namespace

void probe_release_scripts(const ScanContext& ctx, RepoFacts& facts) {
  std::vector<std::string> paths;
  for (const Command& c : facts.commands) {
    if (c.origin != Origin::ci) continue;
    re2::StringPiece input(c.text);
    std::string required, run;
    while (paths.size() < kMaxFiles && RE2::FindAndConsume(&input, reference_re(), &required, &run))
      paths.push_back(workspace_path(required.empty() ? run : required));
  }
  std::set<std::string> seen;
  for (const std::string& p : paths) {
    const FileEntry* f = resolve(ctx, p);
    if (f && seen.insert(f->path).second) add_calls(ctx, *f, facts);
  }
}

}  // namespace practrack::ci
