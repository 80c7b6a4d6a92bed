#!/usr/bin/env bash
# Installs the Debian packages practrack builds and tests with, when missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libgit2-dev libyaml-cpp-dev libtomlplusplus-dev nlohmann-json3-dev
  libcli11-dev libfmt-dev libre2-dev libpugixml-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxml2-utils pre-commit
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "practrack: installing missing packages: ${missing[*]}" >&2
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
