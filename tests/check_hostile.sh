#!/usr/bin/env bash
# Hostile inputs too large to commit, and builds that fail in the middle: each must end with the
# right exit code and a diagnostic naming the problem, leave earlier outputs byte-identical and
# leave no temporary files. Usage: check_hostile.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
header=$(head -n 9 "$src/tests/cases/validate/valid-minimal.yaml")

# A 50 MB file is refused by its size before it is read.
{ echo "$header"; echo "chapters:"; echo "  - id: a"; echo "    title: A"; echo "    text: |"
  head -c 52428800 /dev/zero | tr '\0' 'x' | fold -w 100 | sed 's/^/      /'; } > "$work/big.yaml"
run big "$legeplan" validate "$work/big.yaml"
check "50 MB file: exit 2 (a plan file that cannot be read)" test "$(cat "$work/big.code")" -eq 2
check "50 MB file: names the limit" grep -qF "error[E002]: plan file '$work/big.yaml' is larger than the limit of 8 388 608 bytes" "$work/big.out"

# A line of two million characters: the text limit, and the quoted line is cut to one screen line.
{ echo "$header"; echo "chapters:"; echo "  - id: a"; printf '    title: '; head -c 2000000 /dev/zero | tr '\0' 'y'; echo; } > "$work/long.yaml"
run long "$legeplan" validate "$work/long.yaml"
check "long line: exit 1" test "$(cat "$work/long.code")" -eq 1
check "long line: names the limit" grep -qF "error[E032]: text of 2 000 000 characters is longer than the limit of 1 000 000" "$work/long.out"
check "long line: the quote is cut" test "$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$work/long.out")" -lt 200

# Amounts that each fit but together overflow 64 bits.
{ echo "$header"; echo "chapters:"; echo "  - {id: a, title: A}"; echo "measures:"
  for i in $(seq 1 100); do
    printf '  - {id: m%d, number: %d, section: a, title: T, text: x, costs: [' "$i" "$i"
    for j in $(seq 1 100); do printf '{type: yearly, amount: 1 000 000 000 000 000},'; done
    echo ']}'
  done; } > "$work/sum.yaml"
run sum "$legeplan" validate "$work/sum.yaml"
check "overflowing sum: exit 1" test "$(cat "$work/sum.code")" -eq 1
check "overflowing sum: named" grep -qF "error[E029]: the plan's costs add up to more than 9 007 199 254 740 992 kr, the largest sum a spreadsheet holds exactly" "$work/sum.out"

# A build that fails in the middle leaves the previous outputs as they were and no temporary
# files: the disk fills up (a file size limit) while Pandoc writes the HTML.
plan="$src/plans/bergen/plan.yaml"
"$legeplan" build "$plan" -o "$work/out" --format md,html,docx,xlsx > /dev/null
cp -r "$work/out" "$work/before"
set +e
(trap '' XFSZ; ulimit -f 90; "$legeplan" build "$plan" -o "$work/out" --format md,html,docx,xlsx) > /dev/null 2> "$work/full.out"
code=$?
set -e
check "disk full: exit 3" test "$code" -eq 3
check "disk full: says which output failed" grep -qF "legeplan: error: html failed:" "$work/full.out"
check "disk full: earlier outputs are byte-identical" diff -r "$work/before" "$work/out"
check "disk full: no temporary files" test -z "$(find "$work/out" -name '.*tmp*')"

# The output folder cannot be created (a file stands in its way).
touch "$work/afile"
run blocked "$legeplan" build "$plan" -o "$work/afile/out" --format md
check "output folder impossible: exit 3" test "$(cat "$work/blocked.code")" -eq 3
check "output folder impossible: named" grep -qF "legeplan: error: cannot create the output folder $work/afile/out" "$work/blocked.out"
# A FIFO as the plan or as a text file is refused at once, never waited on.
mkfifo "$work/fifo.yaml" "$work/fifo.md"
run fifo timeout 10 "$legeplan" validate "$work/fifo.yaml"
check "fifo plan: exit 2 (a plan file that cannot be read), not a hang" test "$(cat "$work/fifo.code")" -eq 2
check "fifo plan: named" grep -qF "error[E001]: cannot read plan file '$work/fifo.yaml': it is not a regular file (a pipe, socket or device)" "$work/fifo.out"
{ echo "$header"; echo "chapters:"; echo "  - id: a"; echo "    title: A"; echo "    text_file: fifo.md"; } > "$work/fifo-text.yaml"
run fifo-text timeout 10 "$legeplan" validate "$work/fifo-text.yaml"
check "fifo text file: exit 1, not a hang" test "$(cat "$work/fifo-text.code")" -eq 1
check "fifo text file: named" grep -qF "error[E001]: cannot read text file '$work/fifo.md': it is not a regular file" "$work/fifo-text.out"

# A measure text longer than a workbook cell holds (32 767 characters) builds: the workbook and
# the review form shorten it with a visible note; the documents hold it whole.
{ echo "$header"; echo "units:"; echo "  - {id: helse, name: Helse}"; echo "chapters:"; echo "  - {id: a, title: A}"
  echo "measures:"; echo "  - id: m"; echo "    number: 1"; echo "    section: a"; echo "    title: Lang tekst"
  echo "    responsible: helse"; echo "    text: |"
  for i in $(seq 1 4000); do echo "      ord$i ord ord ord ord ord ord ord."; done; } > "$work/longtext.yaml"
