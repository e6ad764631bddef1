#!/usr/bin/env bash
# Builds (if needed) and runs every test: unit tests, the boundary test set,
# accuracy floors on ../shared (skipped when absent) and CLI end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
cmake --build "$BUILD_DIR"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900
