#!/usr/bin/env bash
# Builds plans into every document format and reads them back with real readers:
# pandoc for DOCX, pdftotext for PDF, the HTML as text. Usage: check_documents.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
# NBSP inside figures is read back as a space by the readers below, so compare with spaces.
normalize() { sed 's/\xc2\xa0/ /g' "$1" > "$1.norm"; mv "$1.norm" "$1"; }

# Bergen: every format, read back.
"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format docx,html,pdf,md > "$work/written.txt"
check "build writes docx, html, pdf and md" test "$(wc -l < "$work/written.txt")" -eq 4
pandoc -f docx -t plain --wrap=none "$work/bergen/bergen-kommune-2017-2020.docx" -o "$work/docx.txt"
pdftotext -layout "$work/bergen/bergen-kommune-2017-2020.pdf" "$work/pdf.txt"
pandoc -f html -t plain --wrap=none "$work/bergen/bergen-kommune-2017-2020.html" -o "$work/html.txt"
for f in docx pdf html; do
  normalize "$work/$f.txt"
  for n in $(seq 1 37); do
    contains "$work/$f.txt" "Tiltak $n:" || { echo "FAILED: $f lacks Tiltak $n"; fail=1; }
  done
  check "$f holds the printed total" contains "$work/$f.txt" "18 400 000 kr"
  check "$f holds recurring costs" contains "$work/$f.txt" "17 100 000 kr"
  check "$f holds one-time costs" contains "$work/$f.txt" "1 300 000 kr"
  check "$f holds the ALIS-Vest range" contains "$work/$f.txt" "0–600 000 kr"
  check "$f numbers the cost chapter's sections" contains "$work/$f.txt" "8.5 Sum per kapittel"
  check "$f holds the period sum" contains "$work/$f.txt" "69 700 000"
  # Chapter 8 of Bergen's plan: the 25 measures its table gives 0 kr can be done within the budget.
  check "$f says a measure without cost fits the budget" test "$(grep -c 'Kostnad: Innenfor eksisterende ramme' "$work/$f.txt")" -eq 25
  check "$f leaves no measure's cost unexplained" lacks "$work/$f.txt" "Ikke kostnadsberegnet"
  check "$f never says a measure costs 0 kr" lacks "$work/$f.txt" "Kostnad: 0 kr"
  check "$f shows a measure's priority and status" contains "$work/$f.txt" "Prioritet: Høy"
done
check "html gives each measure an element with its id" contains "$work/bergen/bergen-kommune-2017-2020.html" '<div id="tiltak-12" class="tiltak" data-custom-style="Tiltak">'
check "html links the measure table's rows to the measures" contains "$work/bergen/bergen-kommune-2017-2020.html" '<a href="#tiltak-12">'
check "html links each measure back to the table" contains "$work/bergen/bergen-kommune-2017-2020.html" '<a href="#kostnader-tiltak" class="til-tabellen">'
check "docx gives measures the Tiltak style" bash -c "unzip -p '$work/bergen/bergen-kommune-2017-2020.docx' word/document.xml | grep -q 'w:pStyle w:val=\"Tiltak\"'"
check "docx marks each measure for links" bash -c "unzip -p '$work/bergen/bergen-kommune-2017-2020.docx' word/document.xml | grep -q 'w:name=\"tiltak-37\"'"
check "html is one file with its language" contains "$work/bergen/bergen-kommune-2017-2020.html" '<html xmlns="http://www.w3.org/1999/xhtml" lang="nb" xml:lang="nb">'
check "html tables have header cells" contains "$work/bergen/bergen-kommune-2017-2020.html" '<th scope="col" style="text-align: right;">Nr.</th>'
check "html has a title block, contents and a main part" test "$(grep -c -e '^<header id="title-block-header"' -e '^<nav id="TOC" role="doc-toc" aria-labelledby="toc-title">' -e '^<main id="main">' "$work/bergen/bergen-kommune-2017-2020.html")" -eq 3
check "html holds the front matter in the title block" bash -c "sed -n '/^<header/,/^<\/header>/p' '$work/bergen/bergen-kommune-2017-2020.html' | grep -q '^Planperiode: 2017–2020<br />'"
check "html gives every header cell a column scope" test "$(grep -o '<th[ >]' "$work/bergen/bergen-kommune-2017-2020.html" | wc -l)" -eq "$(grep -o '<th scope="col"[ >]' "$work/bergen/bergen-kommune-2017-2020.html" | wc -l)"
check "html has header cells to scope" test "$(grep -c '<th scope="col"' "$work/bergen/bergen-kommune-2017-2020.html")" -ge 50
check "html names every table by a caption or its heading" test "$(grep -c '^<table' "$work/bergen/bergen-kommune-2017-2020.html")" -eq "$(grep -c -e '^<table aria-labelledby="' -e '^<caption>' "$work/bergen/bergen-kommune-2017-2020.html")"
check "html names the measure table by its section" contains "$work/bergen/bergen-kommune-2017-2020.html" '<table aria-labelledby="kostnader-tiltak"'
check "html links every measure row to its measure" test "$(grep -o '<a href="#tiltak-[0-9]*">' "$work/bergen/bergen-kommune-2017-2020.html" | sort -u | wc -l)" -eq 37
check "html links every measure back to the table" test "$(grep -c '<a href="#kostnader-tiltak" class="til-tabellen">' "$work/bergen/bergen-kommune-2017-2020.html")" -eq 37

