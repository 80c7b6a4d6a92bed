// Committed secrets: RE2 patterns for credentials whose shape alone is
// convincing (provider prefixes, private key blocks), plus a generic
// `password = "..."` pattern held to a strong heuristic, because a noisy
// secret scan teaches readers to ignore it.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "probes/sample_paths.h"
#include "probes/security/security_probes.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::security {
namespace {

// One pattern; its first capture group is the secret itself.
struct SecretRow {
  std::string_view kind;
  std::string_view pattern;
  bool generic;  // held to the placeholder/strength heuristic and path filter
  // '|'-separated literals one of which every match contains: what to
  // look for should the row set fail on a text (see candidate_rows).
  std::string_view needles;
};

constexpr std::array<SecretRow, 11> kRows = {{
    {"aws-access-key", R"(\b((?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA)[0-9A-Z]{16})\b)", false,
     "AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA"},
    {"github-token", R"(\b(gh[pousr]_[A-Za-z0-9]{36,255})\b)", false, "ghp_|gho_|ghu_|ghs_|ghr_"},
    {"github-token", R"(\b(github_pat_[A-Za-z0-9_]{50,255})\b)", false, "github_pat_"},
    {"gitlab-token", R"(\b(glpat-[A-Za-z0-9_-]{20,})\b)", false, "glpat-"},
    {"slack-token", R"(\b(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{8,}))", false, "xox"},
    {"slack-webhook",
     R"((https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}))",
     false, "hooks.slack.com"},
    {"stripe-live-key", R"(\b((?:sk|rk)_live_[0-9A-Za-z]{20,}))", false, "_live_"},
    {"google-api-key", R"(\b(AIza[0-9A-Za-z_-]{35}))", false, "AIza"},
    {"npm-token", R"(\b(npm_[A-Za-z0-9]{36}))", false, "npm_"},
    {"private-key", R"((-----BEGIN (?:[A-Z0-9]+ ){0,2}PRIVATE KEY(?: BLOCK)?-----))", false,
     "PRIVATE KEY"},
    {"password",
     R"((?i)(?:password|passwd|pwd|secret_key|client_secret|api_?key))"
     R"(["']?\s*[:=]\s*["']([^"'\s]{8,128})["'])",
     true, ""},
}};

// An AWS secret access key: 40 base64 characters, looked for only near an
// access key id.
constexpr std::string_view kAwsSecret =
    R"((?:^|[^A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$))";
constexpr int kAwsSecretWindow = 5;  // lines either side of the key id

// Values that say "replace me": never reported, whatever the pattern.
constexpr std::array<std::string_view, 22> kPlaceholderWords = {
    "example", "xxxx", "changeme", "change_me", "change-me", "placeholder", "dummy", "sample",
    "your", "redacted", "fake", "0000000000", "insert", "replace", "todo", "<", "test",
    "password", "passwd", "secret", "demo", "foobar"};

// Paths where a generic password is test data or documentation.
constexpr std::array<std::string_view, 10> kGenericSkipGlobs = {
    "**/test*/**", "**/*test*", "**/spec/**", "**/*spec*", "**/doc/**", "**/docs/**",
    "**/*.{md,rst,adoc,txt}", "**/example*/**", "**/sample*/**", "**/demo*/**"};

// Folders whose files hold test data or documentation: a token there is a
// fixture (composer's fake `ghp_` tokens under tests/) or a documented
// example. Sample applications' folders are in_sample_folder()'s.
constexpr std::array<std::string_view, 15> kTestDocDirs = {
    "test",     "tests",    "testing",   "testdata", "test-data",     "test_files",
    "test-files", "__tests__", "spec",   "specs",    "fixtures",      "fixture",
    "doc",      "docs",     "documentation"};

// A test file by its name: `BaseIOTest.php`, `HeldCertificateTest.kt`,
// `test_auth.py`, `auth_test.go`, `auth.spec.ts`, `auth_spec.rb`.
bool test_file_name(std::string_view base) {
  std::string_view stem = base.substr(0, base.find('.'));
  std::string low = text::lower(stem);
  for (std::string_view end : {"Test", "Tests", "Spec"})
    if (text::ends_with(stem, end) && stem.size() > end.size()) return true;
  for (std::string_view end : {"_test", "-test", "_tests", "_spec", "-spec"})
    if (text::ends_with(low, end)) return true;
  return text::starts_with(low, "test_") || text::contains(base, ".test.") ||
         text::contains(base, ".spec.");
}

// A key block quoted in a comment (`* -----BEGIN PRIVATE KEY-----` in a
// KDoc) documents the format.
bool after_comment_marker(std::string_view line, std::size_t pos) {
  std::string_view head = text::trim(line.substr(0, pos));
  for (std::string_view m : {"*", "//", "/*", "#", ";", "<!--"})
    if (text::starts_with(head, m)) return true;
  return false;
}

constexpr std::array<std::string_view, 4> kAllowMarkers = {
    "gitleaks:allow", "pragma: allowlist secret", "nosec", "trufflehog:ignore"};

const std::vector<std::unique_ptr<RE2>>& compiled() {
  static const auto* res = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const auto& row : kRows) v->push_back(std::make_unique<RE2>(row.pattern));
    return v;
  }();
  return *res;
}

