#!/usr/bin/env bash
# The regional overview (issue 17): `legeplan overview` over the region's example plans and
# Bergen writes regionoversikt.* in every format; its HTML names every municipality with the
# measures, recurring, one-time and total that `legeplan validate` prints for that plan, and the
# region's sum row adds them up; the key figures of the standard kinds stand one column per kind,
# with the region's sums and averages. A broken plan is listed with its error, left out of the sums,
# and makes the exit code 1. The Markdown is pinned byte for byte (tests/golden/regionoversikt.md;
# LEGEPLAN_UPDATE=1 rewrites it). A path naming no plan writes nothing (its exit code 2 and
# message are the case tests/cases/overview/missing-plan).
# Usage: check_overview.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

region=(examples/region/bratteli examples/region/lundvik examples/region/nesoy examples/region/solvang)
plans=("${region[@]}" plans/bergen)

cd "$src"
set +e
"$legeplan" overview "${plans[@]}" -o "$work/out" > "$work/written.txt" 2> "$work/stderr.txt"
rc=$?
set -e
check "all plans valid: exit 0" test "$rc" -eq 0
cd "$work"
printf '%s\n' out/regionoversikt.md out/regionoversikt.docx out/regionoversikt.html out/regionoversikt.pdf \
  out/regionoversikt.xlsx | sort > expected-files.txt
sed "s|^$work/||" written.txt | sort > written-sorted.txt
check "overview writes md, docx, html, pdf and xlsx named regionoversikt" diff -u expected-files.txt written-sorted.txt

pandoc out/regionoversikt.html -t plain --wrap=none -o html.txt
tr '\n' ' ' < html.txt | sed -E 's/\xC2\xA0/ /g; s/[[:space:]]+/ /g' > html-flat.txt
# "3 measures · recurring 580 000 kr/yr · one-time 120 000 kr · total 700 000 kr" → "3 580 000 120 000 700 000"
sum_total=0
for plan in "${plans[@]}"; do
  name=$(sed -n 's/^  municipality: //p' "$src/$plan/plan.yaml")
  summary=$(cd "$src" && "$legeplan" validate "$plan/plan.yaml" | head -1)
  row=$(sed -E 's/ measures? · recurring / /; s/ kr\/yr · one-time / /; s/ kr · total / /; s/ kr$//' <<< "$summary")
  check "html: $name's row has the figures validate prints ($row)" contains html-flat.txt "$name $row"
  total=$(sed -E 's/.*total ([0-9 ]+) kr$/\1/; s/ //g' <<< "$summary")
  sum_total=$((sum_total + total))
done
sum_text=$(rev <<< "$sum_total" | sed -E 's/([0-9]{3})/\1 /g; s/ $//' | rev)
check "html: the region's sum of totals ($sum_text)" grep -qE "Sum for regionen [0-9 ]+ [0-9 ]+ [0-9 ]+ $sum_text " html-flat.txt
check "html: Bratteli's grants and net" contains html-flat.txt "Bratteli kommune 2 900 000 75 000 975 000 500 000 475 000"
check "html: the average per municipality is named" contains html-flat.txt "Gjennomsnitt pr. kommune"
check "html: the key figures of each kind, '–' where a plan has none (Bergen)" \
  contains html-flat.txt "Bratteli kommune 14 200 12 13 1 Lundvik kommune 8 400 7 8 0 Nesøy kommune 2 100 2 2 1 Solvang kommune 23 600 19 21 2 Bergen kommune – 230 (2017) – –"
check "html: the region's sums of the kinds that add up, averages over the plans that give them" \
  contains html-flat.txt "Sum for regionen 48 300 270 44 4 Gjennomsnitt pr. kommune 12 075 54 11 1 Kommuner med tallet 4 5 4 4"
