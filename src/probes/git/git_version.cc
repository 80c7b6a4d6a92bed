// Whether the product reports its own version: a --version flag or version
// action in its own (non-test) source. A `__version__` attribute alone is
// not enough: nothing shows the product prints it.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>

#include "probes/git/git_probes.h"
#include "probes/nothing_given.h"
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
const std::array<VersionPattern, 17> kPatterns = {{
    {".py", "argparse version action", R"(action\s*=\s*['"]version['"])"},
    // Applied as a decorator or called on click: `def version_option(` is
    // the library defining it (click itself), not a CLI using it.
    {".py", "click version option", R"((@\s*|\.)version_option\s*\()"},
    {".py", "--version flag", R"((add_argument|Option|option)\s*\([^)]*['"]--version['"])"},
    {".go", "version flag", R"(\b(flag|Flags\(\)|PersistentFlags\(\))\.\w+\([^)]*"version")"},
    {".go", "version command", R"(\b(Use|Name):\s*"version")"},
    // cobra and urfave/cli print the version for --version when the field
    // is set, in the literal or later (glow's `rootCmd.Version = Version`);
    // kingpin adds the flag with .Version(...).
    {".go", "CLI version field",
     R"(\b(cobra\.Command|cli\.App|cli\.Command)\{[^}]*\bVersion:\s*[^\s,}]|)"
     R"(\b\w*(Cmd|cmd|Command|App|app)\.Version\s*=\s*[^=\s])"},
    {".go", "kingpin version flag", R"((\bkingpin|\bapp|\))\.Version\(\s*[^\s)])"},
    {".rs", "clap version attribute", R"(#\[(command|clap|structopt)\([^\]]*\bversion\b)"},
    {".rs", "clap version",
     R"(\.version\(\s*("|(clap::)?(crate_version!|env!\(\s*"CARGO_PKG_VERSION")))"},
    {".rs", "clap version flag", R"(\bArg::new\(\s*"version"\s*\)|\.long\(\s*"version"\s*\))"},
    // lexopt (ripgrep): `Long("version")`, or `Long(name) if name == "version"`.
    {".rs", "lexopt version flag",
     R"(\bLong\(\s*"version"\s*\)|\bLong\(\s*(\w+)\s*\)\s*if\s+\w+\s*==\s*"version")"},
    {".js|.mjs|.cjs|.ts", "CLI version option",
     R"(\b(program|cli|yargs|commander)\s*\.\s*version\s*\()"},
    // An option helper of the program's own, named for options, given the
    // long name: jq's `isoption(&text, 'V', "version", is_short)`.
    {".c|.cc|.cpp|.cxx", "--version flag",
     R"((strcmp|==|add_flag|add_option|set_version_flag)[^;]*"--version"|\{\s*"version"\s*,|)"
     R"(\b\w*opt\w*\s*\([^;)]*"(--)?version")"},
    {".java|.kt", "picocli version option",
     R"(mixinStandardHelpOptions\s*=\s*true|versionProvider)"},
    {".sh|.bash", "--version flag", R"((?m)^\s*(-\w\|)?--version(\|-\w)?\s*\))"},
    // OptionParser's `opts.on('-v', '--version')`, or a helper of the
    // program's own around it (rubocop's `option(opts, '-v', '--version')`).
    {".rb", "--version flag", R"((\.on|\b\w*option)\s*\(?[^)\n]*['"]--version\b)"},
    // Symfony Console prints the name and version an Application was given
    // for --version: composer's `class Application extends BaseApplication`
    // (Symfony's, imported under that name), `new Application('Composer',
    // Composer::getVersion())`.
    {".php", "Symfony Console --version",
     R"(\bclass\s+\w+\s+extends\s+(\\?Symfony\\Component\\Console\\Application|BaseApplication|)"
     R"(ConsoleApplication|SymfonyApplication)\b|\bnew\s+Application\s*\(\s*['"][^'"]+['"]\s*,)"},
}};

bool has_extension(std::string_view path, std::string_view extensions) {
  std::string_view ext = text::extension(path);
  if (ext.empty()) return false;
  // A whole '|'-separated item of `extensions`, found without splitting.
  for (std::size_t at = extensions.find(ext); at != std::string_view::npos;
       at = extensions.find(ext, at + 1)) {
    std::size_t end = at + ext.size();
    if ((at == 0 || extensions[at - 1] == '|') && (end == extensions.size() || extensions[end] == '|'))
      return true;
  }
  return false;
}

// "/" + path in lower case, in a buffer of the thread's: a folder test is
// then a plain search ("/test" finds tests/ at the root too). Every
// candidate file of a tree is asked about, a dozen folder names each.
std::string_view folded(std::string_view path) {
  thread_local std::string buffer;
  buffer.assign(1, '/');
  buffer.append(path);
  for (char& c : buffer) c = text::fold(c);
  return buffer;
}

bool is_test_path(std::string_view folded_path) {
  return text::contains(folded_path, "/test") || text::contains(folded_path, "_test.") ||
         text::contains(folded_path, "/spec");
}

// A library's example CLIs (click's examples/naval) show users how to add
// a version flag; they are not the product reporting its own version.
bool is_example_path(std::string_view folded_path) {
  for (std::string_view dir : {"/examples/", "/example/", "/samples/", "/sample/", "/demo/"})
    if (text::contains(folded_path, dir)) return true;
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

// A line that is a comment in the C-family languages (`//`, `///`, `//!`,
// ` * ` inside a block comment): clap's doc examples (`///     .version("1.0.2")`)
// show users the API; they are not the product's flag.
bool comment_line(std::string_view path, std::string_view line) {
  if (!has_extension(path, ".rs|.go|.js|.mjs|.cjs|.ts|.c|.cc|.cpp|.cxx|.java|.kt")) return false;
  std::string_view t = text::trim(line);
  return text::starts_with(t, "//") || text::starts_with(t, "/*") || text::starts_with(t, "*");
}

void scan_file(std::string_view path, std::string_view content, std::size_t index,
               std::vector<VersionReport>& out) {
  re2::StringPiece input(content.data(), content.size());
  re2::StringPiece match;
  std::size_t from = 0;
  while (from < content.size() &&
         compiled(index).Match(input, from, input.size(), RE2::UNANCHORED, &match, 1)) {
    std::size_t offset = static_cast<std::size_t>(match.data() - content.data());
    std::size_t start = content.rfind('\n', offset);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::size_t end = content.find('\n', offset);
    std::string_view line = content.substr(start, end - start);
    if (!comment_line(path, line)) {
      out.push_back({kPatterns[index].kind, Evidence{std::string(path),
                                                     text::line_of(content, offset),
                                                     text::excerpt(line)}});
      return;
    }
    if (end == std::string_view::npos) return;
    from = end + 1;  // the next line
  }
}

}  // namespace

namespace {

// Where CLIs usually live; read first so a large tree's cap rarely hides them.
bool likely_cli(std::string_view path) {
  for (const char* hint :
       {"cli", "main", "cmd/", "bin/", "app", "args", "option", "version", "command"})
    if (text::icontains(path, hint)) return true;
  return false;
}

// Every extension some pattern is for, once: wanted() sees every file of
// a tree, and asking each pattern in turn took a tenth of a full scan.
bool any_pattern_extension(std::string_view ext) {
  static const std::vector<std::string_view> all = [] {
    std::vector<std::string_view> out;  // views of the literals in kPatterns
    for (const auto& row : kPatterns)
      for (auto e : text::split(row.extensions, '|')) out.push_back(e);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return std::binary_search(all.begin(), all.end(), ext);
}

// The extension first: it rules out most of a tree without allocating.
bool wanted_path(std::string_view path) {
  if (!any_pattern_extension(text::extension(path))) return false;
  std::string_view folded_path = folded(path);
  return !is_test_path(folded_path) && !is_example_path(folded_path);
}

bool wanted(const FileEntry& f) { return f.kind != FileKind::symlink && wanted_path(f.path); }

constexpr std::string_view kMemoKey = "git.version";

// What one candidate file shows: its version reports, and for Go whether
// it may be part of a program: `package main`, or no package clause to
// tell (a fragment). Only `package <other>` says library code.
struct Scanned {
  std::vector<VersionReport> reports;
  bool go_program = false;
};

bool go_program_file(std::string_view content) {
  static const RE2 clause(R"((?m)^package\s+(\w+))");
  std::string name;
  re2::StringPiece input(content.data(), content.size());
  return !RE2::PartialMatch(input, clause, &name) || name == "main";
}

// Memoised per blob: history scans read each candidate once. `bytes` when
// the file pass read them.
std::shared_ptr<const Scanned> scanned(const ScanContext& ctx, const FileEntry& f,
                                       const std::string* bytes) {
  // Most files have no report: they share one of two empty results.
  static const auto none = std::make_shared<const Scanned>();
  static const auto none_program = std::make_shared<const Scanned>(Scanned{{}, true});
  return ctx.memo_shared<Scanned>(kMemoKey, f, [&](const FileEntry& file) {
    Scanned out;
    auto content = ctx.read_text(file, ctx.limits().source_bytes, bytes);
    if (!content) return none;
    // cmd/ holds a Go project's commands (cobra-cli puts its package cmd there).
    bool under_cmd = text::starts_with(file.path, "cmd/") || text::contains(file.path, "/cmd/");
    out.go_program =
        text::extension(file.path) == ".go" && (under_cmd || go_program_file(*content));
    // Go fields and kingpin calls spell it "Version", PHP constants "VERSION".
    if (text::contains(*content, "version") || text::contains(*content, "Version") ||
        text::contains(*content, "VERSION"))
      for (std::size_t i = 0; i < kPatterns.size(); ++i)
        if (has_extension(file.path, kPatterns[i].extensions))
          scan_file(file.path, *content, i, out.reports);
    if (out.reports.empty()) return out.go_program ? none_program : none;
    return std::make_shared<const Scanned>(std::move(out));
  });
}

}  // namespace

FileAnalysis version_analysis() {
  return {kMemoKey,
          [](const ScanContext& ctx, const FileEntry& f) -> std::size_t {
            bool own = !ctx.excluded(f);
            return own && wanted(f) ? ctx.limits().source_bytes : 0;
          },
          [](const ScanContext& ctx, const FileEntry& f, const std::string* bytes) {
            scanned(ctx, f, bytes);
          }};
}

namespace {

// 0: not a candidate, 1: a likely CLI file, 2: another candidate.
int candidate_kind(const FileEntry& f) { return !wanted(f) ? 0 : likely_cli(f.path) ? 1 : 2; }

// Whether the Go code holds a program. Go code that is all library
// packages (spf13/cobra) offers its version flags to other programs: they
// are its API, not the project reporting its own version.
bool has_go_program(const ScanContext& ctx) {
  int read = 0;
  for (const FileEntry* f : ctx.own_files(wanted_path)) {
    if (text::extension(f->path) != ".go" || candidate_kind(*f) == 0) continue;
    if (++read > kMaxFiles) return true;  // unknown: keep the reports
    if (scanned(ctx, *f, nullptr)->go_program) return true;
  }
  return false;
}

// Whether a Rust file belongs to a crate that builds a program: from its
// folder up to its crate's root (the first folder with a Cargo.toml), a
// folder holds main.rs (ripgrep's crates/core/main.rs, named by [[bin]]),
// or the crate root has src/main.rs or src/bin/. A library crate's version
// flags (clap_builder's generated --version) are its API, as Go library
// packages' are. A file under no Cargo.toml is kept: there is no telling.
bool in_rust_program(const ScanContext& ctx, std::string_view path) {
  for (std::string_view dir = text::dirname(path);; dir = text::dirname(dir)) {
    std::string d = dir.empty() ? "" : std::string(dir) + "/";
    if (ctx.find(d + "main.rs")) return true;
    if (ctx.find(d + "Cargo.toml"))
      return ctx.find(d + "src/main.rs") || !ctx.glob(d + "src/bin/*.rs").empty();
    if (dir.empty()) return true;
  }
}

void collect_reports(const ScanContext& ctx, RepoFacts& facts) {
  auto& out = facts.git.version_reports;
  int read = 0;
  bool go_program = false;
  // Only candidates concern this probe: a file of another kind that comes
  // or goes does not run it again in a history.
  const auto& own = ctx.own_files(wanted_path);
  std::vector<int> kinds(own.size());
  for (std::size_t i = 0; i < own.size(); ++i) kinds[i] = candidate_kind(*own[i]);
  for (bool first_pass : {true, false}) {
    for (std::size_t i = 0; i < own.size(); ++i) {
      const FileEntry* f = own[i];
      if (out.size() >= kMaxReports || read >= kMaxFiles) break;
      int kind = kinds[i];
      if (kind == 0 || (kind == 1) != first_pass) continue;
      ++read;
      auto found = scanned(ctx, *f, nullptr);
      go_program = go_program || found->go_program;
      for (const VersionReport& r : found->reports)
        if (text::extension(r.at.path) != ".rs" || in_rust_program(ctx, r.at.path))
          out.push_back(r);
    }
  }
  auto from_go = [](const VersionReport& r) { return text::extension(r.at.path) == ".go"; };
  if (!go_program && std::any_of(out.begin(), out.end(), from_go) && !has_go_program(ctx))
    std::erase_if(out, from_go);
}

}  // namespace

void reset_version_reports(RepoFacts& facts) { facts.git.version_reports.clear(); }

// Most commits change files that report no version before or after: the
// reports, and which files hold a program, stay as they were. Anything
// else is summed again in full (the caps and the two passes decide order).
bool same_version_reports(const ScanContext& ctx, std::span<const FileChange> changes) {
  // Not a program before and after, too: a Go file that becomes one keeps
  // other files' reports (has_go_program()).
  return gives_nothing<Scanned>(
      ctx, changes, kMemoKey,
      [&](const FileEntry& f) { return !ctx.excluded(f) && candidate_kind(f) != 0; },
      [&](const FileEntry& f) { return scanned(ctx, f, nullptr); },
      [](const Scanned& s) { return s.reports.empty() && !s.go_program; });
}

void probe_version_reports(const ScanContext& ctx, RepoFacts& facts) {
  ctx.wait_file_pass();
  collect_reports(ctx, facts);
  ctx.release(kMemoKey);
}

}  // namespace practrack::gitprobe
