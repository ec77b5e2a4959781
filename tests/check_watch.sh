#!/usr/bin/env bash
# `legeplan watch`: a small plan with an include, a text file and a picture, written into its own
# folder, rebuilt once for each save however the editor saves (in place, by renaming a new file
# over it, by deleting and creating it again), for a change to any file the plan reads; an invalid
# plan leaves the HTML byte-identical and the watch going; SIGINT ends it with 130 and leaves no
# temporary file and no child. The whole log is compared, its times aside (each good build is
# followed by the plan's summary, whose total follows the amount the include changes). Then two
# more watches: one writing into the folder it watches whole (`-o . --templates .`), built once
# for each change, never for its own outputs; one whose plan's folder is deleted and restored,
# and replaced, built again for a later change.
# Usage: check_watch.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
set -m  # the background watch gets SIGINT as at a terminal (bash otherwise ignores it there)

plan_dir="$work/vaktvik"
mkdir -p "$plan_dir/tekst" "$plan_dir/bilder"
cp "$src/tests/fixtures/picture/bilder/logo.svg" "$plan_dir/bilder/logo.svg"
plan="$plan_dir/plan.yaml"
html="$plan_dir/vaktvik-kommune-2027-2030.html"
write_plan() {  # write_plan INTRODUCTION [FILE]: the plan, written in place (truncated and rewritten)
  cat > "${2:-$plan}" <<YAML
legeplan: 1
plan:
  municipality: Vaktvik kommune
  title: Plan for legetjenesten
  period: {from: 2027, to: 2030}
  language: nb
  status: draft
  version: "0.1"
  date: 2027-01-15
include: [tiltak.yaml]
units:
  - {id: helse, name: Helse og omsorg}
chapters:
  - id: innledning
    title: Innledning
    text: $1
  - id: bakgrunn
    title: Bakgrunn
    text_file: tekst/bakgrunn.md
YAML
}
write_measures() {  # write_measures TITLE AMOUNT
  printf 'measures:\n  - id: a\n    number: 1\n    section: innledning\n    title: %s\n' "$1" > "$plan_dir/tiltak.yaml"
  printf '    responsible: helse\n    costs:\n      - {type: one_time, amount: %s, year: 2027, budget: investment}\n' "$2" \
    >> "$plan_dir/tiltak.yaml"
  printf '    text: Kommunen bygger et nytt kontor.\n' >> "$plan_dir/tiltak.yaml"
}
write_plan "Første utgave."
write_measures "Nytt legekontor" "100 000"
printf 'Bakgrunnen, første utgave.\n\n![Kommunens logo](bilder/logo.svg)\n' > "$plan_dir/tekst/bakgrunn.md"

# A Pandoc that takes its time once $work/slow exists: a build to stop while it converts.
mkdir -p "$work/bin"
printf '#!/bin/sh\n[ -e "%s/slow" ] && sleep 30\nexec %s "$@"\n' "$work" "$(command -v pandoc)" > "$work/bin/pandoc"
chmod +x "$work/bin/pandoc"
# A gnuplot that counts its runs: the charts are drawn again only when the costs change.
printf '#!/bin/sh\necho run >> "%s/gnuplot.log"\nexec %s "$@"\n' "$work" "$(command -v gnuplot)" > "$work/bin/gnuplot"
chmod +x "$work/bin/gnuplot"

# The output goes into the plan's own folder: its writes there must not start builds.
cd "$work"
mkdir -p "$work/tmp"
log="$work/err.log"  # the log of the watch running: builds, log_has and build_count read it
: > "$log"  # there before the watch opens it, for a check that comes first
TMPDIR="$work/tmp" PATH="$work/bin:$PATH" "$legeplan" watch vaktvik/plan.yaml -o vaktvik \
  > "$work/out.log" 2> "$log" &
pid=$!
# A check that ends the script early must not leave the watch running.
trap 'kill -TERM "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT

