// Pure helpers of the git probes, kept apart so tests can call them.
#pragma once

#include <git2.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace practrack::gitprobe {

// The URL without user name, password or token: "https://tok@host/x" ->
// "https://host/x". scp-like "git@host:path" keeps its user (never a secret).
std::string strip_credentials(std::string_view url);
// Lower-case host of a remote URL without port; "" for local paths.
std::string url_host(std::string_view url);
// Whether a commit message's first line follows Conventional Commits:
// "type(scope)!: subject" with a common type.
bool is_conventional(std::string_view message);
// "1.2.3", "v1.2.3", "v1.2.3-rc.1+build.5" (a leading "v" is allowed).
bool is_semver(std::string_view version);
// A tag name that names a release: semver, "v2", "1.4", "release-2024.01".
bool is_release_tag(std::string_view name);

// Hashing and equality of object ids, for unordered containers.
struct OidHash {
  std::size_t operator()(const git_oid& o) const {
    std::size_t h = 0;
    for (int i = 0; i < 8; ++i) h = (h << 8) | o.id[i];
    return h;
  }
};
struct OidEq {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b); }
};

}  // namespace practrack::gitprobe
