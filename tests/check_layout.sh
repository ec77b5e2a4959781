#!/usr/bin/env bash
# The pipeline's dependencies point one way: a stage includes only itself and the stages before
# it (plan → figures → compare → render → publish → commands; main.cpp may include any).
# Usage: check_layout.sh SOURCE_DIR
set -euo pipefail
cd "$1/generator"
stages=(plan figures compare render publish commands)
fail=0
for i in "${!stages[@]}"; do
  stage=${stages[$i]}
  allowed=("${stages[@]:0:$((i + 1))}")
  pattern=$(IFS='|'; echo "${allowed[*]}")
  while IFS= read -r line; do
    echo "FAILED: $line (a $stage file may include only: ${allowed[*]})"
    fail=1
  done < <(grep -Hn '#include "[a-z_]*/' "$stage"/*.h "$stage"/*.cc | grep -Ev "#include \"($pattern)/")
done
# Every file of generator/ sits in a stage folder, but the thin main.
stray=$(find . -maxdepth 1 -type f ! -name main.cpp)
if [[ -n $stray ]]; then echo "FAILED: files outside the stage folders: $stray"; fail=1; fi
[[ $fail -eq 0 ]] && echo "ok: every stage includes only itself and earlier stages"
exit $fail
