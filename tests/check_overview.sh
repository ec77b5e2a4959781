#!/usr/bin/env bash
# The regional overview (issues 17 and 30): `legeplan overview examples/region/region.yaml`
# (the four example plans and Bergen's) writes regionoversikt.* in every format for the region file's year, 2027. Each
# municipality's costs are its plan's for 2027, the figure `legeplan costs` prints in its 2027
# column; Bergen's 2017–2020 plan is named on the cover and in its own section and left out of
# the sums; the key figures carry their year in print and the region's share of GPs aged 60+ is
# computed from the counts. A broken plan is listed with its error, left out of the sums, and makes
# the exit code 1. The Markdown is pinned byte for byte (tests/golden/regionoversikt.md;
# LEGEPLAN_UPDATE=1 rewrites it). A path naming no plan writes nothing (its exit code 2 and
# message are the case tests/cases/overview/missing-plan; the region file's errors are the cases
# tests/cases/overview/region-*).
# Usage: check_overview.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

region=(examples/region/bratteli examples/region/lundvik examples/region/nesoy examples/region/solvang)

cd "$src"
set +e
"$legeplan" overview examples/region/region.yaml -o "$work/out" > "$work/written.txt" 2> "$work/stderr.txt"
rc=$?
set -e
check "all plans valid: exit 0" test "$rc" -eq 0
check "nothing on stderr" test ! -s "$work/stderr.txt"
cd "$work"
printf '%s\n' out/regionoversikt.md out/regionoversikt.docx out/regionoversikt.html out/regionoversikt.pdf \
  out/regionoversikt.xlsx | sort > expected-files.txt
sed "s|^$work/||" written.txt | sort > written-sorted.txt
check "overview writes md, docx, html, pdf and xlsx named regionoversikt" diff -u expected-files.txt written-sorted.txt

pandoc out/regionoversikt.html -t plain --wrap=none -o html.txt
tr '\n' ' ' < html.txt | sed -E 's/\xC2\xA0/ /g; s/[[:space:]]+/ /g' > html-flat.txt
# Each plan's total for 2027 is the Total row's figure under 2027 in `legeplan costs`.
sum_total=0
for plan in "${region[@]}"; do
  name=$(sed -n 's/^  municipality: //p' "$src/$plan/plan.yaml")
  total=$(cd "$src" && year_total "$legeplan" "$plan/plan.yaml" 2027)
  total_text=$(grouped "$total")
  check "html: $name's total for 2027 is its plan's ($total_text)" grep -qE "$name [0-9]+ [0-9 –]+ $total_text " html-flat.txt
  sum_total=$((sum_total + total))
done
check "the four plans' totals for 2027 add up to 3 530 000" test "$sum_total" -eq 3530000
check "html: the region's sum for 2027, Bergen's plan not in it" \
  contains html-flat.txt "Sum for regionen 10 1 950 000 1 580 000 3 530 000 500 000 3 030 000"
check "html: the cover names the region, the year and the date" \
  contains html-flat.txt "Regionoversikt – planer for legetjenesten 2027 For 2027 Fjordlegene interkommunale samarbeid Dato: 1. desember 2026"
check "html: the cover names the plans in and Bergen's, left out with why" \
  contains html-flat.txt "Planer som er med: Bratteli kommune, Lundvik kommune, Nesøy kommune og Solvang kommune Ikke med: Bergen kommune (planperioden 2017–2020 dekker ikke 2027)"
check "html: Bergen's plan in a section of its own" \
  contains html-flat.txt "Planer som ikke gjelder 2027 Planperioden til disse planene dekker ikke 2027."
check "html: the costs say Bergen is not in the sums" \
  contains html-flat.txt "Ikke med i summene: Bergen kommune (planperioden 2017–2020 dekker ikke 2027)."
check "html: the region's share of GPs aged 60+ from the counts: 11 / 40 = 27,5 %" \
  contains html-flat.txt "Regionen 4 27,5 10,6"
check "html: a figure from another year carries it, an old one is flagged" \
  contains html-flat.txt "Lundvik kommune 0 (2023, eldre tall) 14,3 8,1 Nesøy kommune 1 50 4,5 (2025)"