bool placeholder(std::string_view value) {
  std::string low = text::lower(value);
  for (auto w : kPlaceholderWords)
    if (text::contains(low, w)) return true;
  // Templating and variable references: ${X}, {{ x }}, %(x)s, $X.
  return value.find('$') != std::string_view::npos || value.find("{{") != std::string_view::npos ||
         value.find("%(") != std::string_view::npos;
}

// Character classes and distinct characters: "hunter22" is weak,
// "q8Zr!w2Lp9" is not. Real passwords fail this rarely; placeholders and
// identifiers (`password = "password_field"`) almost always do.
bool strong(std::string_view value) {
  bool lower = false, upper = false, digit = false, other = false;
  for (char c : value) {
    auto u = static_cast<unsigned char>(c);
    lower |= std::islower(u) != 0;
    upper |= std::isupper(u) != 0;
    digit |= std::isdigit(u) != 0;
    other |= !std::isalnum(u);
  }
  int classes = lower + upper + digit + other;
  std::set<char> distinct(value.begin(), value.end());
  return classes >= 3 && distinct.size() >= 6;
}

// The name assigned in `name = "value"` (`IsApiKey`), read back from the
// value's first byte over the quote, the `=` or `:` and the spaces.
std::string_view assigned_name(std::string_view text, std::size_t value_begin) {
  std::size_t i = value_begin;
  auto skip = [&](std::string_view chars) {
    while (i > 0 && chars.find(text[i - 1]) != std::string_view::npos) --i;
  };
  skip("\"'");
  skip(" \t");
  skip(":=");
  skip(" \t");
  skip("\"'");
  std::size_t end = i;
  while (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))
    --i;
  return text.substr(i, end - i);
}

// Letters and digits without the separators, lower case: "isapikey".
std::string folded(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += text::fold(c);
  return out;
}

// A name, not a secret: words joined by dashes, dots or underscores, each
// letters (cased as words are, `IsApiKey`, not `xKqPzR`) with digits at
// most at the end (`Jellyfin-IsApiKey`, `auth.api_key.v2`), or a value that
// repeats the name it is assigned to (`IsApiKey = "Jellyfin-IsApiKey"`).
bool identifier_value(std::string_view value, std::string_view name) {
  std::string n = folded(name);
  if (n.size() >= 4 && text::contains(folded(value), n)) return true;
  static const RE2 part(R"(([A-Za-z]*)[0-9]*)");
  for (std::string_view p : text::split(value, '-'))
    for (std::string_view q : text::split(p, '.'))
      for (std::string_view word : text::split(q, '_')) {
        re2::StringPiece letters;
        if (!RE2::FullMatch(re2::StringPiece(word.data(), word.size()), part, &letters))
          return false;
        int humps = 0;  // lower case followed by upper case
        for (std::size_t i = 1; i < letters.size(); ++i)
          humps += std::islower(static_cast<unsigned char>(letters[i - 1])) &&
                   std::isupper(static_cast<unsigned char>(letters[i]));
        if (static_cast<std::size_t>(humps) * 3 > letters.size()) return false;
      }
  return true;
}

