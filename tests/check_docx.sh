#!/usr/bin/env bash
# Bergen's DOCX as a reader sees it in LibreOffice, with no field updated: the table of contents
# filled in, amounts whole in their cells, tables at full width with repeated headers, chapters
# on new pages, and the fonts of templates/reference.docx. Usage: check_docx.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format docx > /dev/null
docx=$work/out/bergen.docx
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
check "the TOC field is marked for Word to update" bash -c "grep -q '<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/><w:instrText xml:space=\"preserve\">TOC' '$work/document.xml'"

mkdir -p "$work/lo"
timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/lo" "$docx" > /dev/null 2>&1 || true
pdf=$work/lo/bergen.pdf
check "LibreOffice opens the docx" test -s "$pdf"
pdftotext -layout -f 1 -l 3 "$pdf" "$work/first-pages.txt"
check "the contents list chapters" contains "$work/first-pages.txt" "1 Innledning"
check "the contents list sections" contains "$work/first-pages.txt" "8.1 Tiltak og kostnader"
check "the contents list the last section" contains "$work/first-pages.txt" "8.5 Sum per kapittel"
pdftotext -layout "$pdf" "$work/all.txt"
sed -i 's/\xc2\xa0/ /g' "$work/all.txt"
for amount in "18 400 000 kr" "17 100 000 kr" "1 300 000 kr" "69 700 000"; do
  check "the amount $amount stands whole on one line" contains "$work/all.txt" "$amount"
done
check "the pages are drawn in Carlito" bash -c "pdffonts '$pdf' | grep -q Carlito"
check "headings are drawn in the reference doc's font, not Cambria's stand-in" bash -c "! pdffonts '$pdf' | grep -q -i caladea"
exit $fail
