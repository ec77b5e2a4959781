#!/usr/bin/env bash
# The two examples that end each command's --help are real commands that work: each is run as
# written, in a folder holding what it names (plan.yaml with a follow-up report for 2027, planer/
# and region/ with two plans each, a/ and b/, the plan's previous version in forrige/ and in git),
# and must exit 0 (watch: build, then wait until stopped). The footer is two lines after
# "Examples:", each "  legeplan COMMAND …".
# Usage: check_examples.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$(realpath "$1")
src=$(realpath "$2")
source "$(dirname "$0")/check_lib.sh"
cd "$work"
export PATH="$(dirname "$legeplan"):$PATH"  # the examples say `legeplan`

cp "$src/examples/nynorsk/plan.yaml" plan.yaml
for folder in planer/a planer/b region/a region/b a b forrige; do
  mkdir -p "$folder"
  sed "s/^  municipality: Havøy kommune$/  municipality: Kommune ${folder//\//-}/" plan.yaml > "$folder/plan.yaml"
done
git init -q . && git add plan.yaml && git -c user.name=t -c user.email=t@t commit -qm one
sed -i '0,/^  version: /s/^  version: .*/  version: "9.9"/' plan.yaml
git add plan.yaml && git -c user.name=t -c user.email=t@t commit -qm two

for command in validate costs build watch diff report overview init schema; do
  "$legeplan" "$command" --help > "help-$command.txt"
  check "$command: --help ends with two examples" \
    test "$(tail -n 3 "help-$command.txt" | head -n 1)" = "Examples:"
  mapfile -t examples < <(tail -n 2 "help-$command.txt")
  for example in "${examples[@]}"; do
    check "$command: the example starts with legeplan $command" test "${example#  legeplan $command }" != "$example" \
      -o "$example" = "  legeplan $command"
    set +e
    rm -f example.out  # the last example's words must not be read as this one's
    if [[ $command == watch ]]; then  # until it has built once and watches; then stopped
      bash -c "exec ${example#  }" > example.out 2>&1 &
      pid=$!
      for _ in $(seq 240); do grep -qs "watching" example.out && break; sleep 0.5; done
      kill -TERM "$pid"
      wait "$pid"
      code=$?
      grep -q "^[0-9:]* built " example.out && [[ $code -eq 143 ]] && code=0
    else
      bash -c "${example#  }" > "example.out" 2>&1
      code=$?
    fi
    set -e
    check "works: ${example#  } (exit $code)" test "$code" -eq 0
    [[ $code -eq 0 ]] || cat example.out
  done
done
check "build's example: the PDF of each plan in the batch" test -s ut/kommune-planer-a-2027-2030.pdf -a -s ut/kommune-planer-b-2027-2030.pdf
check "report's first example: beside the plan" test -s utdata/havoy-kommune-2027-2030-oppfolging-2027.md
check "overview's first example: in the folder given" test -s region/utdata/regionoversikt.md
check "watch's first example: beside the plan" test -s utdata/havoy-kommune-2027-2030.html
check "init's example: the plan and its schema" test -s bergen/plan.yaml -a -s bergen/legeplan.schema.json
exit $fail
