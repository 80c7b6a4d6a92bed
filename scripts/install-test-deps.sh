#!/usr/bin/env bash
# Installs what the test suite needs beyond Debian's packages: Node.js
# (Debian's, when none is on the machine) and the SARIF schema validator
# from the npm registry, into tests/schema/node_modules.
set -euo pipefail
cd "$(dirname "$0")/../tests/schema"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [[ ! -d node_modules/ajv-draft-04 || package.json -nt node_modules ]]; then
  echo "practrack: installing the SARIF schema validator (npm)" >&2
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error
  touch node_modules
fi
