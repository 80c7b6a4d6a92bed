// After every CI system is read: which scripts kept in the repository the
// CI jobs call (for ci-scripts), and documentation headings about rollback
// (the manual rollback path of the rollback practice).
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "probes/nothing_given.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

constexpr std::size_t kMaxDocs = 400;  // Markdown files examined
constexpr std::size_t kDocBytes = 256 * 1024;

// An extensionless executable run by path at the start of a command
// (`./ci/build`, `bash ./ci/check`, `$GITHUB_WORKSPACE/support/mkdocs`):
// from `./`, from the workspace variable of GitHub or GitLab, or a relative
// path with a folder (ripgrep's `run: ci/test-complete`: a shell runs any
// command with a slash by path).
const RE2& exec_re() {
  static const RE2 re(
      R"(^\s*(?:(?:bash|sh|zsh)\s+)?((?:\./|\$GITHUB_WORKSPACE/|\$\{\{ github\.workspace \}\}/|)"
      R"(\$CI_PROJECT_DIR/|\$\{CI_PROJECT_DIR\}/)[A-Za-z0-9_./-]*[A-Za-z0-9_-])"
      R"(|[A-Za-z0-9_][A-Za-z0-9_.-]*/[A-Za-z0-9_./-]*[A-Za-z0-9_-])(?:\s|$))");
  return re;
}

// Build-tool wrappers kept in a repository are not CI scripts.
bool is_wrapper(std::string_view path) {
  std::string_view base = text::basename(path);
  return base == "gradlew" || base == "mvnw" || base == "configure" || base == "bootstrap" ||
         base == "autogen.sh" || base == "sbt" || base == "x.py";
}

// A tool's configuration written in JavaScript or TypeScript
// (`rollup -c rollup.config.mjs`, vite.config.ts, eslint.config.js) is
// read by the tool, not run as a script of the CI.
bool config_module(std::string_view path) {
  static const RE2 re(R"((^|[._-])config\.[cm]?[jt]s$)");
  std::string_view base = text::basename(path);
  return RE2::PartialMatch(re2::StringPiece(base.data(), base.size()), re);
}

// A path-like token with a script extension.
const RE2& script_token_re() {
  static const RE2 re(R"((?:^|[\s;&|(='"])(\.{0,2}/?[A-Za-z0-9_.$/{}-]*[A-Za-z0-9_-])"
                      R"(\.(?:sh|bash|py|rb|pl|ps1|mjs|js|ts))(?:$|[\s;&|)'"]))");
  return re;
}


void scan_called_scripts(const ScanContext& ctx, RepoFacts& facts) {
  std::set<std::string> seen;  // path + job
  for (const auto& c : facts.commands) {
    if (c.origin != Origin::ci) continue;
    for (const auto& path : scripts_in(ctx, c.text)) {
      if (!seen.insert(path + '\0' + c.context).second) continue;
      facts.ci.called_scripts.push_back({path, c.system, c.context, c.at});
    }
  }
}

}  // namespace

std::string workspace_path(std::string p) {
  while (text::starts_with(p, "./")) p.erase(0, 2);
  // tox substitutions for the project root.
  for (std::string_view root : {"{tox_root}/", "{toxinidir}/"})
    if (text::starts_with(p, root)) p.erase(0, root.size());
  if (text::starts_with(p, "$CI_PROJECT_DIR/")) p.erase(0, 16);
  if (text::starts_with(p, "${CI_PROJECT_DIR}/")) p.erase(0, 18);
  if (text::starts_with(p, "${{ github.workspace }}/")) p.erase(0, 24);
  if (text::starts_with(p, "$GITHUB_WORKSPACE/")) p.erase(0, 18);
  return p;
}

std::vector<std::string> scripts_in(const ScanContext& ctx, std::string_view command) {
  std::vector<std::string> tokens, out;
  re2::StringPiece input(command.data(), command.size());
  std::string token;
  while (tokens.size() < 8 && RE2::FindAndConsume(&input, script_token_re(), &token))
    tokens.push_back(token);
  if (RE2::PartialMatch(re2::StringPiece(command.data(), command.size()), exec_re(), &token))
    tokens.push_back(token);
  for (const auto& t : tokens) {
    std::string path = workspace_path(t);
    if (path.empty() || path.front() == '/' || text::contains(path, "$") || is_wrapper(path) ||
        config_module(path))
      continue;
    if (ctx.find(path)) out.push_back(std::move(path));
  }
  return out;
}

