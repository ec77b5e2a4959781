#!/usr/bin/env bash
# The cost charts as readers get them: Bergen's HTML with three SVG charts inside it, each with
# its alt text and caption; its DOCX with the PNGs inside; its workbook with a native chart on the
# phasing sheet's cells. A hostile unit name is drawn literally and runs nothing; --no-charts
# needs no gnuplot; a missing gnuplot fails the build cleanly. Usage: check_charts.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
# The build's private folders go here; every one must be gone when it ends.
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR"
# The no-break space as its UTF-8 bytes: bash turns $'\u00a0' into them only under a UTF-8
# locale, and a fresh machine has only C.
nbsp=$'\xc2\xa0'

# --- Bergen -------------------------------------------------------------------------------------
"$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format html,docx,xlsx > /dev/null
html=$work/out/bergen-kommune-2017-2020.html
grep -o '<img [^>]*class="legeplan-diagram"[^>]*>' "$html" > "$work/charts.txt" || true
check "Bergen's HTML holds three charts" test "$(wc -l < "$work/charts.txt")" -eq 3
check "each is an SVG inside the page" test "$(grep -c '^<img src="data:image/svg+xml;base64,' "$work/charts.txt")" -eq 3
check "the phasing chart's alt text gives every year's sum" contains "$work/charts.txt" \
  "alt=\"Stolpediagram: Kostnader per år i økonomiplanen 2017–2020, årlige kostnader nederst og engangsutgifter oppå. 2017: 18${nbsp}400${nbsp}000${nbsp}kr; 2018: 17${nbsp}100${nbsp}000${nbsp}kr; 2019: 17${nbsp}100${nbsp}000${nbsp}kr; 2020: 17${nbsp}100${nbsp}000${nbsp}kr.\""
check "the units' chart has alt text" contains "$work/charts.txt" \
  "alt=\"Liggende stolpediagram: Kostnader per ansvarlig enhet, årlige kostnader nederst og engangsutgifter oppå. Byrådsavdeling for helse og omsorg: 200${nbsp}000${nbsp}kr; Etat for helsetjenester: 7${nbsp}090${nbsp}000${nbsp}kr;"
check "the chapters' chart has alt text" contains "$work/charts.txt" \
  "alt=\"Liggende stolpediagram: Kostnader per kapittel, årlige kostnader nederst og engangsutgifter oppå. 2 Fastlegeordningen: 4${nbsp}590${nbsp}000${nbsp}kr;"
tr '\n' ' ' < "$html" | grep -o '<figcaption>[^<]*</figcaption>' > "$work/captions.txt" || true
check "each chart has a caption that points to its table" test \
  "$(grep -c 'årlige kostnader og engangsutgifter. Tallene står i tabellen over.</figcaption>' "$work/captions.txt")" -eq 3
svg() {  # svg N: the Nth chart of the HTML, decoded
  sed -n "${1}p" "$work/charts.txt" | grep -o 'base64,[^"]*' | cut -c8- | base64 -d
}
svg 1 > "$work/phasing.svg"
check "the phasing chart names the years" contains "$work/phasing.svg" "<text>2020</text>"
check "the bars' sums are in millions with a decimal comma" contains "$work/phasing.svg" "<text>17,1</text>"
check "the phasing chart is in the page's font" contains "$work/phasing.svg" 'font-family="DejaVu Sans"'
svg 2 > "$work/units.svg"
check "the units' chart names the units in Norwegian letters" contains "$work/units.svg" "<text>Enhet for øyeblikkelig hjelp døgnopphold (ØHD)</text>"