# The PDF (the DOCX laid out by LibreOffice): the cover alone on page 1, the contents with page
# numbers from page 2 on, bookmarks for chapters and sections, "Side N av M" at the foot of every
# page but the cover.
pdftotext -layout -f 1 -l 1 "$work/bergen/bergen-kommune-2017-2020.pdf" "$work/pdf-1.txt"
pdftotext -layout -f 2 -l 2 "$work/bergen/bergen-kommune-2017-2020.pdf" "$work/pdf-2.txt"
pdftotext -layout -f 2 -l 3 "$work/bergen/bergen-kommune-2017-2020.pdf" "$work/pdf-contents.txt"
pdf_pages=$(pdfinfo "$work/bergen/bergen-kommune-2017-2020.pdf" | awk '/^Pages:/ { print $2 }')
check "pdf cover holds the title" grep -q "^ *Plan for legetjenester$" "$work/pdf-1.txt"
check "pdf cover holds the period" contains "$work/pdf-1.txt" "Planperiode: 2017–2020"
check "pdf cover holds the version once" test "$(grep -c 'Versjon' "$work/pdf-1.txt")" -eq 1
check "pdf cover marks the draft by its status, once" test "$(grep -c 'Utkast til LSU' "$work/pdf-1.txt")" -eq 1
check "pdf cover states no status beside the mark" lacks "$work/pdf-1.txt" "Status:"
check "pdf cover holds no contents" lacks "$work/pdf-1.txt" "Innhold"
check "pdf cover has no page number" lacks "$work/pdf-1.txt" "Side 1 av $pdf_pages"
check "pdf page 2 is the contents" grep -q '^ *Innhold$' "$work/pdf-2.txt"
check "pdf contents give a chapter's page" grep -Eq '^ *1 Innledning[ .]*[0-9]+$' "$work/pdf-2.txt"
check "pdf contents give a section's page" grep -Eq '^ *8\.1 Tiltak og kostnader[ .]*[0-9]+$' "$work/pdf-2.txt"
# 45 headings: Sammendrag, Forord, 8 chapters and their 30 sections, Vedlegg and its 5 appendices.
check "pdf contents give every chapter and section a page" test "$(grep -Ec '[.][0-9]+$' "$work/pdf-contents.txt")" -eq 45
check "pdf page 2 is numbered of all pages" grep -q "Side 2 av $pdf_pages\$" "$work/pdf-2.txt"
check "pdf numbers its last page" bash -c "pdftotext -layout -f $pdf_pages -l $pdf_pages '$work/bergen/bergen-kommune-2017-2020.pdf' - | grep -q 'Side $pdf_pages av $pdf_pages\$'"
/usr/bin/python3 - "$work/bergen/bergen-kommune-2017-2020.pdf" > "$work/bookmarks.txt" <<'PY'
import sys, pikepdf
def show(items, depth):
    for item in items:
        print("  " * depth + str(item.title))
        show(item.children, depth + 1)
