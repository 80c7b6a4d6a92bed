// Languages by extension, and the modules a file imports. Library use is
// recognised from imports rather than from words anywhere in the file, so
// that a comment or a string naming a library does not count.
#include <array>

#include "probes/source/file_analysis.h"
#include "probes/source/scan_text.h"
#include "util/text.h"

namespace practrack::source {
namespace {

struct ExtRow {
  std::string_view ext;
  LangInfo info;
};

// Extension -> language. Headers count as C/C++.
constexpr std::array<ExtRow, 39> kExtensions = {{
    {".py", {"python", kPython}},        {".pyi", {"python", kPython}},
    {".robot", {"robot", kRobot}},       {".resource", {"robot", kRobot}},
    {".js", {"javascript", kJs}},        {".mjs", {"javascript", kJs}},
    {".cjs", {"javascript", kJs}},       {".jsx", {"javascript", kJs}},
    {".ts", {"typescript", kJs}},        {".tsx", {"typescript", kJs}},
    {".mts", {"typescript", kJs}},       {".go", {"go", kGo}},
    {".rs", {"rust", kRust}},            {".java", {"java", kJava}},
    {".kt", {"kotlin", kJava}},          {".kts", {"kotlin", kJava}},
    {".scala", {"scala", kJava}},        {".groovy", {"groovy", kJava}},
    {".c", {"c", kCpp}},                 {".h", {"c++", kCpp}},
    {".cc", {"c++", kCpp}},              {".cpp", {"c++", kCpp}},
    {".cxx", {"c++", kCpp}},             {".hpp", {"c++", kCpp}},
    {".hh", {"c++", kCpp}},              {".hxx", {"c++", kCpp}},
    {".rb", {"ruby", kRuby}},            {".rake", {"ruby", kRuby}},
    {".php", {"php", kPhp}},
    {".cs", {"c#", kCs}},                {".sh", {"shell", kShell}},
    {".bash", {"shell", kShell}},        {".zsh", {"shell", kShell}},
    {".ps1", {"powershell", kShell}},    {".bats", {"shell", kShell}},
    {".ex", {"elixir", kElixir}},        {".exs", {"elixir", kElixir}},
    {".swift", {"swift", kSwift}},      {".jl", {"julia", kJulia}},
}};

// The first quoted string at or after `from` on `line`.
std::string_view quoted(std::string_view line, std::size_t from = 0) {
  std::size_t q = line.find_first_of("'\"`", from);
  if (q == npos) return {};
  std::size_t e = line.find(line[q], q + 1);
  return e == npos ? std::string_view{} : line.substr(q + 1, e - q - 1);
}

// The dotted/path name at the start of `s`.
std::string_view name_token(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (ident_char(s[i]) || s[i] == '.' || s[i] == ':' || s[i] == '\\' ||
                          s[i] == '/' || s[i] == '-' || s[i] == '@' || s[i] == '+'))
    ++i;
  return s.substr(0, i);
}

void add(std::vector<Import>& out, std::string_view module, int line, std::size_t offset) {
  if (!module.empty()) out.push_back({module, line, offset});
}

// `import a.b, c as d` and `from a.b import c` at the start of a line.
void python_imports(std::string_view text, std::vector<Import>& out) {
  LineCounter lines(text);
  std::size_t pos = find(text, "import");
  while (pos != npos) {
    std::size_t b = line_start(text, pos);
    std::string_view line = ltrim(line_at(text, pos));
    int n = lines.at(b);
    if (starts(line, "from ")) {
      add(out, name_token(ltrim(line.substr(5))), n, b);
    } else if (starts(line, "import ")) {
      // `import a, b as c`: every name after a comma.
      for (std::size_t at = 7; at != npos && at < line.size();) {
        add(out, name_token(ltrim(line.substr(at))), n, b);
        at = line.find(',', at);
        if (at != npos) ++at;
      }
    }
    pos = find(text, "import", line_end(text, pos) + 1);
  }
}

// `import x from 'm'`, `} from "m"`, `require('m')`, `import('m')`.
void js_imports(std::string_view text, std::vector<Import>& out) {
  LineCounter lines(text);
  for (std::string_view key : {"from ", "require(", "import(", "import '", "import \""}) {
    for (std::size_t pos = find(text, key); pos != npos; pos = find(text, key, pos + 1)) {
      if (pos > 0 && ident_char(text[pos - 1])) continue;
      std::size_t b = line_start(text, pos);
      std::string_view line = line_at(text, pos);
      std::string_view trimmed = ltrim(line);
      if (starts(trimmed, "//") || starts(trimmed, "*")) continue;
      std::size_t at = pos - b + key.size() - (key.back() == '\'' || key.back() == '"');
      std::size_t skip = at;
      while (skip < line.size() && line[skip] == ' ') ++skip;
      if (skip >= line.size() || (line[skip] != '\'' && line[skip] != '"' && line[skip] != '`'))
        continue;
      add(out, quoted(line, skip), lines.at(b), b);
    }
  }
}

// `import "x"` and `import ( ... )` blocks.
void go_imports(std::string_view text, std::vector<Import>& out) {
  LineCounter lines(text);
  std::size_t pos = find(text, "import");
  while (pos != npos) {
    std::size_t next = line_end(text, pos) + 1;
    std::string_view line = line_at(text, pos);
    if (line_start(text, pos) != pos) {
      // "import" inside a line: not an import clause.
    } else if (line.find('(') == npos) {
      add(out, quoted(line), lines.at(pos), pos);
    } else {
      while (next < text.size()) {
        std::string_view l = ltrim(line_at(text, next));
        if (starts(l, ")")) break;
        if (!starts(l, "//")) add(out, quoted(l), lines.at(next), next);
        next = line_end(text, next) + 1;
      }
    }
    pos = find(text, "import", next);
  }
}

// Statements like `use a::b;` (Rust), `import a.b.c;` (Java), `using A.B;`
// (C#), `use A\B;` (PHP), `require 'x'` (Ruby), `#include <x>` (C/C++),
// `require Logger` (Elixir).
void keyword_imports(std::string_view text, std::string_view key, bool quoted_name,
                     std::vector<Import>& out) {
  LineCounter lines(text);
  for (std::size_t pos = find(text, key); pos != npos; pos = find(text, key, pos + key.size())) {
    std::size_t b = line_start(text, pos);
    std::string_view line = ltrim(line_at(text, pos));
    if (!starts(line, key)) continue;
    std::string_view rest = ltrim(line.substr(key.size()));
    if (starts(rest, "static ")) rest = ltrim(rest.substr(7));
    std::string_view name = quoted_name ? quoted(rest) : name_token(rest);
    if (quoted_name && name.empty() && starts(rest, "<"))
      name = rest.substr(1, rest.find('>') == npos ? 0 : rest.find('>') - 1);
    add(out, name, lines.at(b), b);
  }
}

}  // namespace