unzip -l "$work/out/bergen-kommune-2017-2020.docx" | awk '{print $4}' | grep '^word/media/.*\.png$' > "$work/media.txt" || true
check "Bergen's DOCX holds the three charts as PNG pictures" test "$(wc -l < "$work/media.txt")" -eq 3
first_png=$(head -n 1 "$work/media.txt")
width=$(unzip -p "$work/out/bergen-kommune-2017-2020.docx" "$first_png" | od -An -tu1 -j16 -N4 | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
check "the DOCX pictures are drawn for print (1920 pixels wide)" test "$width" -eq 1920
unzip -p "$work/out/bergen-kommune-2017-2020.docx" word/document.xml > "$work/document.xml"
check "each DOCX picture is described by its chart's alt text" test \
  "$(grep -oE 'descr="(Liggende s|S)tolpediagram: Kostnader per [^"]*"' "$work/document.xml" | wc -l)" -eq 3
check "the phasing picture's description gives every year's sum" contains "$work/document.xml" \
  "descr=\"Stolpediagram: Kostnader per år i økonomiplanen 2017–2020, årlige kostnader nederst og engangsutgifter oppå. 2017: 18${nbsp}400${nbsp}000${nbsp}kr; 2018: 17${nbsp}100${nbsp}000${nbsp}kr; 2019: 17${nbsp}100${nbsp}000${nbsp}kr; 2020: 17${nbsp}100${nbsp}000${nbsp}kr.\""

unzip -p "$work/out/bergen-kommune-2017-2020.xlsx" xl/charts/chart1.xml > "$work/chart1.xml" || true
check "the workbook holds a stacked column chart" contains "$work/chart1.xml" '<c:barDir val="col"/><c:grouping val="stacked"/>'
check "its categories are the phasing sheet's years" contains "$work/chart1.xml" "<c:f>'Økonomiplan'!\$E\$4:\$H\$4</c:f>"
check "its recurring series is the row under the one-time row" contains "$work/chart1.xml" "<c:tx><c:v>Årlige kostnader</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"1F4E79\"/></a:solidFill></c:spPr><c:cat><c:numRef><c:f>'Økonomiplan'!\$E\$4:\$H\$4</c:f>"
check "the recurring part is read from row 19" contains "$work/chart1.xml" "<c:f>'Økonomiplan'!\$E\$19:\$H\$19</c:f>"
check "the one-time part is read from the one-time row, 18" contains "$work/chart1.xml" "<c:f>'Økonomiplan'!\$E\$18:\$H\$18</c:f>"
unzip -p "$work/out/bergen-kommune-2017-2020.xlsx" xl/worksheets/sheet2.xml > "$work/sheet2.xml"
check "row 19 is the total less the one-time part, with its value" contains "$work/sheet2.xml" '<c r="E19" s="8"><f>E17-E18</f><v>17100000</v></c>'
check "the build leaves no private folder behind" test -z "$(ls -A "$TMPDIR")"
check "the build leaves no temporary file behind" test -z "$(find "$work/out" -name '.*tmp*')"

# --- --no-charts, and gnuplot missing ------------------------------------------------------------
mkdir -p "$work/no-gnuplot"
ln -s "$(command -v pandoc)" "$work/no-gnuplot/pandoc"
cp -r "$work/out" "$work/before"
set +e
PATH="$work/no-gnuplot" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format html 2> "$work/missing.txt"
code=$?
set -e
check "gnuplot missing: exit 3" test "$code" -eq 3
check "gnuplot missing: says so, and how to do without" contains "$work/missing.txt" \
  "legeplan: error: charts failed: cannot start gnuplot (No such file or directory); install it (on Debian: apt-get install gnuplot-nox), or build with --no-charts"
check "gnuplot missing: earlier outputs are untouched" diff -r "$work/before" "$work/out"
check "gnuplot missing: no private folder is left" test -z "$(ls -A "$TMPDIR")"
check "gnuplot missing: no temporary file is left" test -z "$(find "$work/out" -name '.*tmp*')"
# A gnuplot that hangs is stopped at the time limit, with everything it started.
mkdir -p "$work/slow"
printf '#!/bin/sh\nsleep 37\n' > "$work/slow/gnuplot"
chmod +x "$work/slow/gnuplot"
set +e
PATH="$work/slow:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format html --timeout 1 2> "$work/slow.txt"
code=$?
set -e
check "hanging gnuplot: exit 3" test "$code" -eq 3
check "hanging gnuplot: names the limit" contains "$work/slow.txt" \
  "legeplan: error: charts failed: gnuplot did not finish within 1 second and was stopped; raise the limit with --timeout"
check "hanging gnuplot: it is stopped" bash -c "! pgrep -f '^sleep 37$' > /dev/null"
check "hanging gnuplot: earlier outputs are untouched" diff -r "$work/before" "$work/out"
check "hanging gnuplot: no private folder is left" test -z "$(ls -A "$TMPDIR")"

PATH="$work/no-gnuplot" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/plain" --format html --no-charts > /dev/null
check "--no-charts builds without gnuplot" test -s "$work/plain/bergen-kommune-2017-2020.html"
check "--no-charts leaves the charts out" lacks "$work/plain/bergen-kommune-2017-2020.html" "legeplan-diagram"
check "--no-charts keeps the tables" contains "$work/plain/bergen-kommune-2017-2020.html" "Sum per ansvarlig enhet"

# --- a hostile unit name -------------------------------------------------------------------------
# Backquotes, system(), a macro, quotes, a backslash, markup and a line starting with gnuplot's
# shell escape, each writing a file next to gnuplot's private folder (which goes when the build
# ends): 41 characters, short enough to be drawn whole.
mkdir -p "$work/hostile"
sed 's/name: Helse og omsorg/name: "`>..\/PW1`system(\\">..\/PW2\\")@x\\\\'"'"'<\&\\n!>..\/PW3"/' \
  "$src/tests/cases/validate/valid-minimal.yaml" > "$work/hostile/plan.yaml"
check "the hostile plan holds the name" contains "$work/hostile/plan.yaml" 'name: "`>../PW1`system(\">../PW2\")@x\\'"'"'<&\n!>../PW3"'
(cd "$work/hostile" && "$legeplan" build plan.yaml -o out --name hostile --format html,docx > /dev/null)
check "the hostile name ran nothing" test -z "$(find "$work" -name 'PW[123]')"
check "the hostile build leaves no private folder behind" test -z "$(ls -A "$TMPDIR")"
grep -o '<img [^>]*class="legeplan-diagram"[^>]*>' "$work/hostile/out/hostile.html" > "$work/charts.txt" || true
svg 2 > "$work/hostile-units.svg"
check "the hostile name is drawn as written" contains "$work/hostile-units.svg" \
  "<text>\`>../PW1\`system(\">../PW2\")@x\\'&lt;&amp; !>../PW3</text>"
check "the hostile name is in the alt text as written" contains "$work/charts.txt" \
  "oppå. \`&gt;../PW1\`system(&quot;&gt;../PW2&quot;)@x\\&#39;&lt;&amp; !&gt;../PW3: 600${nbsp}000${nbsp}kr; Legevakt"
exit $fail