with pikepdf.open(sys.argv[1]) as pdf, pdf.open_outline() as outline:
    show(outline.root, 0)
PY
check "pdf has bookmarks for chapters" grep -qx '1 Innledning' "$work/bookmarks.txt"
check "pdf has bookmarks for sections, under their chapter" grep -qx '  1.1 Rammer for planen' "$work/bookmarks.txt"
# A measure opens with "Tiltak N:" and closes with its link back to the table: on one page.
check "pdf keeps each measure on one page" bash -c "for p in \$(seq 1 $pdf_pages); do t=\$(pdftotext -f \$p -l \$p '$work/bergen/bergen-kommune-2017-2020.pdf' -); test \$(grep -c '^Tiltak [0-9]*:' <<< \"\$t\") -eq \$(grep -c '^Til tabellen over tiltakene' <<< \"\$t\") || exit 1; done"
# Chapters begin on a new page (the DOCX's design), so a chapter's last page may be short, but
# no page is empty: the running header, the footer and at least three lines of text.
check "pdf has no empty page" bash -c "for p in \$(seq 2 $((pdf_pages - 1))); do test \$(pdftotext -layout -f \$p -l \$p '$work/bergen/bergen-kommune-2017-2020.pdf' - | grep -c .) -ge 5 || exit 1; done"
check "docx uses Word heading styles" bash -c "unzip -p '$work/bergen/bergen-kommune-2017-2020.docx' word/document.xml | grep -q 'w:pStyle w:val=\"Heading1\"'"

# The workbook and LSU's form say it in the same words, never with 0 kr: in the measure's note
# column, and in the form's cost column.
"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen-sheets" --format xlsx,review > /dev/null
/usr/bin/python3 - "$work/bergen-sheets" > "$work/no-cost.txt" <<'PY'
import sys, openpyxl
folder = sys.argv[1]
measures = openpyxl.load_workbook(f"{folder}/bergen-kommune-2017-2020.xlsx")["Tiltak"]
header = [c.value for c in measures[4]]
note, kind = header.index("Merknad"), header.index("Kostnadstype")
for row in measures.iter_rows(min_row=5, values_only=True):
    if isinstance(row[0], int) and row[kind] is None:
        print("workbook", row[0], row[note])
form = openpyxl.load_workbook(f"{folder}/bergen-kommune-2017-2020-lsu.xlsx").active
for row in form.iter_rows(min_row=6, values_only=True):
    if isinstance(row[0], int) and not isinstance(row[4], (int, float)):
        print("form", row[0], row[4], row[5])
PY
check "the workbook says 25 measures fit the budget" test "$(grep -c '^workbook [0-9]* Innenfor eksisterende ramme$' "$work/no-cost.txt")" -eq 25
check "LSU's form says it of the same 25, without 0 kr" test "$(grep -c '^form [0-9]* Innenfor eksisterende ramme None$' "$work/no-cost.txt")" -eq 25
check "the workbook and the form name the same measures" test \
  "$(grep '^workbook' "$work/no-cost.txt" | cut -d' ' -f2 | tr '\n' ' ')" = "$(grep '^form' "$work/no-cost.txt" | cut -d' ' -f2 | tr '\n' ' ')"

