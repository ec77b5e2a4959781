#!/usr/bin/env bash
# Bergen's DOCX as a reader sees it in LibreOffice, with no field updated: the table of contents
# filled in, amounts whole in their cells, tables at full width with repeated headers, chapters
# on new pages, and the fonts of templates/reference.docx. Usage: check_docx.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format docx > /dev/null
docx=$work/out/bergen-kommune-2017-2020.docx
unzip -p "$docx" word/document.xml > "$work/document.xml"
unzip -p "$docx" word/styles.xml > "$work/styles.xml"

check "the default reference doc's styles are used" contains "$work/styles.xml" 'w:styleId="Tiltak"'
check "the text font is Calibri (Carlito here)" contains "$work/styles.xml" '<w:rFonts w:ascii="Calibri"'
heading1() {  # the Heading 1 style's XML on one line
  tr -d '\n' < "$work/styles.xml" | grep -o '<w:style [^>]*w:styleId="Heading1"[^>]*>.*' | sed 's#</w:style>.*##'
}
check "chapters begin on a new page" bash -c "$(declare -f heading1); work='$work'; heading1 | grep -qE '<w:pageBreakBefore ?/>'"
check "headings keep with the text after them" bash -c "$(declare -f heading1); work='$work'; heading1 | grep -qE '<w:keepNext ?/>'"
tables=$(grep -o '<w:tbl>' "$work/document.xml" | wc -l)
check "Bergen has tables" test "$tables" -gt 5
check "every table is as wide as the text" test "$(grep -o '<w:tblW w:w="5000" w:type="pct"/>' "$work/document.xml" | wc -l)" -eq "$tables"
check "every table repeats its header row" test "$(grep -o '<w:tblHeader' "$work/document.xml" | wc -l)" -eq "$tables"
check "the contents are one Word TOC field, which Word can update" \
  test "$(grep -o '<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>' "$work/document.xml" | wc -l)" -eq 1
check "each entry's page number is stored in its PAGEREF field, as the PDF has it" \
  bash -c "grep -q '<w:instrText xml:space=\"preserve\"> PAGEREF innledning \\\\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>6</w:t></w:r>' '$work/document.xml'"
check "chapter numbers come from a list bound to the heading style, not typed" \
  contains "$work/document.xml" '<w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="24" w:name="innledning"/><w:r><w:t xml:space="preserve">Innledning</w:t>'
check "the Heading 2 style numbers sections at the list's second level" bash -c "tr -d '\n' < '$work/styles.xml' | grep -qE 'w:styleId=\"Heading2\".{0,400}<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"[0-9]+\"/></w:numPr>'"

mkdir -p "$work/lo"
timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/lo" "$docx" > /dev/null 2>&1 || true
pdf=$work/lo/bergen-kommune-2017-2020.pdf
check "LibreOffice opens the docx" test -s "$pdf"
pdftotext -layout -f 1 -l 3 "$pdf" "$work/first-pages.txt"
check "the contents list chapters with their page" grep -qE '^1 Innledning\.{20,}6$' "$work/first-pages.txt"
check "the contents list sections with their page" grep -qE '^ +8\.1 Tiltak og kostnader\.{20,}29$' "$work/first-pages.txt"
check "the contents list the last section with its page" grep -qE '^ +8\.6 Kostnadsanslag utenfor summen\.{20,}35$' "$work/first-pages.txt"
check "every entry in the contents has its page number" bash -c "! grep -q 'Error: Reference' '$work/first-pages.txt'"
pdftotext -layout -f 1 -l 1 "$pdf" "$work/cover.txt"
check "the cover holds the plan's status under its title" contains "$work/cover.txt" "Utkast til LSU"
check "the cover has no page number" bash -c "! grep -q 'Side 1 av' '$work/cover.txt'"
check "the cover shows the draft mark once, no running header above it" test "$(grep -c 'Utkast til LSU' "$work/cover.txt")" -eq 1
check "the contents do not share the cover's page" bash -c "! grep -q Innhold '$work/cover.txt'"
pdftotext -layout "$pdf" "$work/all.txt"
check "the chapters are numbered by the list, in order" grep -qE '^8 +Økonomiske konsekvenser' "$work/all.txt"
check "the sections are numbered by the list, restarting in each chapter" grep -qE '^8\.2 +Samlet kostnad' "$work/all.txt"
check "the contents' own title is not numbered" grep -qE '^Innhold$' "$work/first-pages.txt"
check "the footer gives the page of the whole" grep -qE '^ +Side 6 av [0-9]+$' "$work/all.txt"
sed -i 's/\xc2\xa0/ /g' "$work/all.txt"
for amount in "18 400 000 kr" "17 100 000 kr" "1 300 000 kr" "69 700 000"; do
  check "the amount $amount stands whole on one line" contains "$work/all.txt" "$amount"
done
check "the pages are drawn in Carlito" bash -c "pdffonts '$pdf' | grep -q Carlito"
check "headings are drawn in the reference doc's font, not Cambria's stand-in" bash -c "! pdffonts '$pdf' | grep -q -i caladea"
# Word's accessibility checker, as far as the XML tells (tests/docx_a11y.py): title, language,
# alt text, header rows, headings in order, link texts — on every DOCX legeplan writes.
"$legeplan" build "$src/examples/liten-kommune/plan.yaml" "$src/examples/nynorsk/plan.yaml" -o "$work/examples" --format docx > /dev/null
"$legeplan" report "$src/examples/nynorsk/plan.yaml" --year 2027 -o "$work/report" --format docx > /dev/null
"$legeplan" overview "$src/examples/region" "$src/plans/bergen" -o "$work/overview" --format docx > /dev/null
"$legeplan" diff "$src/examples/liten-kommune/plan.yaml" "$src/examples/nynorsk/plan.yaml" -o "$work/diff" --format docx > /dev/null
for file in "$docx:nb" "$work/examples/fjellvik-kommune-2027-2030.docx:nb" "$work/examples/havoy-kommune-2027-2030.docx:nn" \
            "$work/report/havoy-kommune-2027-2030-oppfolging-2027.docx:nn" "$work/overview/regionoversikt.docx:nb" "$work/diff/havoy-kommune-2027-2030-diff.docx:nn"; do
  check "Word's accessibility rules hold for $(basename "${file%:*}")" /usr/bin/python3 "$src/tests/docx_a11y.py" "${file%:*}" "${file##*:}"
done
# The negative control: a DOCX with no title, no language, a picture without alt text, a skipped
# heading level and an empty link breaks every rule the check reads.
printf '# A\n\n### C\n\n![](%s)\n\n[](https://example.org)\n' "$src/tests/fixtures/picture/bilder/kart.png" > "$work/bad.md"
pandoc "$work/bad.md" -o "$work/bad.docx"
/usr/bin/python3 "$src/tests/docx_a11y.py" "$work/bad.docx" nb > "$work/bad.txt" || true
check "the check finds every fault of the control (six findings)" test "$(wc -l < "$work/bad.txt")" -eq 6
exit $fail
