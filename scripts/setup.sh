#!/usr/bin/env bash
# Installs parley's build dependencies from Debian 12 packages (only those
# missing; safe to run again) and builds parley in ./build.
#   scripts/setup.sh            # Release build with tests and benchmarks
#   BUILD_DIR=out scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config python3
  libabsl-dev libcli11-dev libsimdjson-dev libutf8proc-dev libre2-dev
  libgtest-dev libgmock-dev libbenchmark-dev wordnet-base zlib1g-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DPARLEY_BUILD_TESTS=ON -DPARLEY_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR"
echo "setup: built $BUILD_DIR/parley"
