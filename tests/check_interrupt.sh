#!/usr/bin/env bash
# Stopping a build or a diff with SIGTERM or SIGINT while Pandoc and LibreOffice run: legeplan
# must exit 143 or 130, leave no converter running, remove every temporary file (its own in the
# output folder and the converters' in their private TMPDIR) and leave every earlier output
# byte-identical. Usage: check_interrupt.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
# Job control: a background job then gets SIGINT as a command at the terminal would (without it,
# bash starts background jobs with SIGINT ignored).
set -m

plan="$src/plans/bergen/plan.yaml"
"$legeplan" build "$plan" -o "$work/out" > /dev/null
# Two plans in one build, stopped while both convert: their earlier outputs too stay as they were.
mkdir -p "$work/many"
cp -r "$src/plans/bergen" "$work/many/bergen-a"
cp -r "$src/plans/bergen" "$work/many/bergen-b"
# Their outputs are named by municipality and period: two municipalities, two sets of files.
sed -i 's/^  municipality: Bergen kommune$/  municipality: Bergen B/' "$work/many/bergen-b/plan.yaml"
"$legeplan" build "$work/many" -o "$work/out" > /dev/null 2>&1
cp -r "$work/out" "$work/before"
mkdir -p "$work/tmp"

descendants() {  # descendants PID: its children, theirs, and so on
  for child in $(pgrep -P "$1" || true); do
    echo "$child"
    descendants "$child"
  done
}
# Waits (20 s at most) until a descendant of PID runs PROGRAM; fails when none came.
wait_for() {  # wait_for PID PROGRAM
  for _ in $(seq 1 200); do
    for p in $(descendants "$1"); do
      { tr '\0' ' ' < "/proc/$p/cmdline"; } 2> /dev/null | grep -q -- "$2" && return 0
    done
    sleep 0.1
  done
  return 1
}
# The processes, zombies aside, in the given process groups or working in the given folder.
live_in_groups() {  # live_in_groups GROUP...
  for group in "$@"; do
    ps -eo pgid=,stat=,pid= | awk -v g="$group" '$1 == g && $2 !~ /^Z/ { print $3 }'
  done
}
working_in() {  # working_in FOLDER
  for p in /proc/[0-9]*; do
    case $(readlink "$p/cwd" 2> /dev/null) in "$1"*) echo "${p#/proc/}" ;; esac
  done
}

# stop NAME SIGNAL CODE PROGRAM DELAY COMMAND...: runs the command with TMPDIR in the scratch
# folder, sends the signal DELAY seconds after PROGRAM is seen running, and checks what is left.
stop() {
  local name=$1 signal=$2 expected=$3 program=$4 delay=$5; shift 5
  TMPDIR="$work/tmp" "$@" > /dev/null 2> "$work/$name.err" &
  local pid=$!
  check "$name: $program runs" wait_for "$pid" "$program"
  sleep "$delay"
  # On a loaded machine the delay can end between two converters (one Pandoc done, LibreOffice not
  # yet started): then look again until one runs, 5 s at most, so the signal still finds one.
  local groups=
  for _ in $(seq 1 100); do
    groups=$(for p in $(descendants "$pid"); do ps -o pgid= -p "$p" || true; done | sort -u | tr '\n' ' ')
    [[ -z $groups ]] || break
    sleep 0.05
  done
  check "$name: converters run when the signal comes" test -n "$groups"
  kill -s "$signal" "$pid"
  set +e
  wait "$pid"
  local code=$?
  set -e
  check "$name: exit $expected" test "$code" -eq "$expected"
  check "$name: says it was stopped, and nothing else" test "$(cat "$work/$name.err")" = "legeplan: stopped by SIG$signal"
  # shellcheck disable=SC2086 # one argument per group
  check "$name: no converter is left running" test -z "$(live_in_groups $groups)"
  check "$name: nothing runs in the private folders" test -z "$(working_in "$work/tmp")"
  check "$name: no process names the output folder" test -z "$(pgrep -f -- "$work/out" || true)"
  # What is left is named, so that a failure says which step wrote after the stop.
  local left
  left=$(cd "$work/out" && find . -name '*.tmp-*' -o -name 'document.docx' | tr '\n' ' ')
  check "$name: no temporary files in the output folder${left:+ (found: $left)}" test -z "$left"
  left=$(cd "$work/tmp" && find . -mindepth 1 | tr '\n' ' ')
  check "$name: nothing left in TMPDIR${left:+ (found: $left)}" test -z "$left"
  for f in "$work"/before/*; do
    check "$name: $(basename "$f") is byte-identical" cmp -s "$f" "$work/out/$(basename "$f")"
  done
  check "$name: no new files" test "$(ls -A "$work/out")" = "$(ls -A "$work/before")"
}

# soffice: LibreOffice turning the finished DOCX into the PDF, with its profile in the work folder.
# Every format but the budget file, whose coding warning (W020, Bergen lacks ansvar) would be
# said before the stop.
stop build-term TERM 143 soffice 0.5 "$legeplan" build "$plan" -o "$work/out" --format md,docx,html,pdf,xlsx
stop build-int INT 130 pandoc 0.3 "$legeplan" build "$plan" -o "$work/out" --format md,docx,html,pdf,xlsx
# The diff's report into the same folder. Its Pandoc runs too briefly to be caught, so a
# Pandoc that takes its time first stands in.
mkdir -p "$work/slowbin"
printf '#!/bin/sh\nsleep 30\nexec %s "$@"\n' "$(command -v pandoc)" > "$work/slowbin/pandoc"
chmod +x "$work/slowbin/pandoc"
stop diff-term TERM 143 pandoc 0.3 env PATH="$work/slowbin:$PATH" \
  "$legeplan" diff "$plan" "$plan" -o "$work/out" --format html,docx
stop batch-term TERM 143 pandoc 0.3 env PATH="$work/slowbin:$PATH" \
  "$legeplan" build "$work/many" -o "$work/out" --format html,docx

exit $fail