# A plan that is not adopted says so on its front page and in the page header.
"$legeplan" build "$src/examples/liten-kommune/plan.yaml" -o "$work/fjellvik" --format pdf,docx > /dev/null
pdftotext "$work/fjellvik/fjellvik-kommune-2027-2030.pdf" "$work/fjellvik.txt"
check "draft pdf carries its mark on its pages" test "$(grep -c 'Utkast med uttalelse fra LSU' "$work/fjellvik.txt")" -ge 3
pandoc -f docx -t plain --wrap=none "$work/fjellvik/fjellvik-kommune-2027-2030.docx" -o "$work/fjellvik-docx.txt"
check "draft docx carries its mark" contains "$work/fjellvik-docx.txt" "Utkast med uttalelse fra LSU"
normalize "$work/fjellvik-docx.txt"
check "docx shows LSU's statement" contains "$work/fjellvik-docx.txt" "Uttalelse fra LSU"
check "docx shows LSU's view in the measure" contains "$work/fjellvik-docx.txt" "LSU: Støtter med endringer – beløpet bør fastsettes i avtale med fastlegene"

# The DOCX opens in LibreOffice Writer: A4 pages, the draft mark in every page's header and
# page numbers in the footer.
mkdir -p "$work/lo"
timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/lo" "$work/fjellvik/fjellvik-kommune-2027-2030.docx" > /dev/null 2>&1 || true
check "LibreOffice opens the docx" test -s "$work/lo/fjellvik-kommune-2027-2030.pdf"
pages=$(pdfinfo "$work/lo/fjellvik-kommune-2027-2030.pdf" | awk '/^Pages:/ { print $2 }')
check "the docx pages are A4" bash -c "pdfinfo '$work/lo/fjellvik-kommune-2027-2030.pdf' | grep -q 'Page size: *595.* x 841.* pts (A4)'"
check "every docx page but the cover has the draft header" test "$(pdftotext -layout "$work/lo/fjellvik-kommune-2027-2030.pdf" - | grep -c 'Utkast med uttalelse fra LSU – Versjon 0.3, 15. oktober 2026')" -eq "$((pages - 1))"

# A plan sent to the council is a proposal: no draft mark on any page of any document, and its
# cover says whom it goes to. An adopted plan says when, by whom and under which case.
"$legeplan" build "$src/examples/region/lundvik/plan.yaml" "$src/examples/region/bratteli/plan.yaml" \
  -o "$work/status" --format pdf,docx,html > /dev/null 2>&1
for doc in "$work/status/lundvik-kommune-2026-2029.pdf" "$work/status/lundvik-kommune-2026-2029.docx" "$work/status/lundvik-kommune-2026-2029.html"; do
  case $doc in
    *.pdf) pdftotext "$doc" "$doc.txt" ;;
    *) pandoc -t plain --wrap=none "$doc" -o "$doc.txt" ;;
  esac
  check "a proposal carries no draft mark (${doc##*.})" bash -c "! grep -qi utkast '$doc.txt'"
  check "a proposal says whom it goes to (${doc##*.})" contains "$doc.txt" "Status: Forslag til Lundvik bystyre"
done
check "a proposal's docx has no running header" bash -c "! unzip -l '$work/status/lundvik-kommune-2026-2029.docx' | grep -q 'word/header'"
pdftotext "$work/status/bratteli-kommune-2027-2030.pdf" "$work/status/bratteli.txt"
check "an adopted plan says when, by whom and under which case" contains "$work/status/bratteli.txt" \
  "Status: Vedtatt i Bratteli kommunestyre 12. november 2026, sak PS 87/26"
check "an adopted plan carries no draft mark" bash -c "! grep -qi utkast '$work/status/bratteli.txt'"
check "the docx pages are numbered of all pages" bash -c "pdftotext -f $pages -l $pages '$work/lo/fjellvik-kommune-2027-2030.pdf' - | grep -qx 'Side $pages av $pages'"

# Nynorsk builds with nynorsk labels.
"$legeplan" build "$src/examples/nynorsk/plan.yaml" -o "$work/nn" --format html > /dev/null
check "nynorsk html uses nynorsk labels" contains "$work/nn/havoy-kommune-2027-2030.html" "Årlege kostnader"
check "nynorsk html has lang nn" contains "$work/nn/havoy-kommune-2027-2030.html" 'lang="nn"'
check "nynorsk html says why a measure has no cost" contains "$work/nn/havoy-kommune-2027-2030.html" "Ikkje kostnadsrekna"