build_count() { grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2} (built|failed) ' "$log" || true; }
# Waits (60 s at most) until the log has COUNT lines that end a build.
builds() {  # builds COUNT
  for _ in $(seq 1 600); do
    [[ $(build_count) -ge $1 ]] && return 0
    kill -0 "$pid" 2> /dev/null || return 1
    sleep 0.1
  done
  return 1
}
# Waits (20 s at most) until the log has LINE after a line's time.
log_has() {  # log_has LINE
  for _ in $(seq 1 200); do
    grep -qxE "[0-9]{2}:[0-9]{2}:[0-9]{2} $1" "$log" && return 0
    kill -0 "$pid" 2> /dev/null || return 1
    sleep 0.1
  done
  return 1
}
# The watch builds no more: still COUNT builds after SECONDS (its own writes would have started
# one long before: a build takes a fraction of a second here).
stays_at() {  # stays_at COUNT SECONDS
  sleep "$2"
  [[ $(build_count) -eq $1 ]]
}
# Waits (20 s at most) until no build has ended for a second.
settled() {
  local count
  for _ in $(seq 1 20); do
    count=$(build_count)
    sleep 1
    [[ $(build_count) -eq $count ]] && return 0
  done
  return 1
}
# Waits (20 s at most) until the file has TEXT: a build has written it.
html_has() {  # html_has FILE TEXT
  for _ in $(seq 1 200); do
    grep -qF -- "$2" "$1" 2> /dev/null && return 0
    kill -0 "$pid" 2> /dev/null || return 1
    sleep 0.1
  done
  return 1
}
stop_watch() {  # ends the watch running as Ctrl-C would (10 s at most, then for good)
  kill -INT "$pid" 2> /dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}

check "the first build" builds 1
check "the HTML has the plan's text" contains "$html" "Første utgave."
# (1) In place.
write_plan "Andre utgave."
check "saved in place: rebuilt" builds 2
check "saved in place: the new text" contains "$html" "Andre utgave."
# (2) A new file renamed over the plan, as vim, VS Code and gedit save.
write_plan "Tredje utgave." "$plan_dir/.goutputstream-T3X9"
mv "$plan_dir/.goutputstream-T3X9" "$plan"
check "saved by renaming: rebuilt" builds 3
check "saved by renaming: the new text" contains "$html" "Tredje utgave."
# Deleted and written again a moment later: one build, of the new plan.
rm "$plan"
sleep 0.2
write_plan "Fjerde utgave."
check "deleted and written again: rebuilt" builds 4
check "deleted and written again: the new text" contains "$html" "Fjerde utgave."
# (3) The text file, the included file and the picture.
printf 'Bakgrunnen, andre utgave.\n\n![Kommunens logo](bilder/logo.svg)\n' > "$plan_dir/tekst/bakgrunn.md"
check "text file changed: rebuilt" builds 5
check "text file changed: the new text" contains "$html" "Bakgrunnen, andre utgave."
write_measures "Nytt og større legekontor" "150 000"
check "included file changed: rebuilt" builds 6
check "included file changed: the new title" contains "$html" "Nytt og større legekontor"
check "included file changed: the new amount" contains "$html" "150 000"  # a no-break space
sed 's/<svg /<svg data-utgave="2" /' "$src/tests/fixtures/picture/bilder/logo.svg" > "$plan_dir/bilder/logo.svg"
check "picture changed: rebuilt" builds 7
# (4) Invalid: the diagnostic, the HTML as it was.
cp "$html" "$work/good.html"
write_plan "[Femte utgave"
check "invalid plan: build ended" builds 8
check "invalid plan: the HTML is byte-identical" cmp -s "$html" "$work/good.html"
# Gone for longer than an editor's save: reported, and the watch goes on.
rm "$plan"
check "plan missing: build ended" builds 9
# (5) Fixed.
write_plan "Sjette utgave."
check "fixed: rebuilt" builds 10
check "fixed: the new text" contains "$html" "Sjette utgave."
check "still running" kill -0 "$pid"