check "html: a figure from another year than most carries its year" contains html-flat.txt "Nesøy kommune 50 4,5 (2025)"
check "html: a chart of the costs per municipality, its alt text naming each total" \
  grep -q 'alt="Liggende stolpediagram: Kostnader per kommune, årlige kostnader nederst og engangsutgifter oppå. Bratteli kommune: 975 000 kr; Lundvik kommune: 2 270 000 kr;' <(sed 's/\xC2\xA0/ /g' out/regionoversikt.html)
check "html: a chart of each kind across the municipalities, the average last" \
  grep -q 'alt="Liggende stolpediagram: Fastleger, per kommune, og gjennomsnittet for kommunene som har tallet. Bratteli kommune: 12 leger; Lundvik kommune: 7 leger; Nesøy kommune: 2 leger; Solvang kommune: 19 leger; Bergen kommune (2017): 230 leger; Gjennomsnitt pr. kommune: 54 leger."' <(sed 's/\xC2\xA0/ /g' out/regionoversikt.html)
check "html: seven charts, each an SVG in the page" test "$(grep -o 'src="data:image/svg+xml' out/regionoversikt.html | wc -l)" -eq 7
check "html: averages of shares and years to two decimals at most" contains html-flat.txt "Gjennomsnitt pr. kommune 29,08 8,8"
check "html: a nynorsk plan's title as written" contains html-flat.txt "Nesøy kommune Plan for legetenesta 2027–2030 Utkast 0.1, 2. oktober 2026 2027–2030"

# One broken plan: listed with its error, not counted, exit 1.
cd "$src"
set +e
"$legeplan" overview "${region[@]}" tests/fixtures/overview-broken -o "$work/broken" --format md,html \
  > /dev/null 2> "$work/broken-stderr.txt"
rc=$?
set -e
cd "$work"
check "a broken plan: exit 1" test "$rc" -eq 1
sed -E 's/\xC2\xA0/ /g' broken/regionoversikt.md > broken-md.txt  # amounts keep together with no-break spaces
check "a broken plan: its diagnostic on stderr" contains broken-stderr.txt "plan.yaml:39:18: error[E021]: unknown unit 'helsa'"
pandoc broken/regionoversikt.html -t plain --wrap=none -o broken-html.txt
check "a broken plan: listed with file:line, code and message" contains broken-html.txt \
  "tests/fixtures/overview-broken/plan.yaml:39: E021 unknown unit 'helsa'"
check "a broken plan: not among the rows" lacks broken/regionoversikt.md "| Feilvik kommune |"
check "a broken plan: the sums are the four valid plans' (975 000 + 2 270 000 + 410 000 + 700 000)" \
  contains broken-md.txt "| **Sum for regionen** | **10** | **2 700 000** | **1 655 000** | **4 355 000** |"
if [ "${LEGEPLAN_UPDATE:-}" = 1 ]; then
  cp broken/regionoversikt.md "$src/tests/golden/regionoversikt.md"
fi
check "the Markdown is the golden one (tests/golden/regionoversikt.md)" \
  diff -u "$src/tests/golden/regionoversikt.md" broken/regionoversikt.md

# Nynorsk words with --language nn.
(cd "$src" && "$legeplan" overview "${region[@]}" -o "$work/nn" --format md --language nn > /dev/null)
check "nynorsk: the title and the average row" contains nn/regionoversikt.md "| Gjennomsnitt per kommune |"

# The region's folder stands for the plans in the folders inside it, in name order.
(cd "$src" && "$legeplan" overview examples/region -o "$work/folder" --format md > /dev/null)
(cd "$src" && "$legeplan" overview "${region[@]}" -o "$work/named" --format md > /dev/null)
check "a folder of plans: the same overview as its plans named one by one" \
  diff -u named/regionoversikt.md folder/regionoversikt.md

# A path with no plan is a mistake in the command: nothing written. (Its exit code 2 and message:
# the case tests/cases/overview/missing-plan.)
(cd "$src" && "$legeplan" overview "${region[@]}" examples/region/finst-ikke -o "$work/none" --format md \
  > /dev/null 2>&1) || true
check "a missing plan: nothing written" test ! -e none
exit $fail
