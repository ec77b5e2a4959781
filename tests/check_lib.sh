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