check "html: the year most figures hold for is said" contains html-flat.txt "Tallene gjelder 2026 der ikke et annet år står i parentes."
check "html: no figure with two decimals" lacks html-flat.txt ",08"
check "html: the title from the region file" contains out/regionoversikt.html "<title>Regionoversikt – planer for legetjenesten 2027</title>"
if [ "${LEGEPLAN_UPDATE:-}" = 1 ]; then
  cp out/regionoversikt.md "$src/tests/golden/regionoversikt.md"
fi
check "the Markdown is the golden one (tests/golden/regionoversikt.md)" \
  diff -u "$src/tests/golden/regionoversikt.md" out/regionoversikt.md

# The PDF's first page: the title, the region and the plans left out.
pdftotext -l 1 out/regionoversikt.pdf page1.txt
sed -E 's/[[:space:]]+/ /g' page1.txt | tr '\n' ' ' > page1-flat.txt
check "pdf: the first page names the region" contains page1-flat.txt "Fjordlegene interkommunale samarbeid"
check "pdf: the first page names Bergen's plan as left out" contains page1-flat.txt "Bergen kommune (planperioden 2017–2020 dekker ikke 2027)"

# The command-line form: --name and --year, the plans named one by one.
cd "$src"
"$legeplan" overview "${region[@]}" --name "Fjordlegene" --year 2028 -o "$work/cli" --format md,html > /dev/null
cd "$work"
check "--name and --year: the cover's year" contains cli/regionoversikt.html '<p class="subtitle">For 2028</p>'
check "--name and --year: the cover's region" contains cli/regionoversikt.html '<p class="author">Fjordlegene</p>'
check "--year 2028: Lundvik's 2026–2029 plan counts, its 2028 total" contains cli/regionoversikt.md "| Lundvik kommune | 3 | 870"
# Without --year, the year most of the periods cover, the earliest of them: 2027.
(cd "$src" && "$legeplan" overview "${region[@]}" -o "$work/default" --format md,html > /dev/null)
check "without a year: 2027" contains default/regionoversikt.html '<p class="subtitle">For 2027</p>'

# One broken plan: listed with its error, not counted, exit 1.
cd "$src"
set +e
"$legeplan" overview "${region[@]}" tests/fixtures/overview-broken --year 2027 -o "$work/broken" --format md,html \
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
check "a broken plan: named on the cover" contains broken-md.txt "tests\\/fixtures\\/overview\\-broken\\/plan\\.yaml (planen har feil)"
check "a broken plan: not among the rows" lacks broken/regionoversikt.md "| Feilvik kommune |"
check "a broken plan: the sums are the four valid plans' for 2027" \
  contains broken-md.txt "| **Sum for regionen** | **10** | **1 950 000** | **1 580 000** | **3 530 000** |"

# Nynorsk words with --language nn.
(cd "$src" && "$legeplan" overview examples/region/region.yaml -o "$work/nn" --format md --language nn > /dev/null)
check "nynorsk: the average row" contains nn/regionoversikt.md "| Gjennomsnitt per kommune |"
check "nynorsk: how the share is computed" contains nn/regionoversikt.md "delen for regionen"

# The region's folder stands for the plans in the folders inside it, in name order.
(cd "$src" && "$legeplan" overview examples/region --year 2027 -o "$work/folder" --format md > /dev/null)
(cd "$src" && "$legeplan" overview "${region[@]}" --year 2027 -o "$work/named" --format md > /dev/null)
check "a folder of plans: the same overview as its plans named one by one" \
  diff -u named/regionoversikt.md folder/regionoversikt.md

# A region file may name a plan outside its folder, also through a link; the plan itself is
# still held to its own folder.
mkdir -p linked
ln -s "$src/plans/bergen" linked/bergen
printf 'region: R\nyear: 2019\nplans: [bergen, %s]\n' "$(realpath --relative-to="$work/linked" "$src/examples/region/nesoy")" \
  > linked/region.yaml
"$legeplan" overview linked/region.yaml -o "$work/linked-out" --format md > /dev/null 2> linked.err
check "plans outside the region file's folder: counted" contains linked-out/regionoversikt.md "| Bergen kommune |"
check "plans outside the region file's folder: nothing on stderr" test ! -s linked.err

# A path with no plan is a mistake in the command: nothing written. (Its exit code 2 and message:
# the case tests/cases/overview/missing-plan.)
(cd "$src" && "$legeplan" overview "${region[@]}" examples/region/finst-ikke -o "$work/none" --format md \
  > /dev/null 2>&1) || true
check "a missing plan: nothing written" test ! -e none
exit $fail
