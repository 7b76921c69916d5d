#!/usr/bin/env bash
# Installs everything Lambdagen builds, tests and benchmarks with, from Debian 12's packages.
# clang-16 (not the default clang 14) because libTooling 14 cannot parse libstdc++ 12's <ranges>
# in C++20 mode, so a generator built on it would fail on ordinary user headers.
# Usage: scripts/install-deps.sh [more packages]   (scripts/test-arm64.sh adds its cross toolchain)
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages=(
  build-essential cmake ninja-build pkg-config git
  libfmt-dev dpkg-dev patchelf bubblewrap
  clang-16 libclang-16-dev llvm-16-dev libclang-rt-16-dev
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev libncurses-dev libffi-dev
  libcurl4-openssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  rapidjson-dev nlohmann-json3-dev
  python3-jsonschema
  zip unzip curl
  "$@"
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# simdjson is built from Debian's source package of it (cmake/LambdagenSimdjson.cmake): Debian ships
# only a shared library, and a function's bootstrap is one static executable. apt-get source needs a
# deb-src entry; add one beside each deb entry when the machine has none.
src_dir=/usr/src
if ! compgen -G "$src_dir/simdjson-*/singleheader/simdjson.cpp" >/dev/null; then
  if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      sed 's/^Types: deb$/Types: deb-src/' "$f" | $SUDO tee "/etc/apt/sources.list.d/lambdagen-src-$(basename "$f")" >/dev/null
    done
    if [ -f /etc/apt/sources.list ] && grep -qE '^deb ' /etc/apt/sources.list; then
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | $SUDO tee /etc/apt/sources.list.d/lambdagen-src.list >/dev/null
    fi
  fi
  $SUDO apt-get update -q
  (cd "$src_dir" && $SUDO apt-get source -q simdjson)
fi
