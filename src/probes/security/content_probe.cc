// One pass over file contents for two practices: committed binaries
// (every file, vendored included, decided by magic bytes, not by name) and
// committed secrets (own text files only).
//
// Bounding the reads: the tree can only read whole files, so which files
// are read is chosen by size and name:
//  - files up to 1 MiB are read whatever their name (an ELF named `.txt`
//    is caught; the read is shared with the secret scan);
//  - larger files are read only when their extension is not a known text
//    or media one (a 40 MiB `.csv` or `.mp4` cannot be an executable or an
//    archive worth reporting under that name), up to 64 MiB;
//  - files over 64 MiB are judged by extension alone (.zip, .jar, .so ...),
//    each with a diagnostic;
//  - own text files over 1 MiB are not scanned for secrets: each gets a
//    diagnostic and the secrets note names them.
// Results are memoised per blob, so history scans read each blob once.
#include <algorithm>
#include <array>
#include <memory>
#include <set>
#include <string>

#include "probes/sample_paths.h"
#include "probes/security/security_probes.h"
#include "util/glob.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack::security {
namespace {

constexpr std::size_t kSmallFile = 1 << 20;    // read whatever the name
constexpr std::size_t kSniffLimit = 64 << 20;  // read at most this much

// Extensions whose large files are not read: text and media.
const std::set<std::string, std::less<>>& text_exts() {
  static const std::set<std::string, std::less<>> exts = {
      ".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".py", ".js", ".mjs", ".cjs", ".ts",
      ".tsx", ".jsx", ".java", ".kt", ".scala", ".go", ".rs", ".rb", ".php", ".cs", ".swift",
      ".m", ".mm", ".sh", ".pl", ".lua", ".r", ".sql", ".md", ".rst", ".txt", ".adoc", ".tex",
      ".html", ".htm", ".css", ".scss", ".xml", ".json", ".jsonl", ".ndjson", ".yaml", ".yml",
      ".toml", ".csv", ".tsv", ".svg", ".ipynb", ".lock", ".proto", ".log", ".map"};
  return exts;
}

const std::set<std::string, std::less<>>& media_exts() {
  static const std::set<std::string, std::less<>> exts = {
      ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".tif", ".tiff", ".psd",
      ".pdf", ".mp3", ".mp4", ".wav", ".ogg", ".flac", ".avi", ".mov", ".mkv", ".webm",
      ".woff", ".woff2", ".ttf", ".otf", ".eot", ".parquet", ".arrow", ".h5", ".hdf5", ".npy",
      ".pt", ".pth", ".onnx", ".safetensors", ".bin", ".dat"};
  return exts;
}

bool text_ext(std::string_view path) {
  return text_exts().count(text::lower(text::extension(path))) > 0;
}

// Extensions that name executables and archives, for files too large to read.
struct ExtRow {
  std::string_view glob;
  std::string_view kind;
};
constexpr std::array<ExtRow, 9> kBinaryExts = {{
    {"**/*.{exe,dll,sys}", "pe"},
    {"**/*.{so,so.*,o,a}", "elf"},
    {"**/*.dylib", "mach-o"},
    {"**/*.{jar,war,ear,aar,apk}", "jar"},
    {"**/*.{zip,whl,nupkg}", "zip"},
    {"**/*.{gz,tgz}", "gzip"},
    {"**/*.{7z}", "7z"},
    {"**/*.{rar}", "rar"},
    {"**/*.{tar,tar.*}", "tar"},
}};

// Lock files and generated bundles (full of hashes, never hand-written
// secrets) and secret scanners' own configuration and baselines (full of
// patterns and known example keys): the secret scan leaves them out.
bool not_for_secret_scan(std::string_view path) {
  static const std::set<std::string, std::less<>> names = {
      "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "Cargo.lock",
      "poetry.lock", "Pipfile.lock", "uv.lock", "Gemfile.lock", "composer.lock", "go.sum",
      "packages.lock.json", ".secrets.baseline", ".gitleaksignore"};
  std::string_view base = text::basename(path);
  if (text::contains(base, "gitleaks") && text::ends_with(base, ".toml")) return true;
  return names.count(base) || text::ends_with(base, ".lock") || text::ends_with(base, ".min.js") ||
         text::ends_with(base, ".min.css") || text::ends_with(base, ".map");
}

// Build-tool wrapper jars: committed on purpose and checked by their tools.
constexpr std::string_view kWrapperJars =
    "{gradle/wrapper/gradle-wrapper.jar,**/gradle/wrapper/gradle-wrapper.jar,"
    ".mvn/wrapper/maven-wrapper.jar,**/.mvn/wrapper/maven-wrapper.jar}";

struct ContentResult {
  std::string binary;                // sniff_binary's kind, or ""
  bool by_name = false;              // too large: judged by extension
  bool read = false;                 // the sniff read the file
  bool scanned = false;              // the secret scan read it
  bool unscanned = false;            // own text, too large for the secret scan
  std::vector<SecretHit> secrets;
  std::string problem;               // an unreadable file's reason
};

std::string kind_by_extension(std::string_view path) {
  std::string low = text::lower(path);
  for (const auto& row : kBinaryExts)
    if (glob_match(row.glob, low)) return std::string(row.kind);
  return "";
}

bool too_large(const FileEntry& f, std::size_t limit) {
  return f.size != FileEntry::kUnknownSize && f.size > limit;
}

std::size_t read_limit(const FileEntry& f) {
  std::string ext = text::lower(text::extension(f.path));
  bool text_or_media = text_exts().count(ext) > 0 || media_exts().count(ext) > 0;
  return text_or_media ? kSmallFile : kSniffLimit;
}

// `bytes` when the file pass read them.
ContentResult examine(const ScanContext& ctx, const FileEntry& f, bool own,
                      const std::string* bytes) {
  ContentResult r;
  std::size_t limit = read_limit(f);
  bool text_or_media = limit == kSmallFile;
  // An own text file too large for the secret scan is said to be unscanned
  // (asked only of the few files that are too large).
  auto text_secrets = [&] { return own && text_ext(f.path) && !not_for_secret_scan(f.path); };
  if (too_large(f, limit)) {
    r.by_name = !text_or_media;
    if (r.by_name) r.binary = kind_by_extension(f.path);
    r.unscanned = text_secrets();
    return r;
  }
  auto content = bytes ? Result<std::string>(*bytes) : ctx.read_quiet(f, limit);
  if (!content) {
    // Commit trees know sizes only when reading: "over the limit" again.
    bool size = text::contains(content.error(), "bytes, over");
    if (size && !text_or_media) {
      r.by_name = true;
      r.binary = kind_by_extension(f.path);
    }
    if (!size) r.problem = content.error();
    r.unscanned = size && text_secrets();
    return r;
  }
  r.read = true;
  // Magic bytes sit in the first 512; a script's appended archive starts
  // after the script, so those are looked at further.
  std::string_view all(*content);
  r.binary = sniff_binary(f.path, all.substr(0, text::starts_with(all, "#!") ? 64 << 10 : 512));
  bool scan = own && r.binary.empty() && content->size() <= kSmallFile &&
              !text::looks_binary(*content) && !not_for_secret_scan(f.path);
  if (scan) {
    r.scanned = true;
    r.secrets = scan_secrets(f.path, *content);
  }
  // Text under a name of no known kind, over 1 MiB: not scanned either.
  r.unscanned = own && r.binary.empty() && content->size() > kSmallFile &&
                !not_for_secret_scan(f.path) && !text::looks_binary(*content);
  return r;
}

// Facts lists are in path order; a file's entries go after those of the
// paths before it (the end, when files come in order).
template <typename T, typename PathOf>
typename std::vector<T>::iterator place_of(std::vector<T>& list, const std::string& path,
                                           PathOf path_of) {
  return std::upper_bound(list.begin(), list.end(), path, [&](const std::string& p, const T& item) {
    return p < path_of(item);
  });
}

void record(const FileEntry& f, const ContentResult& r, bool own,
            const SecretAllowlist& allow, RepoFacts& facts) {
  auto& sec = facts.security;
  sec.files_sniffed += r.read;
  sec.text_files_scanned += r.scanned;
  sec.judged_by_name += r.by_name;
  if (r.unscanned)
    sec.unscanned_files.insert(std::upper_bound(sec.unscanned_files.begin(),
                                                sec.unscanned_files.end(), f.path),
                               f.path);
  auto secret_path = [](const SecretFinding& s) -> const std::string& { return s.at.path; };
  auto at = place_of(sec.secrets, f.path, secret_path);
  for (const auto& hit : r.secrets) {
    if (allow.allows(f.path, hit.line))
      ++sec.secrets_allowlisted;
    else
      at = std::next(
          sec.secrets.insert(at, {hit.kind, {f.path, hit.line, hit.excerpt}, hit.sample}));
  }
  if (r.binary.empty()) return;
  BinaryFile b;
  b.path = f.path;
  b.kind = r.binary;
  b.vendored = !own || in_test_folder(f.path);
  b.wrapper = glob_match(kWrapperJars, f.path);
  b.at = {f.path, 0, r.by_name ? "(too large to read; judged by name)" : r.binary + " content"};
  auto binary_path = [](const BinaryFile& x) -> const std::string& { return x.path; };
  sec.binaries.insert(place_of(sec.binaries, f.path, binary_path), std::move(b));
}

// Takes what record() added for this file back out.
void unrecord(const FileEntry& f, const ContentResult& r, const SecretAllowlist& allow,
              RepoFacts& facts) {
  auto& sec = facts.security;
  sec.files_sniffed -= r.read;
  sec.text_files_scanned -= r.scanned;
  sec.judged_by_name -= r.by_name;
  if (r.unscanned) std::erase(sec.unscanned_files, f.path);
  for (const auto& hit : r.secrets) sec.secrets_allowlisted -= allow.allows(f.path, hit.line);
  std::erase_if(sec.secrets, [&](const SecretFinding& s) { return s.at.path == f.path; });
  std::erase_if(sec.binaries, [&](const BinaryFile& b) { return b.path == f.path; });
}

// Every message names its file: one too large to sniff says so itself,
// and so does a text file too large for the secret scan.
void warn_if_judged_by_name(const ScanContext& ctx, const FileEntry& f, const ContentResult& r) {
  if (r.by_name)
    ctx.diags().warn(f.path, 0, "over 64 MiB: judged by its name alone for binary-artifacts");
  if (r.unscanned) ctx.diags().warn(f.path, 0, "over 1 MiB: not scanned for secrets");
}

constexpr std::string_view kMemoKey = "security.content";

// Nearly every file is text with nothing to report: those share one of
// four results instead of holding a copy each (a scan keeps 100,000).
std::shared_ptr<const ContentResult> shared_result(ContentResult r) {
  static const std::array<std::shared_ptr<const ContentResult>, 4> plain = [] {
    std::array<std::shared_ptr<const ContentResult>, 4> out;
    for (int i = 0; i < 4; ++i) {
      ContentResult c;
      c.read = i & 1;
      c.scanned = i & 2;
      out[static_cast<std::size_t>(i)] = std::make_shared<const ContentResult>(std::move(c));
    }
    return out;
  }();
  if (r.binary.empty() && !r.by_name && !r.unscanned && r.secrets.empty() && r.problem.empty())
    return plain[static_cast<std::size_t>(r.read + 2 * r.scanned)];
  return std::make_shared<const ContentResult>(std::move(r));
}

std::shared_ptr<const ContentResult> examined(const ScanContext& ctx, const FileEntry& file,
                                              const std::string* bytes) {
  bool own = !ctx.excluded(file);
  return ctx.memo_shared<ContentResult>(kMemoKey, file, [&](const FileEntry& f) {
    return shared_result(examine(ctx, f, own, bytes));
  });
}

}  // namespace