namespace {

constexpr std::string_view kRollbackKey = "ci.rollback-doc";

bool is_doc(std::string_view path) {
  return text::extension(path) == ".md" || text::extension(path) == ".rst";
}

// A framework's user guides (phoenix's guides/) tell its users how to run
// their own applications: how they roll back is no procedure of this
// project's.
// So is a documentation website's content (operator-sdk's website/content/
// documents a Helm annotation named rollback-force for its users).
bool user_guide(std::string_view path) {
  static const RE2 docs_site(R"((^|/)(guides|website|site)/|(^|/)docs?/content/)");
  return RE2::PartialMatch(path, docs_site);
}

// A doc's rollback heading, per blob: a history reads each doc once, not
// at every run of the probe.
std::shared_ptr<const std::optional<Evidence>> rollback_heading(const ScanContext& ctx,
                                                                const FileEntry& f) {
  static const RE2 heading(R"((?mi)^#{1,6}\s.*\broll(?:ing)?[ -]?back)");
  // A database migration's rollback (`### mix ecto.rollback`, `rake
  // db:rollback`) undoes a schema change, not a deploy.
  static const RE2 migration(R"((?i)\b(ecto|db|migrate)[.:]rollback\b|\bmigrations?\b)");
  return ctx.memo<std::optional<Evidence>>(
      kRollbackKey, f, [&](const FileEntry& file) -> std::optional<Evidence> {
        auto t = ctx.read_quiet(file, kDocBytes);  // silent: docs are optional here
        if (!t || text::looks_binary(*t)) return std::nullopt;
        re2::StringPiece input(*t);
        while (RE2::FindAndConsume(&input, heading)) {
          std::size_t end = static_cast<std::size_t>(input.data() - t->data());
          std::size_t start = t->rfind('\n', end == 0 ? 0 : end - 1);
          start = start == std::string::npos ? 0 : start + 1;
          std::size_t stop = std::min(t->find('\n', end), t->size());
          if (RE2::PartialMatch(re2::StringPiece(t->data() + start, stop - start), migration))
            continue;
          int line = text::line_of(*t, end == 0 ? 0 : end - 1);
          return CiFile(file.path, std::string(*t)).at(line);
        }
        return std::nullopt;
      });
}

void scan_rollback_docs(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t examined = 0;
  auto project_doc = [](std::string_view path) { return is_doc(path) && !user_guide(path); };
  for (const FileEntry* f : ctx.own_files(project_doc)) {
    if (++examined > kMaxDocs || facts.ci.rollback_docs.size() >= 5) break;
    if (auto found = rollback_heading(ctx, *f); *found) facts.ci.rollback_docs.push_back(**found);
  }
}

}  // namespace

// Its metrics are assigned on every run, so they need no clearing.
void reset_ci_scripts(RepoFacts& facts) {
  facts.ci.called_scripts.clear();
  facts.ci.rollback_docs.clear();
}

// Docs without a rollback heading, before and after, change nothing; any
// other file it read (a script CI calls) may.
bool same_ci_scripts(const ScanContext& ctx, std::span<const FileChange> changes) {
  return gives_nothing<std::optional<Evidence>>(
      ctx, changes, kRollbackKey, [](const FileEntry& f) { return is_doc(f.path); },
      [&](const FileEntry& f) { return rollback_heading(ctx, f); },
      [](const std::optional<Evidence>& heading) { return !heading; });
}

void probe_ci_scripts(const ScanContext& ctx, RepoFacts& facts) {
  scan_called_scripts(ctx, facts);
  scan_rollback_docs(ctx, facts);
  // Named numbers for custom rules and the store.
  double jobs = 0;
  std::set<std::string> systems;
  for (const auto& p : facts.ci.pipelines) {
    jobs += static_cast<double>(p.jobs.size());
    systems.insert(p.system);
  }
  facts.metrics["ci.pipelines"] = static_cast<double>(facts.ci.pipelines.size());
  facts.metrics["ci.jobs"] = jobs;
  facts.metrics["ci.systems"] = static_cast<double>(systems.size());
  facts.metrics["ci.called_scripts"] = static_cast<double>(facts.ci.called_scripts.size());
}

}  // namespace practrack::ci
