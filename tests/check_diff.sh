#!/usr/bin/env bash
# LSU review: commits Bergen's plan to a fresh git repository, commits a changed version (a
# measure added, one removed, two renumbered, a cost changed, a text and a section edited, a
# comma added, a status and a priority changed, a new version and date), and checks `legeplan
# diff` between the two git revisions against the golden summary and report (LEGEPLAN_UPDATE=1
# rewrites them). The report's DOCX and PDF look as the plan's do: its styles, amounts whole in
# their cells, no caption that repeats a heading, and the PDF tagged as the plan's is.
# Usage: check_diff.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

mkdir -p "$work/repo"
cp -r "$src/plans/bergen" "$work/repo/bergen"
cd "$work/repo"
git init -q
git -c user.name=test -c user.email=test@example.invalid add -A
git -c user.name=test -c user.email=test@example.invalid commit -qm "versjon 1.0"

PYTHONPATH="$src/tests" python3 - <<'EDIT'
from bergen_draft import edit, portal_for_last_measure, version_with_portal
t = "bergen/tiltak.yaml"
edit(t, "      - {type: yearly, amount: 200 000}", "      - {type: yearly, amount: 250 000}")
edit(t, "gjør det enklere for nye fastleger", "gjør det lettere for alle nye fastleger")
edit(t, "som forskningskoordinator for å", "som forskningskoordinator, for å")
edit(t, "      - {type: yearly, amount: 400 000}\n    funding: new_money\n    status: proposed",
     "      - {type: yearly, amount: 400 000}\n    funding: new_money\n    priority: high\n    status: planned")
edit(t, "  - id: retningslinjearbeid\n    number: 8", "  - id: retningslinjearbeid\n    number: 9")
edit(t, "  - id: praksisutplassering-studenter\n    number: 9", "  - id: praksisutplassering-studenter\n    number: 8")
portal_for_last_measure(t, "1 650 000")
p = "bergen/plan.yaml"
version_with_portal(p, "20 100 000", "18 800 000")
edit(p, "date: 2017-06-01", "date: 2017-09-01")
edit("bergen/tekst/02-2-kompetanse.md", "Bergen vil ha én til tre leger i prosjektet.",
     "Bergen vil ha to til fire leger i prosjektet.")
EDIT
git -c user.name=test -c user.email=test@example.invalid commit -qam "versjon 1.1"

"$legeplan" diff HEAD~1:bergen/plan.yaml HEAD:bergen/plan.yaml -o out > "$work/summary.txt"
if [[ ${LEGEPLAN_UPDATE:-} == 1 ]]; then
  cp "$work/summary.txt" "$src/tests/golden/bergen-diff.txt"
  cp "$work/repo/out/bergen-kommune-2017-2020-diff.md" "$src/tests/golden/bergen-diff.md"
  exit 0
fi
check "terminal summary is exact" diff -u "$src/tests/golden/bergen-diff.txt" "$work/summary.txt"
check "report is exact" diff -u "$src/tests/golden/bergen-diff.md" "$work/repo/out/bergen-kommune-2017-2020-diff.md"
pandoc -f docx -t plain --wrap=none "$work/repo/out/bergen-kommune-2017-2020-diff.docx" | sed 's/\xc2\xa0/ /g' > "$work/docx.txt"
check "docx report shows the new measure" grep -qF "Tiltak 37: Felles pasientportal" "$work/docx.txt"
check "docx report shows the total before and after" grep -qF "18 400 000 kr" "$work/docx.txt"
check "docx report shows the edited section" grep -qF "2.2 Kompetanse" "$work/docx.txt"
check "html report marks deleted words" grep -qF "<del>én</del>" "$work/repo/out/bergen-kommune-2017-2020-diff.html"
check "html report marks inserted words" grep -qF '<u>to</u>' "$work/repo/out/bergen-kommune-2017-2020-diff.html"
check "a comma added is the comma inserted, against the word before it" \
  grep -qF 'forskningskoordinator<u>,</u> for' "$work/repo/out/bergen-kommune-2017-2020-diff.html"
check "the version line says what it changed from" grep -qF 'Versjon 1.0 → 1.1' "$work/repo/out/bergen-kommune-2017-2020-diff.html"

