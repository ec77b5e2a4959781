#!/usr/bin/env bash
# `legeplan build` given many plans: twelve small plans from one folder argument all built;
# two invalid plans among them reported whole while the others are still built (exit 1);
# two plans with the same output name (the same municipality and period) refused before anything
# is written (exit 2); without -o each plan's outputs beside it, in its utdata folder; the plain
# progress lines off a terminal, and the line updated in place on one; the regional overview of
# the twelve names each with its plan's cost in 2027.
# Usage: check_batch.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$(realpath "$1")
src=$(realpath "$2")
source "$(dirname "$0")/check_lib.sh"
cd "$work"

names=(Fjellvik Nordnes Sørvik Åsen Bakke Lia Dalen Haug Vik Strand Berg Holm)
# The outputs' names: the municipality and the period, as a file name.
slugs=(fjellvik nordnes sorvik asen bakke lia dalen haug vik strand berg holm)
stem() { echo "${slugs[$((10#$1 - 1))]}-kommune-2027-2030"; }
for i in "${!names[@]}"; do
  folder=$(printf 'plans/kommune-%02d' $((i + 1)))
  mkdir -p "$folder"
  sed "s/^  municipality: Fjellvik kommune$/  municipality: ${names[i]} kommune/" \
    "$src/examples/liten-kommune/plan.yaml" > "$folder/plan.yaml"
done
check "the twelve plans have their own names" grep -q "municipality: Holm kommune" plans/kommune-12/plan.yaml

# All twelve, from the folder: every output, one stdout line each, one plain line per plan.
set +e
"$legeplan" build plans -o out --format html,xlsx > all.out 2> all.err
code=$?
set -e
check "twelve plans: exit 0" test "$code" -eq 0
for i in $(seq -f '%02g' 1 12); do
  for ext in html xlsx; do
    check "twelve plans: $(stem "$i").$ext written" test -s "out/$(stem "$i").$ext"
  done
done
check "twelve plans: nothing else written" test "$(ls out | wc -l)" -eq 24
check "twelve plans: stdout names every file once" \
  diff -u <(cd out && ls | sed 's|^|out/|' | sort) <(sort all.out)
check "twelve plans: a plain line for each plan, in the plans' order, nothing else" \
  diff -u <(for i in $(seq -f '%02g' 1 12); do echo "built $(stem "$i") (2 files)"; done) all.err
check "twelve plans: each plan's own municipality" grep -q "Holm kommune" "out/$(stem 12).html"

# Without -o: each plan's outputs in the utdata folder beside it, and where they went on stderr.
cp -r plans beside
"$legeplan" build beside --format md > beside.out 2> beside.err
check "beside the plans: each plan's file in its own utdata folder" \
  diff -u <(for i in $(seq -f '%02g' 1 12); do echo "beside/kommune-$i/utdata/$(stem "$i").md"; done) beside.out
check "beside the plans: where each went, and the plain line" \
  diff -u <(for i in $(seq -f '%02g' 1 12); do
              echo "Wrote 1 file to beside/kommune-$i/utdata"; echo "built $(stem "$i") (1 file)"; done) beside.err
check "beside the plans: no folder of outputs elsewhere" test ! -e beside/utdata
"$legeplan" build beside/kommune-01/plan.yaml --format md --name eget > beside-one.out 2> beside-one.err
check "beside one plan, named: the file" test "$(cat beside-one.out)" = "beside/kommune-01/utdata/eget.md"
check "beside one plan, named: where it went" test "$(cat beside-one.err)" = "Wrote 1 file to beside/kommune-01/utdata"
check "beside the plan: validate does not read the outputs" \
  test "$("$legeplan" validate beside/kommune-01 2>&1 | head -1)" = "$("$legeplan" validate plans/kommune-01 2>&1 | head -1)"

# The regional overview of the same twelve, for the year their 2027–2030 periods start: a
# workbook and a page naming every municipality once with its plan's cost in 2027 (the figure
# `legeplan costs` gives for the year), and the region's total their sum.
"$legeplan" overview plans -o overview --format html,xlsx > overview.out
check "overview of twelve: the page and the workbook" \
  diff -u <(printf '%s\n' overview/regionoversikt.html overview/regionoversikt.xlsx) <(sort overview.out)
pandoc overview/regionoversikt.html -t plain --wrap=none | tr '\n' ' ' | sed -E 's/\xC2\xA0/ /g; s/[[:space:]]+/ /g' \
  > overview.txt
check "overview of twelve: for 2027" grep -qF "For 2027" overview.txt
sum=0
for i in $(seq -f '%02g' 1 12); do
  name=$(sed -n 's/^  municipality: //p' "plans/kommune-$i/plan.yaml")
  total=$(year_total "$legeplan" "plans/kommune-$i/plan.yaml" 2027)
  check "overview of twelve: $name once, with its plan's cost in 2027 ($(grouped "$total"))" \
    test "$(grep -oE "$name [0-9]+ [0-9 –]+ $(grouped "$total") " overview.txt | wc -l)" -eq 1
  sum=$((sum + total))
done
check "overview of twelve: the region's total is the plans' sum ($(grouped "$sum"))" \
  grep -qE "Sum for regionen [0-9 ]+ [0-9 –]+ [0-9 –]+ $(grouped "$sum") " overview.txt