# Hostile text comes out as text in every format.
"$legeplan" build "$src/tests/fixtures/hostile/plan.yaml" -o "$work/hostile" --name hostile --format docx,html,pdf,md > /dev/null
check "html has no script element" lacks "$work/hostile/hostile.html" "<script>"
pandoc -f html -t plain --wrap=none "$work/hostile/hostile.html" -o "$work/hostile-html.txt"
check "html shows the script text" contains "$work/hostile-html.txt" "<script>alert('tekst')</script> og <b>fet</b>."
check "html shows the raw block as text" contains "$work/hostile-html.txt" "<script>alert('rå blokk')</script>"
check "html shows the inline raw attribute as text" contains "$work/hostile-html.txt" '<i>kode</i>{=html}' 
check "html has no raw inline html" lacks "$work/hostile/hostile.html" "<i>kode</i>"
pandoc -f docx -t plain --wrap=none "$work/hostile/hostile.docx" -o "$work/hostile-docx.txt"
check "docx shows the LaTeX literally" contains "$work/hostile-docx.txt" '\input{/etc/passwd}'
check "docx shows the html literally" contains "$work/hostile-docx.txt" "<script>alert('tekst')</script>"
check "docx shows the heading marker literally" contains "$work/hostile-docx.txt" "# Ikke en overskrift"
check "docx shows a heading marker in a list literally" contains "$work/hostile-docx.txt" "# Overskrift i en liste"
check "docx shows a heading marker in a quote literally" contains "$work/hostile-docx.txt" "# Overskrift i et sitat"
check "docx shows a definition list as text" contains "$work/hostile-docx.txt" ": en definisjonsliste"
check "docx shows span attributes as text" contains "$work/hostile-docx.txt" '[klikk]{onclick=alert(1)}'
# Plan text makes no heading of its own at any depth: the document's headings are the template's.
pandoc -f docx -t json "$work/hostile/hostile.docx" | python3 -c '
import json, sys
def walk(x):
    if isinstance(x, dict):
        if x.get("t") == "Header": yield x
        for v in x.values(): yield from walk(v)
    elif isinstance(x, list):
        for v in x: yield from walk(v)
print(sum(1 for _ in walk(json.load(sys.stdin))))' > "$work/hostile-headers.txt"
md_headings=$(grep -c '^#' "$work/hostile/hostile.md")
check "docx headings are the template's alone (and the contents')" test "$(cat "$work/hostile-headers.txt")" -eq $((md_headings + 1))
check "html has no event attribute from plan text" test -z "$(grep -o '<[^>]* onclick=' "$work/hostile/hostile.html")"
check "html has no style attribute from plan text" test -z "$(grep -o '<[^>]* style="background' "$work/hostile/hostile.html")"
check "docx shows the formula title literally" contains "$work/hostile-docx.txt" "@SUM(1+1)"
check "html shows a doctor's name in the doctors' table literally" contains "$work/hostile-html.txt" "A|B <script>alert('lege')</script> *fet* =1+1"
check "docx shows a doctor's name in the doctors' table literally" contains "$work/hostile-docx.txt" "A|B <script>alert('lege')</script> *fet* =1+1"
pdftotext "$work/hostile/hostile.pdf" "$work/hostile-pdf.txt"
check "pdf shows the LaTeX literally" contains "$work/hostile-pdf.txt" '\input{/etc/passwd}'
# (The contents' dot leaders make long lines of their own, so lines with them are left out.)
check "pdf wraps a 300-letter word instead of cutting it" test "$(grep -v '[.][.][.][.]' "$work/hostile-pdf.txt" | awk '{ if (length($0) > m) m = length($0) } END { print m }')" -lt 120
check "pdf holds all of the 300-letter word" test "$(tr -d '\n' < "$work/hostile-pdf.txt" | grep -o 'Legetjeneste\(plan\)*' | awk '{ if (length($0) > m) m = length($0) } END { print m }')" -eq 300
check "pdf shows the municipality's script text" contains "$work/hostile-pdf.txt" "<script>alert('kommune')</script> kommune"

