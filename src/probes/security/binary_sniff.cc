// Executables and archives told by their first bytes. What counts as a
// committed binary: compiled code (ELF, PE, Mach-O, Java classes,
// WebAssembly) and archives (zip/jar, gzip, bzip2, xz, zstd, 7z, rar,
// tar). Images, fonts, PDFs and office documents are binary files but not
// binary artifacts: they are not built from the repository's code.
#include <array>
#include <cstdint>

#include "probes/security/security_probes.h"
#include "util/text.h"

namespace practrack::security {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view kind;
};

using namespace std::string_view_literals;
constexpr std::array<Magic, 14> kMagic = {{
    {"\x7f" "ELF"sv, "elf"},
    {"\xfe\xed\xfa\xce"sv, "mach-o"},
    {"\xfe\xed\xfa\xcf"sv, "mach-o"},
    {"\xce\xfa\xed\xfe"sv, "mach-o"},
    {"\xcf\xfa\xed\xfe"sv, "mach-o"},
    {"\0asm"sv, "wasm"},
    {"PK\x03\x04"sv, "zip"},
    {"PK\x05\x06"sv, "zip"},  // empty zip
    {"\x1f\x8b"sv, "gzip"},
    {"BZh"sv, "bzip2"},
    {"\xfd" "7zXZ\0"sv, "xz"},
    {"\x28\xb5\x2f\xfd"sv, "zstd"},
    {"7z\xbc\xaf\x27\x1c"sv, "7z"},
    {"Rar!\x1a\x07"sv, "rar"},
}};

// Zips that are documents or data containers by their name.
constexpr std::array<std::string_view, 16> kDocumentZipExts = {
    ".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".odp", ".odg", ".epub",
    ".npz", ".kmz", ".3mf", ".vsdx", ".sketch", ".xmind"};

std::uint32_t be32(std::string_view s, std::size_t at) {
  auto b = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i]));
  };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

std::uint32_t le32(std::string_view s, std::size_t at) {
  auto b = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i]));
  };
  return b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0);
}

// CAFEBABE starts both Java classes and fat Mach-O binaries; the next word
// is a class file's version (>= 45) or a small count of architectures.
std::string cafebabe(std::string_view head) {
  if (head.size() < 8) return "java-class";
  return be32(head, 4) >= 45 ? "java-class" : "mach-o";
}

// "MZ" is only two letters: require the PE header it points to, or at
// least binary content when the header lies past what was read.
bool portable_executable(std::string_view head) {
  if (head.size() < 64) return false;
  std::uint64_t at = le32(head, 0x3c);
  if (at + 4 <= head.size()) return head.substr(at, 4) == "PE\0\0"sv;
  return text::looks_binary(head);
}

// bzip2 is "BZh" + block size digit + the block magic 0x314159265359.
bool bzip2(std::string_view head) {
  return head.size() >= 10 && head[3] >= '1' && head[3] <= '9' &&
         head.substr(4, 6) == "\x31\x41\x59\x26\x53\x59"sv;
}

std::string zip_kind(std::string_view path) {
  std::string ext = text::lower(text::extension(path));
  for (auto doc : kDocumentZipExts)
    if (ext == doc) return "";
  if (ext == ".jar" || ext == ".war" || ext == ".ear" || ext == ".aar" || ext == ".apk")
    return "jar";
  return "zip";
}

}  // namespace

std::string sniff_binary(std::string_view path, std::string_view head) {
  if (head.size() >= 4 && be32(head, 0) == 0xCAFEBABE) return cafebabe(head);
  if (head.size() >= 2 && head.substr(0, 2) == "MZ") return portable_executable(head) ? "pe" : "";
  if (head.size() >= 262 && head.substr(257, 5) == "ustar") return "tar";
  // A shell script with a zip appended (coursier's and scalafmt's
  // bootstrap launchers, makeself installers) runs the archive it carries.
  if (text::starts_with(head, "#!") && head.find('\0') != std::string_view::npos &&
      head.find(std::string_view("PK\x03\x04", 4)) != std::string_view::npos)
    return "launcher (script + zip)";
  for (const auto& m : kMagic) {
    if (!text::starts_with(head, m.bytes)) continue;
    if (m.kind == "zip") return zip_kind(path);
    if (m.kind == "bzip2" && !bzip2(head)) return "";
    return std::string(m.kind);
  }
  return "";
}

}  // namespace practrack::security
