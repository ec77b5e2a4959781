# Shared by the tests/check_*.sh scripts: a scratch folder removed on exit, and `check`, which
# runs one assertion, prints ok/FAILED and remembers a failure for the script's exit code.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; fail=1; fi
}
contains() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }
run() {  # run NAME ARGS... : exit code to $work/NAME.code, output to $work/NAME.out
  local name=$1; shift
  set +e
  "$@" > "$work/$name.out" 2>&1
  echo $? > "$work/$name.code"
  set -e
}
# The plan's exact costs in one year, in whole kroner: the Total row's figure in the year's
# column of `legeplan costs` (0 for "–").
year_total() {  # year_total LEGEPLAN PLAN YEAR
  local table column total
  table=$("$1" costs "$2")
  column=$(head -1 <<< "$table" | awk -v y="$3" '{for (i = 1; i <= NF; i++) if ($i == y) print i - 2}')
  total=$(grep -E '^ +Total ' <<< "$table" | sed -E 's/([0-9]) ([0-9]{3})/\1\2/g; s/([0-9]) ([0-9]{3})/\1\2/g' |
          awk -v c="$column" '{print $(c + 1)}')
  [ "$total" = "–" ] && total=0
  echo "$total"
}
# 1234567 → "1 234 567", as the documents group digits.
grouped() { rev <<< "$1" | sed -E 's/([0-9]{3})/\1 /g; s/ $//' | rev; }