// A BEGIN line counts only when key material follows: a parser that
// mentions the header as a string constant is not a leaked key.
bool key_material_follows(std::string_view text, std::size_t end) {
  std::string_view rest = text.substr(end, 400);
  std::size_t run = 0;
  for (char c : rest) {
    bool b64 = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/';
    run = b64 ? run + 1 : 0;
    if (run >= 40) return true;
  }
  return text::contains(rest, "Proc-Type:");
}

// A generic assignment in a comment is documentation (`# password: ...`).
bool in_comment(std::string_view text, std::size_t pos) {
  std::size_t start = text.rfind('\n', pos);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view head = text::trim(text.substr(start, pos - start));
  return text::starts_with(head, "#") || text::starts_with(head, "//") ||
         text::starts_with(head, "*") || text::starts_with(head, "<!--") ||
         text::starts_with(head, "--") || text::starts_with(head, ";");
}

bool generic_applies(std::string_view path) {
  std::string low = text::lower(path);
  return std::none_of(kGenericSkipGlobs.begin(), kGenericSkipGlobs.end(),
                      [&](std::string_view g) { return glob_match(g, low); });
}

struct RawHit {
  std::string kind;
  std::size_t begin = 0;  // the secret's byte range in the text
  std::size_t end = 0;
};

// Every row in one automaton: one pass over a text says which rows match
// at all, where a search per needle and per pattern took two dozen passes
// over every file of the tree.
const RE2::Set& row_set() {
  static const auto* set = [] {
    auto* s = new RE2::Set(RE2::Options(), RE2::UNANCHORED);
    for (const auto& row : kRows) s->Add(row.pattern, nullptr);
    s->Compile();
    return s;
  }();
  return *set;
}

// The rows that match somewhere in `text`, in row order. Should the
// automaton run out of memory on a pathological text, every row whose
// needles occur is tried, as before there was a set.
std::vector<int> candidate_rows(std::string_view text) {
  std::vector<int> rows;
  RE2::Set::ErrorInfo error{};
  if (row_set().Match(re2::StringPiece(text.data(), text.size()), &rows, &error)) {
    std::sort(rows.begin(), rows.end());
    return rows;
  }
  rows.clear();
  if (error.kind == RE2::Set::kNoError) return rows;
  for (std::size_t row = 0; row < kRows.size(); ++row) {
    auto needles = text::split(kRows[row].needles, '|');
    if (kRows[row].needles.empty() ||
        std::any_of(needles.begin(), needles.end(),
                    [&](std::string_view n) { return text.find(n) != std::string_view::npos; }))
      rows.push_back(static_cast<int>(row));
  }
  return rows;
}

void find_row(std::size_t row, std::string_view text, std::vector<RawHit>& out) {
  const RE2& re = *compiled()[row];
  re2::StringPiece in(text.data(), text.size());
  re2::StringPiece secret;
  while (RE2::FindAndConsume(&in, re, &secret)) {
    auto begin = static_cast<std::size_t>(secret.data() - text.data());
    RawHit hit{std::string(kRows[row].kind), begin, begin + secret.size()};
    std::string_view value = text.substr(begin, secret.size());
    if (hit.kind == "private-key") {
      if (!key_material_follows(text, hit.end)) continue;
      hit.begin = hit.end;  // nothing on the BEGIN line is secret
    } else if (placeholder(value) || (kRows[row].generic && !strong(value))) {
      continue;
    } else if (kRows[row].generic && identifier_value(value, assigned_name(text, begin))) {
      continue;
    } else if (kRows[row].generic && in_comment(text, begin)) {
      continue;
    }
    out.push_back(hit);
  }
}