# Two invalid plans among them: their diagnostics whole, each before its "failed" line.
cp -r plans bad
sed -i 's/^  language: nb$/  language: se/' bad/kommune-04/plan.yaml bad/kommune-09/plan.yaml
set +e
"$legeplan" build bad/kommune-*/plan.yaml -o out-bad --format html > bad.out 2> bad.err
code=$?
"$legeplan" validate bad/kommune-04/plan.yaml > /dev/null 2> validate-04.err
"$legeplan" validate bad/kommune-09/plan.yaml > /dev/null 2> validate-09.err
set -e
check "two invalid plans: exit 1" test "$code" -eq 1
check "two invalid plans: the others built" test "$(ls out-bad | wc -l)" -eq 10
check "two invalid plans: nothing of theirs written" test ! -e "out-bad/$(stem 04).html" -a ! -e "out-bad/$(stem 09).html"
check "two invalid plans: stdout names the ten files" test "$(wc -l < bad.out)" -eq 10
for i in 04 09; do
  block=$(cat "validate-$i.err"; echo "failed kommune-$i (the plan has errors)")
  check "two invalid plans: kommune-$i's diagnostics whole, then its failure" \
    grep -qzF -- "$block" bad.err
done
check "two invalid plans: the diagnostics name the plan's file" \
  grep -qx "bad/kommune-04/plan.yaml:39:13: error\[E013\]: language 'se' is not a known value" bad.err
check "two invalid plans: built lines for the others" \
  test "$(grep -c '^built [a-z]*-kommune-2027-2030 (1 file)$' bad.err)" -eq 10
for i in $(seq -f '%02g' 1 12); do
  case $i in
    04|09) cat "validate-$i.err"; echo "failed kommune-$i (the plan has errors)" ;;
    *) echo "built $(stem "$i") (1 file)" ;;
  esac
done > bad-expected.err
check "two invalid plans: the whole log in the plans' order, the same however the builds interleave" \
  diff -u bad-expected.err bad.err

# The same output name twice (one municipality and period): refused before anything is written.
mkdir -p other/kommune-03
cp plans/kommune-03/plan.yaml other/kommune-03/
set +e
"$legeplan" build plans/kommune-01/plan.yaml plans/kommune-03/plan.yaml other/kommune-03/plan.yaml \
  -o out-dup --format html > dup.out 2> dup.err
code=$?
set -e
check "same output name: exit 2" test "$code" -eq 2
check "same output name: the message, exactly" test "$(cat dup.err)" = \
  "legeplan: error: plans/kommune-03/plan.yaml and other/kommune-03/plan.yaml would both write out-dup/sorvik-kommune-2027-2030.html; build them into different folders, or one at a time with its own --name"
check "same output name: nothing written" test ! -e out-dup -a ! -s dup.out
# One --name for two plans into one folder: refused the same way; beside their plans, each its own.
set +e
"$legeplan" build plans/kommune-01/plan.yaml plans/kommune-02/plan.yaml -o out-lsu --name felles --format xlsx \
  > lsu.out 2> lsu.err
code=$?
set -e
check "one --name for two plans: exit 2" test "$code" -eq 2
check "one --name for two plans: the message, exactly" test "$(cat lsu.err)" = \
  "legeplan: error: plans/kommune-01/plan.yaml and plans/kommune-02/plan.yaml would both write out-lsu/felles.xlsx; build them into different folders, or one at a time with its own --name"
check "one --name for two plans: nothing written" test ! -e out-lsu -a ! -s lsu.out
# A plan that does not exist: nothing written (its exit code 2 and message: the case
# tests/cases/build/batch-missing-plan).
"$legeplan" build plans/kommune-01/plan.yaml missing/plan.yaml -o out-missing > /dev/null 2>&1 || true
check "a plan that does not exist: nothing written" test ! -e out-missing

# One plan file: as always, no progress line.
"$legeplan" build plans/kommune-01/plan.yaml -o out-one --format html > one.out 2> one.err
check "one plan: nothing on stderr" test ! -s one.err
check "one plan: its file on stdout" test "$(cat one.out)" = "out-one/$(stem 01).html"

# On a terminal (script gives it one): one line updated in place, then cleared; no plain lines.
script -qec "'$legeplan' build plans -o out-tty --format html > tty.out" tty.log > /dev/null
check "terminal: the progress line" grep -qE $'\\[[0-9]+/12\\] [a-z]+-kommune-2027-2030 …' tty.log
check "terminal: the line is cleared in place" grep -qF $'\r\e[K' tty.log
check "terminal: no plain lines" lacks tty.log "built "
check "terminal: every file written" test "$(wc -l < tty.out)" -eq 12
# One plan on a terminal: a line as each step starts and as it ends, with the time it took.
script -qec "'$legeplan' build plans/kommune-01/plan.yaml -o out-tty1 --format html,pdf > tty1.out" tty1.log > /dev/null
check "terminal, one plan: the charts" grep -qE $'^Drew the charts with gnuplot \\([0-9]+\\.[0-9] s\\)\r?$' tty1.log
check "terminal, one plan: the PDF as it starts" grep -qF "Converting to PDF with LibreOffice …" tty1.log
check "terminal, one plan: the PDF as it ends, with its time" \
  grep -qE $'^Converted to PDF with LibreOffice \\([0-9]+\\.[0-9] s\\)\r?$' tty1.log
check "terminal, one plan: the HTML by Pandoc" grep -qE $'^Converted to HTML with Pandoc \\([0-9]+\\.[0-9] s\\)\r?$' tty1.log
check "terminal, one plan: the files on stdout" test "$(wc -l < tty1.out)" -eq 2

exit $fail
