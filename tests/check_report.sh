#!/usr/bin/env bash
# The yearly follow-up report (issue 15), read as its readers read it: the nynorsk example's
# report for 2027 in every format — the PDF and the DOCX (through LibreOffice) as text, the
# HTML — shows the year's planned total from the phasing (180 000), the spent total (178 400),
# the difference, each measure's status and each indicator's value; nothing but the outputs is
# left in the folder. A bokmål plan whose report leaves a measure out lists it. A year without
# a report writes nothing (what it says is the case tests/cases/report/year-without-report). A
# year with grants shows them and the net, and spent against both, on upright pages.
# Usage: check_report.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
cd "$work"
cp "$src/examples/nynorsk/plan.yaml" havoy.yaml

"$legeplan" report havoy.yaml --year 2027 -o out > written.txt
printf '%s\n' out/havoy-kommune-2027-2030-oppfolging-2027.md out/havoy-kommune-2027-2030-oppfolging-2027.docx out/havoy-kommune-2027-2030-oppfolging-2027.html \
  out/havoy-kommune-2027-2030-oppfolging-2027.pdf out/havoy-kommune-2027-2030-oppfolging-2027.xlsx | sort > expected-files.txt
sort written.txt > written-sorted.txt
check "report writes md, docx, html, pdf and xlsx named NAME-oppfolging-YEAR" diff -u expected-files.txt written-sorted.txt
(cd out && ls -A) | sort > present.txt
sed 's|^out/||' expected-files.txt > expected-present.txt
check "nothing else is left in the output folder" diff -u expected-present.txt present.txt

pdftotext -layout out/havoy-kommune-2027-2030-oppfolging-2027.pdf pdf.txt
soffice --headless --convert-to pdf --outdir lo out/havoy-kommune-2027-2030-oppfolging-2027.docx > /dev/null 2>&1
pdftotext -layout lo/havoy-kommune-2027-2030-oppfolging-2027.pdf docx.txt
pandoc out/havoy-kommune-2027-2030-oppfolging-2027.html -t plain --wrap=none -o html.txt
for reader in pdf docx html; do
  text=$reader.txt
  # Lines join and columns collapse to single spaces (no-break spaces too), so each row and a
  # title wrapped on the cover read as one line in every reader.
  tr '\n' ' ' < "$text" | sed -E 's/\xC2\xA0/ /g; s/[[:space:]]+/ /g' > "$reader-flat.txt"
  flat=$reader-flat.txt
  check "$reader: title" contains "$flat" "Oppfølging 2027: Plan for legetenesta 2027–2030"
  check "$reader: planned total from the phasing" contains "$flat" "Planlagt for 2027 i økonomiplanen 180 000"
  check "$reader: spent total" contains "$flat" "Brukt i 2027 178 400"
  check "$reader: difference" contains "$flat" "Avvik (brukt minus planlagt) −1 600"
  check "$reader: measure 3 done, over budget" contains "$flat" "3 Nytt akuttutstyr på legekontoret Gjennomført 60 000 68 400 +8 400"
  check "$reader: measure 4 in progress, under budget" contains "$flat" "Pågår 120 000 110 000 −10 000"
  check "$reader: sum row" contains "$flat" "Sum 180 000 178 400 −1 600"
  check "$reader: count per status" contains "$flat" "Pågår 3"
  check "$reader: indicator baseline, value, target" contains "$flat" "Ventetid på time hos fastlege dagar i snitt 6,5 (2026) 6 5 (2030)"
  check "$reader: the report's text" contains "$flat" "Det nye akuttutstyret kom på plass"
done
check "docx: page x of y footer" contains docx-flat.txt "Side 2 av 2"

# A bokmål plan whose report leaves measures out: they are listed, and validate warns.
cp "$src/examples/liten-kommune/plan.yaml" fjellvik.yaml
cat >> fjellvik.yaml <<'YAML'
follow_up:
  - year: 2028
    date: 2028-11-10
    measures:
      - {measure: arlig-rullering, status: done}
      - {measure: alis-veiledning, status: in_progress, spent: 180 000}
YAML
"$legeplan" report fjellvik.yaml --year 2028 -o nb --format md > /dev/null 2> nb-stderr.txt
check "bokmål: the left-out measures are warned about (W007)" contains nb-stderr.txt "warning[W007]: the follow-up report for 2028 leaves out measure 3 'oppstart-ny-hjemmel'"
check "bokmål: the report lists what it left out" contains nb/fjellvik-kommune-2027-2030-oppfolging-2028.md "# Tiltak som ikke er rapportert {.unnumbered}"
check "bokmål: a left-out measure in the list" contains nb/fjellvik-kommune-2027-2030-oppfolging-2028.md "- 3 Oppstartsstøtte ved ny fastlegehjemmel"
check "bokmål: left-out measures counted" contains nb/fjellvik-kommune-2027-2030-oppfolging-2028.md "| Ikke rapportert |"

# A year with grants (issue 28): own cost, grants and net in the year's figures and per measure,
# spent set against both, in every reader; the net table has all seven columns on the page.
"$legeplan" report "$src/tests/fixtures/follow-up-grants/plan.yaml" --year 2028 -o grants > /dev/null
stem=grants/testvik-kommune-2027-2030-oppfolging-2028
pdftotext -layout $stem.pdf grants-pdf.txt
soffice --headless --convert-to pdf --outdir grants-lo $stem.docx > /dev/null 2>&1
pdftotext -layout grants-lo/testvik-kommune-2027-2030-oppfolging-2028.pdf grants-docx.txt
pandoc $stem.html -t plain --wrap=none -o grants-html.txt
for reader in pdf docx html; do
  tr '\n' ' ' < grants-$reader.txt | sed -E 's/\xC2\xA0/ /g; s/[[:space:]]+/ /g' > grants-$reader-flat.txt
  flat=grants-$reader-flat.txt
  check "$reader: grants in the year" contains "$flat" "Planlagte tilskudd i 2028 580 000"
  check "$reader: net in the year" contains "$flat" "Planlagt netto for 2028 (egen kostnad minus tilskudd) 870 000"
  check "$reader: deviation from own cost" contains "$flat" "Avvik mot egen kostnad (brukt minus planlagt) −10 000"
  check "$reader: deviation from net" contains "$flat" "Avvik mot netto (brukt minus netto) +570 000"
  check "$reader: what spent is" contains "$flat" "Brukt er det kommunen betalte ut til tiltakene før tilskudd kom inn"
  check "$reader: a cost covered in full" contains "$flat" "Oppstart av felles legevakt 80 000 80 000 0 84 000 +84 000"
  check "$reader: the net table's sum" contains "$flat" "Sum 1 450 000 580 000 870 000 1 440 000 +570 000"
done
# A portrait page: every page of the PDF is upright.
pdfinfo -f 1 -l 99 $stem.pdf | grep '^Page .* size:' > grants-pages.txt
check "the report with grants prints on upright A4 pages" test "$(grep -vc ' 595\.[0-9]* x 841\.' grants-pages.txt)" -eq 0

# A year without a report writes nothing. (Its exit code 1 and message, and a plan with no
# report at all, are the cases in tests/cases/report/.)
"$legeplan" report havoy.yaml --year 2028 -o none > /dev/null 2>&1 || true
check "a year without a report writes nothing" test ! -e none
exit $fail
