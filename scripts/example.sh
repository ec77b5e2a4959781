#!/usr/bin/env bash
# Installs what is missing, builds, and runs legeplan on the bundled example plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build
cmake --build build -j"$(nproc)"
build/legeplan validate examples/liten-kommune/plan.yaml
build/legeplan build examples/liten-kommune/plan.yaml -o out
