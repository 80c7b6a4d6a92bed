// Fuzz targets written in the project's own source. Only files whose path
// mentions fuzzing, and Go test files (Go keeps fuzz tests beside unit
// tests), are read.
#include <re2/re2.h>

#include <memory>
#include <optional>
#include <vector>

#include "probes/security/security_probes.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack::security {
namespace {

constexpr std::size_t kMaxTargets = 50;  // enough for a note; a fuzzing farm has hundreds

// Source files only: documentation about fuzzing is not a fuzz target.
bool candidate(std::string_view path) {
  std::string ext = text::lower(text::extension(path));
  if (ext == ".md" || ext == ".rst" || ext == ".txt" || ext == ".adoc" || ext == ".html")
    return false;
  return text::icontains(path, "fuzz") || text::ends_with(path, "_test.go");
}

constexpr std::string_view kMemoKey = "security.fuzz";

// The first fuzz target line of one file, if any; memoised per blob.
// `bytes` when the file pass read them.
std::shared_ptr<const std::optional<Evidence>> target_in(const ScanContext& ctx, const FileEntry& f,
                                                           const std::string* bytes) {
  // JavaScript: Jazzer.js exports `fuzz`; a fast-check run inside a fuzz
  // harness (undici's test/fuzzing) feeds random bytes the same way.
  // .NET: SharpFuzz (`using SharpFuzz;`, `Fuzzer.OutOfProcess.Run(...)`).
  static const RE2 target_re(
      R"((?m)^(.*(?:\bLLVMFuzzerTestOneInput\s*\(|\bfunc\s+Fuzz\w*\s*\(\s*\w+\s+\*testing\.F\)|)"
      R"(\bfuzz_target!\s*\(|\batheris\.Setup\s*\(|\bfuzzerTestOneInput\s*\(|)"
      R"(\bmodule\.exports\.fuzz\s*=|\bfc\.assert\s*\(|)"
      R"(^\s*using\s+SharpFuzz\s*;|\bFuzzer\.(?:OutOfProcess\.|LibFuzzer\.)?Run\s*\(|)"
      R"(^\s*@FuzzTest\b).*)$)");
  return ctx.memo<std::optional<Evidence>>(kMemoKey, f, [&](const FileEntry& file) {
    std::optional<Evidence> found;
    // Bytes from the pass fit the limit; otherwise its size decides first.
    if (!bytes && ctx.larger_than(file, ctx.limits().source_bytes)) return found;
    auto content = bytes ? Result<std::string>(*bytes) : ctx.read_quiet(file, ctx.limits().source_bytes);
    if (!content || text::looks_binary(*content)) return found;
    re2::StringPiece in(content->data(), content->size());
    re2::StringPiece line;
    if (!RE2::FindAndConsume(&in, target_re, &line)) return found;
    auto at = static_cast<std::size_t>(line.data() - content->data());
    found = Evidence{file.path, text::line_of(*content, at),
                       text::excerpt(std::string_view(line.data(), line.size()))};
    return found;
  });
}

}  // namespace

FileAnalysis fuzz_analysis() {
  return {kMemoKey,
          [](const ScanContext& ctx, const FileEntry& f) -> std::size_t {
            return !ctx.excluded(f) && candidate(f.path) ? ctx.limits().source_bytes : 0;
          },
          [](const ScanContext& ctx, const FileEntry& f, const std::string* bytes) {
            target_in(ctx, f, bytes);
          }};
}

void probe_fuzz_targets(const ScanContext& ctx, RepoFacts& facts) {
  // Go test files make thousands of candidates in a large tree: the file
  // pass reads them with the sources; those it did not are read here on
  // worker threads, one slot each, and kept in path order.
  ctx.wait_file_pass();
  std::vector<const FileEntry*> candidates;
  for (const FileEntry* f : ctx.own_files(candidate)) candidates.push_back(f);
  std::vector<std::shared_ptr<const std::optional<Evidence>>> found(candidates.size());
  parallel_for(candidates.size(),
               [&](std::size_t i) { found[i] = target_in(ctx, *candidates[i], nullptr); });
  auto& targets = facts.security.fuzz_targets;
  for (const auto& t : found)
    if (*t && targets.size() < kMaxTargets) targets.push_back(**t);
}

void reset_fuzz_targets(RepoFacts& facts) { facts.security.fuzz_targets.clear(); }

}  // namespace practrack::security