# A build writes only into its output folder, also where Pandoc makes intermediate files (PDF).
mkdir -p "$work/cwd"
(cd "$work/cwd" && "$legeplan" build "$src/examples/nynorsk/plan.yaml" -o out --format pdf,docx > /dev/null)
check "nothing is written outside the output folder" test "$(ls -A "$work/cwd")" = "out"
check "only the outputs are in the output folder" test "$(ls -A "$work/cwd/out" | tr '\n' ' ')" = "havoy-kommune-2027-2030.docx havoy-kommune-2027-2030.pdf "

# The same plan gives the same bytes in every format.
"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/again" --format docx,html,pdf,md > /dev/null
for f in md html docx pdf; do
  check "$f is byte-identical between builds" cmp -s "$work/bergen/bergen-kommune-2017-2020.$f" "$work/again/bergen-kommune-2017-2020.$f"
done

# A failing Pandoc: exit 3 with what it said, earlier outputs untouched, no temporary files left.
mkdir -p "$work/fakebin"
cat > "$work/fakebin/pandoc" <<'FAKE'
#!/bin/sh
for a in "$@"; do case $a in --output=*) echo half-written > "${a#--output=}";; esac; done
echo "pandoc: simulated failure" >&2
exit 1
FAKE
chmod +x "$work/fakebin/pandoc"
cp -r "$work/bergen" "$work/before"
set +e
PATH="$work/fakebin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format docx,html,pdf 2> "$work/fail.txt"
code=$?
set -e
check "failing pandoc exits 3" test "$code" -eq 3
check "failing pandoc's message is shown" contains "$work/fail.txt" "legeplan: error: docx failed: pandoc exited with code 1; pandoc said: pandoc: simulated failure"
check "earlier outputs are untouched" diff -r "$work/before" "$work/bergen"
check "no temporary files are left" test -z "$(find "$work/bergen" -name '.*tmp*')"
# A Pandoc that never ends (as one reading /dev/zero would), with a helper of its own: the time
# limit stops both, says so, and leaves earlier outputs and no temporary files.
mkdir -p "$work/slowbin"
cat > "$work/slowbin/pandoc" <<'FAKE'
#!/bin/sh
sleep 60 &
echo $! > "$TMPDIR/../helper.pid"
sleep 60
FAKE
chmod +x "$work/slowbin/pandoc"
mkdir -p "$work/slowtmp"
set +e
start=$SECONDS
TMPDIR="$work/slowtmp" PATH="$work/slowbin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format html --timeout 1 2> "$work/slow.txt"
code=$?
set -e
check "hanging pandoc exits 3" test "$code" -eq 3
check "hanging pandoc is stopped at the limit" test $((SECONDS - start)) -lt 10
check "hanging pandoc's limit is named" contains "$work/slow.txt" "legeplan: error: html failed: pandoc did not finish within 1 second and was stopped; raise the limit with --timeout"
check "hanging pandoc's helper is stopped too" bash -c "! ps -o stat= -p $(cat "$work/slowtmp/helper.pid") | grep -qv Z"
check "hanging pandoc: earlier outputs are untouched" diff -r "$work/before" "$work/bergen"
check "hanging pandoc: no temporary files are left" test -z "$(find "$work/bergen" -name '.*tmp*')"
check "hanging pandoc: its private folder is gone" test "$(ls -A "$work/slowtmp")" = "helper.pid"

# Only pandoc is missing: gnuplot, which draws the charts before pandoc runs, is there.
mkdir -p "$work/fakebin-missing"
ln -s "$(command -v gnuplot)" "$work/fakebin-missing/gnuplot"
set +e
PATH="$work/fakebin-missing" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format html 2> "$work/missing.txt"
code=$?
set -e
check "missing pandoc exits 3" test "$code" -eq 3
check "missing pandoc is named" contains "$work/missing.txt" "legeplan: error: html failed: cannot start pandoc (No such file or directory); install it (on Debian: apt-get install pandoc)"