# (6) Ctrl-C while a build converts: the converter stopped, the HTML as it was.
descendants() {  # descendants PID: its children, theirs, and so on
  for child in $(pgrep -P "$1" || true); do
    echo "$child"
    descendants "$child"
  done
}
converting() {  # converting: Pandoc (our slow one) runs under the watch; 20 s at most
  for _ in $(seq 1 200); do
    for p in $(descendants "$pid"); do
      { tr '\0' ' ' < "/proc/$p/cmdline"; } 2> /dev/null | grep -q -- "$work/bin/pandoc" && return 0
    done
    sleep 0.1
  done
  return 1
}
cp "$html" "$work/good.html"
touch "$work/slow"
write_plan "Sjuende utgave."
check "a build converts" converting
groups=$(for p in $(descendants "$pid"); do ps -o pgid= -p "$p" || true; done | sort -u | tr '\n' ' ')
kill -INT "$pid"
set +e
wait "$pid"
code=$?
set -e
check "SIGINT: exit 130" test "$code" -eq 130
# shellcheck disable=SC2086 # one argument per group
check "SIGINT: no converter left" \
  test -z "$(for g in $groups; do ps -eo pgid=,stat=,pid= | awk -v g="$g" '$1 == g && $2 !~ /^Z/'; done)"
check "SIGINT: the HTML is byte-identical" cmp -s "$html" "$work/good.html"
check "SIGINT: no process names the plan's folder" test -z "$(pgrep -f -- "$plan_dir" || true)"
check "SIGINT: no temporary files" test -z "$(find "$plan_dir" -name '*.tmp-*')"
check "SIGINT: nothing left in TMPDIR (the charts kept between builds, the converter's folder)" \
  test -z "$(ls -A "$work/tmp")"
check "SIGINT: nothing but the plan's files and the HTML" \
  test "$(cd "$plan_dir" && find . -type f | sort | tr '\n' ' ')" \
  = "./bilder/logo.svg ./plan.yaml ./tekst/bakgrunn.md ./tiltak.yaml ./vaktvik-kommune-2027-2030.html "

# The whole log, each line's time taken out.
sed -E 's/^[0-9]{2}:[0-9]{2}:[0-9]{2} /HH:MM:SS /' "$work/err.log" > "$work/err.txt"
cat > "$work/expected.txt" <<'LOG'
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 100 000 kr · total 100 000 kr
HH:MM:SS watching 4 files for changes; Ctrl-C stops
HH:MM:SS changed: vaktvik/plan.yaml
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 100 000 kr · total 100 000 kr
HH:MM:SS changed: vaktvik/plan.yaml
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 100 000 kr · total 100 000 kr
HH:MM:SS changed: vaktvik/plan.yaml
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 100 000 kr · total 100 000 kr
HH:MM:SS changed: vaktvik/tekst/bakgrunn.md
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 100 000 kr · total 100 000 kr
HH:MM:SS changed: vaktvik/tiltak.yaml
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
HH:MM:SS changed: vaktvik/bilder/logo.svg
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
HH:MM:SS changed: vaktvik/plan.yaml
vaktvik/plan.yaml:17:7: error[E004]: YAML syntax: end of sequence flow not found
      - id: bakgrunn
          ^
    hint: check the indentation and that every 'key: value' has a space after ':'
1 error, 0 warnings
HH:MM:SS failed vaktvik-kommune-2027-2030 (the plan has errors); the outputs are as they were
HH:MM:SS watching 1 file
HH:MM:SS changed: vaktvik/plan.yaml
legeplan: error[E001]: cannot read plan file 'vaktvik/plan.yaml': no such file or no access
1 error, 0 warnings
HH:MM:SS failed vaktvik-kommune-2027-2030 (the plan could not be read); the outputs are as they were
HH:MM:SS changed: vaktvik/plan.yaml
HH:MM:SS built vaktvik-kommune-2027-2030 (1 file)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
HH:MM:SS watching 4 files
HH:MM:SS changed: vaktvik/plan.yaml
legeplan: stopped by SIGINT
LOG
check "standard error, as expected" diff -u "$work/expected.txt" "$work/err.txt"
check "charts drawn twice: at the start and for the new amount" test "$(wc -l < "$work/gnuplot.log")" -eq 2
check "standard output: the HTML for each good build" \
  test "$(sort -u "$work/out.log")" = "vaktvik/vaktvik-kommune-2027-2030.html"
check "standard output: one line for each good build" test "$(wc -l < "$work/out.log")" -eq 8
rm -f "$work/slow"