// Secret keys within a few lines of each access key id.
void find_aws_secrets(std::string_view text, const std::vector<std::string_view>& lines,
                      std::vector<RawHit>& hits) {
  static const RE2 re{std::string(kAwsSecret)};
  std::set<int> near;
  for (const auto& h : hits) {
    if (h.kind != "aws-access-key") continue;
    int line = text::line_of(text, h.begin);
    for (int l = line - kAwsSecretWindow; l <= line + kAwsSecretWindow; ++l) near.insert(l);
  }
  for (int l : near) {
    if (l < 1 || static_cast<std::size_t>(l) > lines.size()) continue;
    std::string_view s = lines[static_cast<std::size_t>(l) - 1];
    re2::StringPiece secret;
    if (!RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re, &secret)) continue;
    std::string_view value(secret.data(), secret.size());
    if (placeholder(value) || !strong(value)) continue;
    auto begin = static_cast<std::size_t>(secret.data() - text.data());
    hits.push_back({"aws-secret-key", begin, begin + secret.size()});
  }
}

// The line with every secret on it masked, cut around the first one.
std::string masked_excerpt(std::string_view text, std::size_t line_begin, std::string_view line,
                           const std::vector<RawHit>& hits) {
  std::string out(line);
  std::size_t first = std::string::npos;
  // Right to left so earlier offsets stay valid.
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    if (it->begin < line_begin || it->begin >= line_begin + line.size()) continue;
    std::size_t at = it->begin - line_begin;
    std::size_t len = std::min(it->end - it->begin, line.size() - at);
    out.replace(at, len, mask(text.substr(it->begin, len)));
    first = at;
  }
  if (first != std::string::npos && first > 60) out = "…" + out.substr(first - 30);
  return text::excerpt(out);
}

bool allowlisted(std::string_view line) {
  return std::any_of(kAllowMarkers.begin(), kAllowMarkers.end(),
                     [&](std::string_view m) { return text::contains(line, m); });
}

}  // namespace

std::string mask(std::string_view secret) {
  if (secret.size() <= 4) return std::string(secret.size(), '*');
  std::size_t stars = std::min<std::size_t>(secret.size() - 4, 16);
  return std::string(secret.substr(0, 4)) + std::string(stars, '*');
}

bool sample_path(std::string_view path) {
  std::string_view base = text::basename(path);
  std::string ext = text::lower(text::extension(base));
  if (ext == ".md" || ext == ".rst" || ext == ".adoc" || ext == ".txt") return true;
  if (test_file_name(base)) return true;
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    std::string part = text::lower(text::basename(dir));
    if (std::find(kTestDocDirs.begin(), kTestDocDirs.end(), part) != kTestDocDirs.end())
      return true;
  }
  return in_sample_folder(path);
}

std::vector<SecretHit> scan_secrets(std::string_view path, std::string_view text) {
  std::vector<RawHit> raw;
  for (int row : candidate_rows(text)) {
    auto r = static_cast<std::size_t>(row);
    if (!kRows[r].generic || generic_applies(path)) find_row(r, text, raw);
  }
  if (raw.empty()) return {};
  auto lines = text::lines(text);
  find_aws_secrets(text, lines, raw);
  std::sort(raw.begin(), raw.end(),
            [](const RawHit& a, const RawHit& b) { return a.begin < b.begin; });
  auto line_of = [&](const RawHit& h) {
    return text::line_of(text, h.begin == h.end && h.begin > 0 ? h.begin - 1 : h.begin);
  };
  std::set<int> specific;  // lines with a provider-specific hit: generic adds nothing there
  for (const auto& h : raw)
    if (h.kind != "password") specific.insert(line_of(h));
  bool sample_file = sample_path(path);
  std::vector<SecretHit> out;
  std::set<std::pair<int, std::string>> seen;  // one finding per line and kind
  for (const auto& h : raw) {
    int line = line_of(h);
    std::string_view l = lines[static_cast<std::size_t>(line) - 1];
    if (h.kind == "password" && specific.count(line)) continue;
    if (allowlisted(l) || !seen.insert({line, h.kind}).second) continue;
    auto line_begin = static_cast<std::size_t>(l.data() - text.data());
    bool sample =
        sample_file || (h.kind == "private-key" && after_comment_marker(l, l.find("-----BEGIN")));
    out.push_back({h.kind, line, masked_excerpt(text, line_begin, l, raw), sample});
  }
  return out;
}

void prepare_secret_scan() {
  row_set();
  compiled();
}

}  // namespace practrack::security