run longtext "$legeplan" build "$work/longtext.yaml" -o "$work/longtext" --name longtext --format xlsx,review,md
check "long measure text: builds" test "$(cat "$work/longtext.code")" -eq 0
check "long measure text: the md holds it whole" grep -qF "ord4000 ord ord" "$work/longtext/longtext.md"
unzip -p "$work/longtext/longtext-lsu.xlsx" xl/sharedStrings.xml > "$work/longtext-lsu.xml"
check "long measure text: the review form says it is shortened" grep -qF "[forkortet her; hele teksten står i planen]" "$work/longtext-lsu.xml"
check "long measure text: the review form lacks the end" lacks "$work/longtext-lsu.xml" "ord4000"

# A FIFO as a label file (a municipality's --templates folder) is refused at once and reported as
# the label file it is, not as a plan file.
mkdir -p "$work/fifo-templates/labels"
mkfifo "$work/fifo-templates/labels/nb.yaml"
run fifo-labels timeout 10 "$legeplan" build "$src/tests/cases/validate/valid-minimal.yaml" -o "$work/fifo-labels-out" --format md --templates "$work/fifo-templates"
check "fifo label file: exit 3 (a template or label failed), not a hang" test "$(cat "$work/fifo-labels.code")" -eq 3
check "fifo label file: named as the label file" contains "$work/fifo-labels.out" "legeplan: error[E001]: cannot read label file '$work/fifo-templates/labels/nb.yaml': it is not a regular file (a pipe, socket or device)"
check "fifo label file: not called a plan file" lacks "$work/fifo-labels.out" "plan file"

# An empty output folder (-o "", a script's unset variable) is bad usage for every command that
# writes, not a failure to write and never the current folder.
minimal="$src/tests/cases/validate/valid-minimal.yaml"
empty_output="legeplan: error: --output: the folder name is empty; give the folder to write into, e.g. -o out"
for command in build watch diff report overview; do
  case $command in
    diff) args=(diff "$minimal" "$minimal") ;;
    report) args=(report "$minimal" --year 2027) ;;
    *) args=("$command" "$minimal") ;;
  esac
  run "empty-output-$command" timeout 10 "$legeplan" "${args[@]}" -o ""
  check "$command -o '': exit 2 (bad usage)" test "$(cat "$work/empty-output-$command.code")" -eq 2
  check "$command -o '': says the folder name is empty" contains "$work/empty-output-$command.out" "$empty_output"
done
# (build --output= is the case tests/cases/build/output-empty; a case cannot pass -o "", as
# CMake drops an empty argument.)

# File and folder names reach the terminal escaped: a plan in a folder whose name holds escape
# sequences (a window title, clear screen) and a line break. Every message that names it shows
# the name escaped, with no raw ESC and no line of its own for what follows the line break.
name=$'ond\e]0;tittel\a\e[2J\nlinje'
shown='ond\x1B]0;tittel\x07\x1B[2J\x0Alinje'
evil="$work/$name"
mkdir -p "$evil/tom"
cp "$minimal" "$evil/plan.yaml"
cp "$src/tests/cases/validate/negative-amount.yaml" "$evil/feil.yaml"
escaped() {  # escaped NAME: the run's output shows the folder escaped, and nothing of it raw
  contains "$work/$1.out" "$shown" && lacks "$work/$1.out" $'\e' && ! grep -q '^linje' "$work/$1.out"
}
run name-diagnostic "$legeplan" validate "$evil/feil.yaml"
check "hostile folder name: a diagnostic's header" escaped name-diagnostic
run name-missing "$legeplan" validate "$evil/finnes-ikke.yaml"
check "hostile folder name: a plan file that cannot be read" escaped name-missing
run name-diff "$legeplan" diff "$evil/feil.yaml" "$evil/plan.yaml"
check "hostile folder name: diff's diagnostics" escaped name-diff
run name-no-plans "$legeplan" build "$evil/tom" -o "$work/name-out"
check "hostile folder name: a folder without plans" escaped name-no-plans
run name-no-such "$legeplan" build "$evil/finnes-ikke.yaml" "$minimal" -o "$work/name-out"
check "hostile folder name: no such plan" escaped name-no-such
run name-report "$legeplan" report "$evil/plan.yaml" --year 2027 -o "$work/name-out"
check "hostile folder name: no follow-up report" escaped name-report
run name-option "$legeplan" build "$minimal" -o "$work/name-out" --css "$evil/finnes-ikke.css"
check "hostile folder name: an option's value (CLI11's message)" escaped name-option
run name-init "$legeplan" init "$work/init/$name" --language nb --municipality Testvik
check "hostile folder name: init's 'wrote' line" escaped name-init
check "hostile folder name: init's commands quote it to be copied" contains "$work/name-init.out" \
  "legeplan validate \$'$work/init/$shown/plan.yaml'"
# Without -o a batch writes each plan's files beside it and says where: the folder named is the
# hostile one. (The written files' lines on standard output come from the publisher, and the
# count of files is taken from them; only the folder on standard error is checked here.)
set +e
"$legeplan" build "$evil" "$evil/feil.yaml" --format md > /dev/null 2> "$work/name-batch.out"
set -e
check "hostile folder name: a batch's 'Wrote' line" contains "$work/name-batch.out" "Wrote 1 file to $work/$shown/utdata"
check "hostile folder name: a batch's lines hold no raw ESC" lacks "$work/name-batch.out" $'\e'
check "hostile folder name: a batch's lines hold no raw line break" bash -c '! grep -q "^linje" "$1"' _ "$work/name-batch.out"
set +e
timeout -s INT 5 "$legeplan" watch "$evil/plan.yaml" --format md > /dev/null 2> "$work/name-watch.out"
set -e
check "hostile folder name: watch's 'Wrote' line" contains "$work/name-watch.out" "Wrote 1 file to $work/$shown/utdata"
check "hostile folder name: watch's lines hold no raw ESC" lacks "$work/name-watch.out" $'\e'

exit $fail
