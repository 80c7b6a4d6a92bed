// Whether the product reports its own version: a --version flag or version
// action in its own (non-test) source. A `__version__` attribute alone is
// not enough: nothing shows the product prints it.
#include <re2/re2.h>

#include <array>
#include <memory>

#include "probes/git/git_probes.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

constexpr int kMaxFiles = 3000;
constexpr std::size_t kMaxReports = 3;

struct VersionPattern {
  const char* extensions;  // '|'-separated, with dots
  const char* kind;
  const char* regex;
};

// One row per way a language's CLI libraries declare a version flag.
// Patterns see the whole file (multi-line mode), so attributes spread over
// several lines still match; the evidence is the line where a match starts.
const std::array<VersionPattern, 14> kPatterns = {{
    {".py", "argparse version action", R"(action\s*=\s*['"]version['"])"},
    // Applied as a decorator or called on click: `def version_option(` is
    // the library defining it (click itself), not a CLI using it.
    {".py", "click version option", R"((@\s*|\.)version_option\s*\()"},
    {".py", "--version flag", R"((add_argument|Option|option)\s*\([^)]*['"]--version['"])"},
    {".go", "version flag", R"(\b(flag|Flags\(\)|PersistentFlags\(\))\.\w+\([^)]*"version")"},
    {".go", "version command", R"(\b(Use|Name):\s*"version")"},
    // cobra and urfave/cli print the version for --version when the field
    // is set; kingpin adds the flag with .Version(...).
    {".go", "CLI version field",
     R"(\b(cobra\.Command|cli\.App|cli\.Command)\{[^}]*\bVersion:\s*[^\s,}])"},
    {".go", "kingpin version flag", R"((\bkingpin|\bapp|\))\.Version\(\s*[^\s)])"},
    {".rs", "clap version attribute", R"(#\[(command|clap|structopt)\([^\]]*\bversion\b)"},
    {".rs", "clap version",
     R"(\.version\(\s*(clap::)?(crate_version!|env!\(\s*"CARGO_PKG_VERSION"))"},
    {".js|.mjs|.cjs|.ts", "CLI version option",
     R"(\b(program|cli|yargs|commander)\s*\.\s*version\s*\()"},
    {".c|.cc|.cpp|.cxx", "--version flag",
     R"((strcmp|==|add_flag|add_option|set_version_flag)[^;]*"--version"|\{\s*"version"\s*,)"},
    {".java|.kt", "picocli version option",
     R"(mixinStandardHelpOptions\s*=\s*true|versionProvider)"},
    {".sh|.bash", "--version flag", R"((?m)^\s*(-\w\|)?--version(\|-\w)?\s*\))"},
    {".rb", "--version flag", R"(\.on\([^)]*--version)"},
}};

bool has_extension(std::string_view path, std::string_view extensions) {
  std::string_view ext = text::extension(path);
  if (ext.empty()) return false;
  for (auto e : text::split(extensions, '|'))
    if (e == ext) return true;
  return false;
}

bool is_test_path(std::string_view path) {
  std::string p = "/" + text::lower(path);
  return text::contains(p, "/test") || text::contains(p, "_test.") || text::contains(p, "/spec");
}

// A library's example CLIs (click's examples/naval) show users how to add
// a version flag; they are not the product reporting its own version.
bool is_example_path(std::string_view path) {
  std::string p = "/" + text::lower(path);
  for (std::string_view dir : {"/examples/", "/example/", "/samples/", "/sample/", "/demo/"})
    if (text::contains(p, dir)) return true;
  return false;
}

const RE2& compiled(std::size_t index) {
  static const std::vector<std::unique_ptr<RE2>> all = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& row : kPatterns) v.push_back(std::make_unique<RE2>(row.regex));
    return v;
  }();
  return *all[index];
}