const LangInfo* language_of(std::string_view path) {
  std::string_view ext = text::extension(path);
  if (ext.empty()) return nullptr;
  for (const auto& row : kExtensions)
    if (row.ext == ext) return &row.info;
  return nullptr;
}

std::vector<Import> imports_of(Lang lang, std::string_view text) {
  std::vector<Import> out;
  switch (lang) {
    case kPython: python_imports(text, out); break;
    case kJs: js_imports(text, out); break;
    case kGo: go_imports(text, out); break;
    case kRust:
      keyword_imports(text, "use ", false, out);
      keyword_imports(text, "extern crate ", false, out);
      break;
    case kJava: keyword_imports(text, "import ", false, out); break;
    case kCpp: keyword_imports(text, "#include", true, out); break;
    case kRuby: keyword_imports(text, "require ", true, out); break;
    case kPhp: keyword_imports(text, "use ", false, out); break;
    case kCs: keyword_imports(text, "using ", false, out); break;
    case kRobot:
      keyword_imports(text, "Library ", false, out);
      keyword_imports(text, "Library\t", false, out);
      break;
    case kShell: break;
    // Elixir names a module it calls macros of (`require Logger`), shortens
    // (`alias`), imports functions from (`import`) or builds on (`use`).
    case kElixir:
      for (std::string_view key : {"require ", "alias ", "import ", "use "})
        keyword_imports(text, key, false, out);
      break;
    // `@testable import App` only widens access to the code under test.
    case kSwift: keyword_imports(text, "import ", false, out); break;
    // `using Test, Example` names two modules; the first is what matters
    // for a test file.
    case kJulia:
      keyword_imports(text, "using ", false, out);
      keyword_imports(text, "import ", false, out);
      break;
  }
  std::sort(out.begin(), out.end(),
            [](const Import& a, const Import& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace practrack::source
