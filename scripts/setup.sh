#!/usr/bin/env bash
# Installs what is missing to build, run and test Essaim on Debian 12: apt packages (as root,
# or through sudo), then the front-end packages with `npm ci` in web/. Safe to re-run: it
# only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev libctemplate-dev libsodium-dev
  libcli11-dev libtoml11-dev libspdlog-dev libcurl4-openssl-dev libmagic-dev libxlsxwriter-dev
  libgtest-dev sqlite3 postgresql nginx wrk chromium clang-14 libclang-rt-14-dev nodejs npm
  slowhttptest sqlmap util-linux curl
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# Node.js may come from elsewhere than Debian's package; what matters is the commands.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  echo "Installation des paquets manquants : ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The DSFR's terms of use are accepted in web/.dsfr.yml; npm ci reproduces package-lock.json.
if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  (cd web && npm ci --no-audit --no-fund)
fi