void scan_file(std::string_view path, std::string_view content, std::size_t index,
               std::vector<VersionReport>& out) {
  re2::StringPiece input(content.data(), content.size());
  re2::StringPiece match;
  if (!compiled(index).Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) return;
  std::size_t offset = static_cast<std::size_t>(match.data() - content.data());
  std::size_t start = content.rfind('\n', offset);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view line = content.substr(start, content.find('\n', offset) - start);
  out.push_back({kPatterns[index].kind,
                 Evidence{std::string(path), text::line_of(content, offset), text::excerpt(line)}});
}

}  // namespace

namespace {

// Where CLIs usually live; read first so a large tree's cap rarely hides them.
bool likely_cli(std::string_view path) {
  std::string p = text::lower(path);
  for (const char* hint :
       {"cli", "main", "cmd/", "bin/", "app", "args", "option", "version", "command"})
    if (text::contains(p, hint)) return true;
  return false;
}

bool wanted(const FileEntry& f) {
  if (is_test_path(f.path) || is_example_path(f.path) || f.kind == FileKind::symlink) return false;
  for (const auto& row : kPatterns)
    if (has_extension(f.path, row.extensions)) return true;
  return false;
}

constexpr std::string_view kMemoKey = "git.version";

// Memoised per blob: history scans read each candidate once. `bytes` when
// the file pass read them.
std::shared_ptr<const std::vector<VersionReport>> reports_of(const ScanContext& ctx,
                                                             const FileEntry& f,
                                                             const std::string* bytes) {
  using Reports = std::vector<VersionReport>;
  // Most files have none: they share one empty list.
  static const auto none = std::make_shared<const Reports>();
  return ctx.memo_shared<Reports>(kMemoKey, f, [&](const FileEntry& file) {
    Reports reports;
    auto content = ctx.read_text(file, ctx.limits().source_bytes, bytes);
    // Go fields and kingpin calls spell it "Version".
    if (!content || (!text::contains(*content, "version") && !text::contains(*content, "Version")))
      return none;
    for (std::size_t i = 0; i < kPatterns.size(); ++i)
      if (has_extension(file.path, kPatterns[i].extensions))
        scan_file(file.path, *content, i, reports);
    return reports.empty() ? none : std::make_shared<const Reports>(std::move(reports));
  });
}

void scan_one(const ScanContext& ctx, const FileEntry& f, std::vector<VersionReport>& out) {
  auto found = reports_of(ctx, f, nullptr);
  out.insert(out.end(), found->begin(), found->end());
}

}  // namespace

FileAnalysis version_analysis() {
  return {kMemoKey,
          [](const ScanContext& ctx, const FileEntry& f) -> std::size_t {
            bool own = !ctx.excluded(f);
            return own && wanted(f) ? ctx.limits().source_bytes : 0;
          },
          [](const ScanContext& ctx, const FileEntry& f, const std::string* bytes) {
            reports_of(ctx, f, bytes);
          }};
}

namespace {

void collect_reports(const ScanContext& ctx, RepoFacts& facts) {
  auto& out = facts.git.version_reports;
  int read = 0;
  for (bool first_pass : {true, false}) {
    for (const FileEntry* f : ctx.own_files()) {
      if (out.size() >= kMaxReports || read >= kMaxFiles) return;
      // 0: not a candidate, 1: a likely CLI file, 2: another candidate.
      auto kind = ctx.memo_path<int>("git.version.kind", *f, [](const FileEntry& file) {
        return !wanted(file) ? 0 : likely_cli(file.path) ? 1 : 2;
      });
      if (*kind == 0 || (*kind == 1) != first_pass) continue;
      ++read;
      scan_one(ctx, *f, out);
    }
  }
}

}  // namespace

void reset_version_reports(RepoFacts& facts) { facts.git.version_reports.clear(); }

void probe_version_reports(const ScanContext& ctx, RepoFacts& facts) {
  ctx.wait_file_pass();
  collect_reports(ctx, facts);
  ctx.release(kMemoKey);
}

}  // namespace practrack::gitprobe