# LibreOffice exits 0 also when it wrote nothing: the PDF is checked, not its exit code. A soffice
# that writes no PDF, one that writes an untagged PDF, and none at all: exit 3, saying which,
# earlier outputs untouched, no temporary files left.
/usr/bin/python3 - "$work/bergen/bergen-kommune-2017-2020.pdf" "$work/untagged.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
del pdf.Root["/StructTreeRoot"]
pdf.save(sys.argv[2])
PY
soffice_writing() {  # soffice_writing FOLDER PDF: a soffice that puts PDF (nothing when empty) where the real one would
  mkdir -p "$1"
  cat > "$1/soffice" <<FAKE
#!/bin/bash
while [[ \$# -gt 1 ]]; do [[ \$1 == --outdir ]] && out=\$2; shift; done
[[ -n "$2" ]] && cp "$2" "\$out/document.pdf"
echo "Error: simulated" >&2
exit 0
FAKE
  chmod +x "$1/soffice"
}
soffice_writing "$work/nopdf" ""
soffice_writing "$work/untaggedpdf" "$work/untagged.pdf"
for case in "nopdf|LibreOffice wrote no PDF; soffice said: Error: simulated" \
            "untaggedpdf|the PDF LibreOffice wrote cannot be published: it is not tagged (it has no structure tree)"; do
  bin=${case%%|*}
  set +e
  PATH="$work/$bin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format docx,pdf 2> "$work/$bin.txt"
  code=$?
  set -e
  check "soffice $bin: exits 3" test "$code" -eq 3
  check "soffice $bin: says so" test "$(cat "$work/$bin.txt")" = "legeplan: error: pdf failed: ${case#*|}"
  check "soffice $bin: earlier outputs are untouched" diff -r "$work/before" "$work/bergen"
  check "soffice $bin: no temporary files are left" test -z "$(find "$work/bergen" -name '.*tmp*')"
done
mkdir -p "$work/no-soffice"
for tool in pandoc gnuplot; do ln -s "$(command -v $tool)" "$work/no-soffice/$tool"; done
set +e
PATH="$work/no-soffice" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/bergen" --format pdf 2> "$work/no-soffice.txt"
code=$?
set -e
check "missing soffice exits 3" test "$code" -eq 3
check "missing soffice is named" test "$(cat "$work/no-soffice.txt")" = "legeplan: error: pdf failed: cannot start soffice (No such file or directory); install LibreOffice Writer (on Debian: apt-get install libreoffice-writer-nogui)"
check "missing soffice: earlier outputs are untouched" diff -r "$work/before" "$work/bergen"

# Pictures from the plan's own folder show in every format, with their captions; a title YAML
# reads as a boolean stays the text written.
"$legeplan" build "$src/tests/fixtures/picture/plan.yaml" -o "$work/picture" --name picture --format docx,html,pdf > /dev/null
check "docx holds the picture" bash -c "unzip -l '$work/picture/picture.docx' | grep -q 'word/media/.*\.png'"
check "docx holds the svg picture" bash -c "unzip -l '$work/picture/picture.docx' | grep -q 'word/media/.*\.svg'"
pandoc -f docx -t plain --wrap=none "$work/picture/picture.docx" -o "$work/picture-docx.txt"
check "docx shows the caption" contains "$work/picture-docx.txt" "Legekontorene i Bildevik"
check "html embeds the picture" contains "$work/picture/picture.html" 'src="data:image/png;base64,'
check "html shows the caption" contains "$work/picture/picture.html" '<figcaption aria-hidden="true">Legekontorene i Bildevik</figcaption>'
check "html forbids script and outside loads" contains "$work/picture/picture.html" '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:;'
check "html holds no script" lacks "$work/picture/picture.html" '<script'
check "html title is the text written" contains "$work/picture/picture.html" '<title>false</title>'
check "pdf holds the picture" bash -c "pdfimages -list '$work/picture/picture.pdf' | grep -q ' image *40 *20 '"
pdftotext "$work/picture/picture.pdf" "$work/picture-pdf.txt"
check "pdf shows the caption" contains "$work/picture-pdf.txt" "Legekontorene i Bildevik"

exit $fail