# The look: the plan's reference document, headings and boxes (tests/check_docx.sh checks the plan's).
out=$work/repo/out
unzip -p "$out/bergen-kommune-2017-2020-diff.docx" word/styles.xml > "$work/styles.xml"
check "the diff's DOCX has the plan's styles (the measure box)" contains "$work/styles.xml" 'w:styleId="Tiltak"'
check "the diff's DOCX has the plan's font" contains "$work/styles.xml" '<w:rFonts w:ascii="Calibri"'
check "the measures added and removed stand in the plan's measure box" \
  test "$(unzip -p "$out/bergen-kommune-2017-2020-diff.docx" word/document.xml | grep -o '<w:pStyle w:val="Tiltak"/>' | wc -l)" -eq 6
check "the diff's DOCX has no contents (a report read from start to end)" \
  bash -c "! unzip -p '$out/bergen-kommune-2017-2020-diff.docx' word/document.xml | grep -q 'TOC'"
check "Word's accessibility rules hold for the diff's DOCX" /usr/bin/python3 "$src/tests/docx_a11y.py" "$out/bergen-kommune-2017-2020-diff.docx" nb
# No table's caption says what the heading above it says.
/usr/bin/python3 - "$out/bergen-kommune-2017-2020-diff.md" > "$work/captions.txt" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
headings = {re.sub(r"\s*\{[^}]*\}$", "", l.lstrip("#").strip()) for l in lines if l.startswith("#")}
for l in lines:
    if l.startswith("Table: ") and l[len("Table: "):] in headings:
        print(l)
PY
check "no table's caption repeats a heading" test ! -s "$work/captions.txt"
check "the units' table keeps its caption" grep -qxF 'Table: Sum per ansvarlig enhet' "$out/bergen-kommune-2017-2020-diff.md"
# Amounts whole in their cells: each row on one line, however the columns are spaced.
pdftotext -layout "$out/bergen-kommune-2017-2020-diff.pdf" - | sed 's/\xc2\xa0/ /g' | tr -s ' ' > "$work/pdf.txt"
for row in "Årlige kostnader (pr. år) 17 100 000 kr 18 800 000 kr +1 700 000 kr" \
           "Byrådsavdeling for helse og omsorg 200 000 kr 1 900 000 kr +1 700 000 kr"; do
  check "the PDF's row '$row' is whole on one line" contains "$work/pdf.txt" "$row"
done
check "the PDF is drawn in the plan's font" bash -c "pdffonts '$out/bergen-kommune-2017-2020-diff.pdf' | grep -q Carlito"
/usr/bin/python3 "$src/tests/check_pdf_ua.py" "$out/bergen-kommune-2017-2020-diff.pdf" "$out/bergen-kommune-2017-2020-diff.md" --lang nb-NO || fail=1

# The blocks are the plan's own: a municipality's measure template shows in the diff too, and a
# broken one stops the diff as it stops the build (E040), with nothing written.
mkdir -p "$work/look"
sed 's/^\*\*{{label.measure}}/Eget oppsett: &/' "$src/templates/measure.md.mustache" > "$work/look/measure.md.mustache"
"$legeplan" diff HEAD~1:bergen/plan.yaml HEAD:bergen/plan.yaml -o own --format md --templates "$work/look" > /dev/null
check "the municipality's measure template shows the measure added" \
  contains own/bergen-kommune-2017-2020-diff.md "Eget oppsett: **Tiltak 37: Felles pasientportal**"
printf '{{#details}}\n' > "$work/look/measure.md.mustache"
set +e
"$legeplan" diff HEAD~1:bergen/plan.yaml HEAD:bergen/plan.yaml -o broken --format md --templates "$work/look" > /dev/null 2> "$work/broken.txt"
code=$?
set -e
check "a broken measure template stops the diff (exit 3)" test "$code" -eq 3
check "and says where" contains "$work/broken.txt" "measure.md.mustache:1:1: error[E040]"
check "and nothing is written" test ! -e broken/bergen-kommune-2017-2020-diff.md

# The working copy against the last commit: nothing changed.
"$legeplan" diff HEAD:bergen/plan.yaml bergen/plan.yaml > "$work/same.txt"
check "no differences are reported as none" grep -qF "Ingen endringer." "$work/same.txt"

# An unknown revision is an error naming it.
set +e
"$legeplan" diff HEAD~5:bergen/plan.yaml bergen/plan.yaml > /dev/null 2> "$work/bad.txt"
code=$?
set -e
check "unknown revision exits 2 (a plan file that cannot be read)" test "$code" -eq 2
check "unknown revision is named" grep -qF "error[E001]: cannot read plan file 'HEAD~5:bergen/plan.yaml': unknown revision 'HEAD~5'" "$work/bad.txt"
exit $fail
