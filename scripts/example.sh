#!/usr/bin/env bash
# Installs what is missing to build and run legeplan (not the tests' tools), builds the tool
# alone, and runs it on the bundled example plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
# No tests here: they need the test profile (Catch2 and more). scripts/test.sh turns them back on.
cmake -S . -B build -DBUILD_TESTING=OFF
cmake --build build -j"$(nproc)"
build/legeplan validate examples/liten-kommune/plan.yaml
build/legeplan build examples/liten-kommune/plan.yaml -o out