FileAnalysis content_analysis() {
  return {kMemoKey,
          [](const ScanContext&, const FileEntry& f) -> std::size_t {
            std::size_t limit = read_limit(f);
            return too_large(f, limit) ? 0 : limit;
          },
          [](const ScanContext& ctx, const FileEntry& f, const std::string* bytes) {
            examined(ctx, f, bytes);
          }};
}

void keep_content(RepoFacts& from, RepoFacts& to) {
  auto& a = from.security;
  auto& b = to.security;
  b.secrets = std::exchange(a.secrets, {});
  b.binaries = std::exchange(a.binaries, {});
  b.unscanned_files = std::exchange(a.unscanned_files, {});
  b.text_files_scanned = std::exchange(a.text_files_scanned, 0);
  b.secrets_allowlisted = std::exchange(a.secrets_allowlisted, 0);
  b.files_sniffed = std::exchange(a.files_sniffed, 0);
  b.judged_by_name = std::exchange(a.judged_by_name, 0);
}

void reset_content(RepoFacts& facts) {
  RepoFacts gone;
  keep_content(facts, gone);
}

bool update_content(const ScanContext& ctx, RepoFacts& facts, std::span<const FileChange> changes) {
  const auto& files = ctx.files();
  auto entry = [&](const FileChange& c) -> const FileEntry& {
    return c.gone ? *c.gone : files[c.index];
  };
  // A changed allowlist changes what every finding counts as.
  for (const FileChange& c : changes)
    if (is_allowlist_file(entry(c).path)) return false;
  // Every old result first: without one, nothing is half updated. A new
  // file had none.
  std::vector<std::shared_ptr<const ContentResult>> before;
  for (const FileChange& c : changes) {
    const FileEntry& f = entry(c);
    if (f.kind == FileKind::symlink || f.kind == FileKind::submodule) continue;
    auto old = c.before ? std::static_pointer_cast<const ContentResult>(c.before->get(kMemoKey))
                        : nullptr;
    if (!old && !c.added) return false;
    before.push_back(std::move(old));
  }
  ctx.wait_file_pass();
  SecretAllowlist allow = load_allowlist(ctx);
  std::size_t next = 0;
  for (const FileChange& c : changes) {
    const FileEntry& f = entry(c);
    if (f.kind == FileKind::symlink || f.kind == FileKind::submodule) continue;
    if (const auto& old = before[next++]) unrecord(f, *old, allow, facts);
    if (c.gone) continue;
    bool own = !ctx.excluded(f);
    auto now = examined(ctx, f, nullptr);
    if (!now->problem.empty()) ctx.diags().warn(f.path, 0, "skipped: " + now->problem);
    warn_if_judged_by_name(ctx, f, *now);
    record(f, *now, own, allow, facts);
  }
  return true;
}

void probe_content(const ScanContext& ctx, RepoFacts& facts) {
  ctx.wait_file_pass();
  SecretAllowlist allow = load_allowlist(ctx);
  std::vector<const FileEntry*> files;
  for (const FileEntry& f : ctx.files())
    if (f.kind != FileKind::symlink && f.kind != FileKind::submodule) files.push_back(&f);
  std::vector<std::shared_ptr<const ContentResult>> results(files.size());
  parallel_for(files.size(), [&](std::size_t i) { results[i] = examined(ctx, *files[i], nullptr); });
  ctx.release(kMemoKey);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const FileEntry& f = *files[i];
    const ContentResult& r = *results[i];
    if (!r.problem.empty()) ctx.diags().warn(f.path, 0, "skipped: " + r.problem);
    warn_if_judged_by_name(ctx, f, r);
    record(f, r, !ctx.excluded(f), allow, facts);
  }
}

}  // namespace practrack::security
