#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (clang, with fuzzing
# coverage), runs the whole test suite under them, replays the committed fuzz corpus and fuzzes
# each target for LEGEPLAN_FUZZ_SECONDS (default 30) seconds. Called by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LEGEPLAN_FUZZ_SECONDS:-30}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
CC=clang CXX=clang++ cmake -S . -B build-asan -DLEGEPLAN_FUZZ=ON -DLEGEPLAN_BENCH=OFF
cmake --build build-asan -j"$(nproc)"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

fuzz_flags=(-max_len=20000 -timeout=5 -rss_limit_mb=2048)
for target in validate render inputs; do
  corpus=fuzz/corpus/$target
  echo "== fuzz_$target: replaying $(ls "$corpus" | wc -l) committed inputs"
  build-asan/fuzz/fuzz_$target "${fuzz_flags[@]}" -runs=0 "$corpus"
  # New inputs go to a scratch folder, so a CI run never changes the repository; the plans,
  # examples and bad-plan cases seed it too.
  scratch=$(mktemp -d)
  echo "== fuzz_$target: fuzzing for $seconds s"
  # Whatever a target makes in TMPDIR (fuzz_inputs' folder of links) goes with the scratch folder.
  TMPDIR=$scratch build-asan/fuzz/fuzz_$target "${fuzz_flags[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    "$scratch" "$corpus" tests/cases/validate examples/liten-kommune examples/nynorsk plans/bergen
  rm -rf "$scratch"
done
echo "sanitizers and fuzzing: all passed"
