#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit tests, data-driven cases, shipped
# plans, documents, workbooks), then the same suite under ASan + UBSan and the fuzz targets.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cmake -S . -B build -DBUILD_TESTING=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
scripts/sanitize.sh