# (7) The output folder is the folder watched whole, which holds the plan: the watch's own writes
# there (the finished HTML and Markdown, their temporary files) start no build; a change to the
# plan, or to a template beside the outputs, starts exactly one.
own_dir="$work/egen"
cp -r "$plan_dir" "$own_dir"
rm -f "$own_dir/vaktvik-kommune-2027-2030.html"
log="$work/own.log"
: > "$log"
(cd "$own_dir" && TMPDIR="$work/tmp" exec "$legeplan" watch plan.yaml -o . --name egen --templates . --format html,md \
  > "$work/own.out" 2> "$log") &
pid=$!
check "outputs in the folder watched: the first build" builds 1
check "outputs in the folder watched: no build of its own" stays_at 1 1
write_plan "Egen utgave." "$own_dir/plan.yaml"
check "outputs in the folder watched: the plan changed, rebuilt" builds 2
check "outputs in the folder watched: the new text" contains "$own_dir/egen.html" "Egen utgave."
check "outputs in the folder watched: one build for one change" stays_at 2 2
printf 'body { margin: 2em; }\n' > "$own_dir/plan.css"
check "outputs in the folder watched: a template beside the outputs, rebuilt" builds 3
check "outputs in the folder watched: one build for the template" stays_at 3 2
stop_watch
check "outputs in the folder watched: no temporary file left" test -z "$(find "$own_dir" -name '.*.tmp-*')"
sed -E 's/^[0-9]{2}:[0-9]{2}:[0-9]{2} /HH:MM:SS /' "$log" > "$work/own.txt"
cat > "$work/own-expected.txt" <<'LOG'
HH:MM:SS built egen (2 files)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
HH:MM:SS watching 4 files and the templates folder for changes; Ctrl-C stops
HH:MM:SS changed: plan.yaml
HH:MM:SS built egen (2 files)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
HH:MM:SS changed: plan.css
HH:MM:SS built egen (2 files)
1 measure · recurring 0 kr/yr · one-time 150 000 kr · total 150 000 kr
legeplan: stopped by SIGINT
LOG
check "outputs in the folder watched: standard error, as expected" diff -u "$work/own-expected.txt" "$work/own.txt"

# (8) The plan's folder deleted: the watch says it waits, builds nothing while it is gone, and
# when it is restored from a copy watches the new folder and builds; a later change is built.
# (How many builds a copy takes is left open: one written slowly may take two.)
cd "$work"
cp -r "$plan_dir" "$work/kopi"
rm -f "$work/kopi/vaktvik-kommune-2027-2030.html"
cp -r "$work/kopi" "$work/borte"
log="$work/gone.log"
: > "$log"
TMPDIR="$work/tmp" "$legeplan" watch borte/plan.yaml -o "$work/ut" --name borte > "$work/gone.out" 2> "$log" &
pid=$!
check "folder deleted: the first build" builds 1
rm -rf "$work/borte"
check "folder deleted: waiting for it" log_has "the folder borte is gone; waiting for it to come back"
check "folder deleted: no build while it is gone" stays_at 1 1
cp -r "$work/kopi" "$work/borte"
check "folder restored: watched again" log_has "the folder borte is back; watching it again"
check "folder restored: rebuilt" builds 2
write_plan "Etter gjenoppretting." "$work/borte/plan.yaml"
check "folder restored: a later change, built" html_has "$work/ut/borte.html" "Etter gjenoppretting."
# Moved away and a copy put in its place (a checkout, an editor replacing the folder): the watch
# must not follow the old folder to its new name.
mv "$work/borte" "$work/borte.gammel"
cp -r "$work/kopi" "$work/borte"
check "folder replaced: said so" \
  log_has "the folder borte (was replaced; watching the new one|is back; watching it again)"
write_plan "Etter bytte." "$work/borte/plan.yaml"
check "folder replaced: a change to the new one, built" html_has "$work/ut/borte.html" "Etter bytte."
settled  # a change made while a build ran is built again: let that pass first
count=$(build_count)
write_plan "I den gamle mappen." "$work/borte.gammel/plan.yaml"
check "folder replaced: a change to the old one builds nothing" stays_at "$count" 1
check "folder replaced: still running" kill -0 "$pid"
stop_watch
exit $fail
