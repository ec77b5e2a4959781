#!/usr/bin/env bash
# How the workbooks print, read back with openpyxl as a reader's program does (tests/print_check.py):
# every sheet of the cost workbook and the review form of Bergen and the example plans (and
# Bergen's form from a diff), of the
# doctors' fixture's cost workbook, and of the follow-up workbooks (the nynorsk example's, and
# the grants fixture's with its net columns), keeps the
# legibility rules, and the print setup of each equals the golden dump. An 18-year period makes
# Økonomiplan wider than a page can show legibly: it must print across pages instead.
# Then every workbook printed by LibreOffice (to PDF): no page empty or holding only its repeated
# header row, page header and footer or a chart (print_check.py --pages).
# LEGEPLAN_UPDATE=1 rewrites the golden dump. Usage: check_print.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
python=${LEGEPLAN_OPENPYXL_PYTHON:-/usr/bin/python3}
source "$(dirname "$0")/check_lib.sh"

for plan in plans/bergen examples/liten-kommune examples/nynorsk; do
  "$legeplan" build "$src/$plan/plan.yaml" -o "$work/out" --format xlsx,review > /dev/null
done
cp -r "$src/examples/liten-kommune" "$work/lang-periode"
sed -i 's/period: {from: 2027, to: 2030}/period: {from: 2027, to: 2044}/' "$work/lang-periode/plan.yaml"
"$legeplan" build "$work/lang-periode/plan.yaml" -o "$work/out" --name lang-periode --format xlsx > /dev/null
"$legeplan" report "$src/examples/nynorsk/plan.yaml" --year 2027 -o "$work/out" --format xlsx > /dev/null
# LSU's form from a diff (legeplan review): the widest review form, its columns within a page.
"$legeplan" review "$src/plans/bergen/plan.yaml" "$src/plans/bergen/plan.yaml" -o "$work/out" --name bergen-review > /dev/null
"$legeplan" report "$src/tests/fixtures/follow-up-grants/plan.yaml" --year 2028 -o "$work/out" --format xlsx > /dev/null
# Issue 27's five GPs use all seven public tasks: the widest doctors' sheet there is.
mkdir -p "$work/leger"
sed '/^assertions:/,$d' "$src/tests/fixtures/doctors/plan.yaml" > "$work/leger/plan.yaml"
"$legeplan" build "$work/leger/plan.yaml" -o "$work/out" --name leger --format xlsx > /dev/null 2>&1
status=0
"$python" "$src/tests/print_check.py" "$work"/out/*.xlsx > "$work/dump.tsv" || status=$?
grep -v '^print' "$work/dump.tsv" || true
grep '^print' "$work/dump.tsv" > "$work/setup.tsv" || true
if [[ ${LEGEPLAN_UPDATE:-} == 1 ]]; then
  cp "$work/setup.tsv" "$src/tests/golden/print-setup.tsv"
  exit "$status"
fi
check "every sheet keeps the legibility rules" test "$status" -eq 0
check "the long period prints across pages" \
  grep -qP '^print\tlang-periode.xlsx\tØkonomiplan\tlandscape\tscale ' "$work/setup.tsv"

# The rules bite: a sheet set up the way Tiltak printed before breaks each of them.
"$python" - "$work/bad.xlsx" <<'PY'
import sys
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Bred"
for col in range(1, 21):
    ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 14
ws.column_dimensions["C"].width = 8
ws.print_area = "A1:T6"
ws.print_title_rows = "4:4"
ws.freeze_panes = "A2"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.page_setup.orientation = "portrait"
ws["A4"], ws["B4"] = "Nr.", "Ansvar-id"
ws["A5"], ws["B5"], ws["C5"] = 1, "Årlig gjennomgang", 18400000
ws["C5"].number_format = '#,##0 "kr"'
ws["D5"] = "Kommunale skjermingsordninger for sårbare grupper"
ws["D5"].alignment = Alignment(wrap_text=True)
wb.save(sys.argv[1])
PY
"$python" "$src/tests/print_check.py" "$work/bad.xlsx" > "$work/bad.txt" || true
cat > "$work/bad-expected.txt" <<'EOF'
print	bad.xlsx	Bred	portrait	1x0	4:4	A2	A:T	274.0
FAILED: bad.xlsx Bred: prints 274.0 characters of columns on a page width, more than 250
FAILED: bad.xlsx Bred: 274.0 characters wide but not landscape
FAILED: bad.xlsx Bred: the footer '' does not number each page of all pages
FAILED: bad.xlsx Bred: panes frozen at 'A2', not under the repeated rows 4:4
FAILED: bad.xlsx Bred: the key column 'Ansvar-id' (B) prints
FAILED: bad.xlsx Bred: A5: 1 runs into 'Årlig gjennomgang' beside it
FAILED: bad.xlsx Bred: B5: 'Årlig gjennomgang' runs past the 14.0 characters it has
FAILED: bad.xlsx Bred: C5: 18400000 runs into 'Kommunale skjermingsordninger for sårbare grupper' beside it
FAILED: bad.xlsx Bred: C5: 18 400 000 kr does not fit a column 8.0 wide
FAILED: bad.xlsx Bred: D5: a word of 19 characters in a cell 14.0 wide
FAILED: bad.xlsx Bred: D5: a row 15 points high for 4 lines
EOF
check "a sheet that prints illegibly breaks every rule it should" diff -u "$work/bad-expected.txt" "$work/bad.txt"
check "the print setup is exactly as expected" diff -u "$src/tests/golden/print-setup.tsv" "$work/setup.tsv"
check "all 56 sheets were read" test "$(wc -l < "$work/setup.tsv")" -eq 56

# What LibreOffice prints of every workbook: no page is empty or holds only what each page repeats
# (the header row, the page header and footer) and a chart, with no row of its own.
mkdir -p "$work/pdf"
timeout 300 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/pdf" "$work"/out/*.xlsx > /dev/null 2>&1 || true
pairs=()
for xlsx in "$work"/out/*.xlsx; do
  pairs+=("$xlsx" "$work/pdf/$(basename "$xlsx" .xlsx).pdf")
done
status=0
"$python" "$src/tests/print_check.py" --pages "${pairs[@]}" > "$work/pages.txt" || status=$?
cat "$work/pages.txt"
check "LibreOffice printed every workbook" test "$(grep -c '^pages' "$work/pages.txt")" -eq "$(ls "$work"/out/*.xlsx | wc -l)"
check "no printed page is empty or only a repeated header" test "$status" -eq 0
# The check bites: a stray cell far under a table prints a page holding the repeated header only.
"$python" - "$work/tom.xlsx" <<'PY'
import sys
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Tom side"
ws["A1"] = "Kontroll: et ark som skriver ut en tom side"
ws["A4"], ws["B4"] = "Nr.", "Tiltak"
for r in range(5, 9):
    ws.cell(r, 1, r - 4)
    ws.cell(r, 2, "Tiltak nummer %d" % (r - 4))
ws["A120"] = " "  # the stray cell: the print area runs down to it
ws.print_area = "A1:B120"
ws.print_title_rows = "4:4"
ws.oddHeader.right.text = "&A"
ws.oddFooter.center.text = "Side &P av &N"
wb.save(sys.argv[1])
PY
timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/pdf" "$work/tom.xlsx" > /dev/null 2>&1 || true
"$python" "$src/tests/print_check.py" --pages "$work/tom.xlsx" "$work/pdf/tom.pdf" > "$work/tom.txt" || true
check "a workbook printing a page with only its header fails the page check" \
  contains "$work/tom.txt" "FAILED: tom.pdf page 2: only the repeated header"
exit $fail
