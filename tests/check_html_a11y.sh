#!/usr/bin/env bash
# axe-core's WCAG 2.0 and 2.1 A and AA rules, colour contrast included, on every kind of HTML
# legeplan writes, in headless Chromium (Debian's /usr/bin/chromium, which lays the page out as a
# browser does): no violation allowed. axe-core and puppeteer-core (which drives Chromium through
# the DevTools protocol; it downloads no browser) come from npm, at the versions
# tests/a11y/package-lock.json pins, installed into NODE_DIR (in the build folder) the first time.
# The text inside the charts (SVG pictures, which axe does not read) is held to the same contrast
# by tests/a11y/axe_check.js. A copy of a page with a low-contrast paragraph and chart label must
# fail, so the check is seen to bite. LEGEPLAN_CHROMIUM names another Chromium than Debian's.
# Usage: check_html_a11y.sh LEGEPLAN SOURCE_DIR NODE_DIR
set -euo pipefail
legeplan=$1
src=$2
node_dir=$3
source "$(dirname "$0")/check_lib.sh"

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "FAILED: node and npm are needed; install them with scripts/install-deps.sh test"
  exit 1
fi
chromium=${LEGEPLAN_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  echo "FAILED: $chromium is needed (Debian's chromium); install it with scripts/install-deps.sh test"
  exit 1
fi
mkdir -p "$node_dir"
if ! cmp -s "$src/tests/a11y/package-lock.json" "$node_dir/package-lock.json" ||
   [[ ! -d "$node_dir/node_modules/axe-core" || ! -d "$node_dir/node_modules/puppeteer-core" ]]; then
  cp "$src/tests/a11y/package.json" "$src/tests/a11y/package-lock.json" "$node_dir/"
  (cd "$node_dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) ||
    { echo "FAILED: npm ci of axe-core and puppeteer-core"; exit 1; }
fi
cp "$src/tests/a11y/axe_check.js" "$node_dir/"

pages=()
# The plan: Bergen's (long, charts, key figures), the small example, a nynorsk plan, and the
# hostile fixture (markup and odd characters in every text).
for plan in plans/bergen/plan.yaml examples/liten-kommune/plan.yaml examples/nynorsk/plan.yaml tests/fixtures/hostile/plan.yaml; do
  name=$(basename "$(dirname "$plan")")
  "$legeplan" build "$src/$plan" -o "$work/$name" --format html > /dev/null
  pages+=("$(ls "$work/$name"/*.html)")
done
# The follow-up report is a page of its own kind (no contents, tables of its own).
"$legeplan" report "$src/examples/nynorsk/plan.yaml" --year 2027 -o "$work/report" --format html > /dev/null
pages+=("$work/report/havoy-kommune-2027-2030-oppfolging-2027.html")
# The regional overview: wide tables of many municipalities and a chart per kind of key figure.
(cd "$src" && "$legeplan" overview examples/region plans/bergen -o "$work/overview" --format html > /dev/null)
pages+=("$work/overview/regionoversikt.html")
# The diff report between two versions of one plan: a new version, a cost raised (so the
# plan's own assertions fail and the report lists them), a text edited word by word (struck
# and inserted words in colour) and a measure added.
cp -r "$src/examples/liten-kommune" "$work/old"
cp -r "$src/examples/liten-kommune" "$work/new"
python3 - "$work/new/plan.yaml" <<'EDIT'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def edit(old, new):
    global text
    assert text.count(old) == 1, old
    text = text.replace(old, new)
edit('version: "0.3"', 'version: "0.4"')
edit("        amount: 90 000\n", "        amount: 120 000\n")
edit("Kommuneoverlegen får en selvstendig stilling på 50 prosent",
     "Kommuneoverlegen får en egen stilling på 60 prosent")
edit("\n# -----------------------------------------------------------------------------\n# key_figures:",
     """
  - id: felles-timebestilling
    number: 9
    section: samfunnsmedisin
    title: Felles timebestilling på nett
    text: Legesenteret tar i bruk timebestilling på nett for alle fastlegene.
    responsible: helse-omsorg
    costs:
      - {type: one_time, amount: 40 000, year: 2027}
    funding: new_money
    status: proposed

# -----------------------------------------------------------------------------
# key_figures:""")
open(path, "w", encoding="utf-8").write(text)
EDIT
# The raised cost makes the new version's assertions fail: diff compares it all the same (exit 0)
# and writes those errors to stderr, shown here only if diff fails.
"$legeplan" diff "$work/old/plan.yaml" "$work/new/plan.yaml" -o "$work/diff" --format html > /dev/null 2> "$work/diff.err" ||
  { cat "$work/diff.err"; exit 1; }
pages+=("$(ls "$work/diff"/*.html)")

check "axe finds no violation in any page (${#pages[@]} pages)" \
  node "$node_dir/axe_check.js" "$chromium" "${pages[@]}"

# The negative controls: Bergen's page with one paragraph in light grey on white (2.3:1, where
# WCAG AA asks 4.5:1; a style attribute is what the page's CSP allows, no script is added) and one
# label of its first chart in the same grey must fail, on both, at that paragraph and that label.
python3 - "${pages[0]}" "$work/low-contrast.html" <<'INJECT'
import base64, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
html = html.replace('<main id="main">', '<main id="main"><p id="low-contrast" style="color: #aaa; background: #fff">Lys grå tekst.</p>', 1)
chart = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
svg = base64.b64decode(chart.group(1)).decode()
grey = re.sub(r'fill="black"([^>]*>\s*<text>)', r'fill="#aaaaaa"\1', svg, count=1)
assert grey != svg
html = html.replace(chart.group(1), base64.b64encode(grey.encode()).decode(), 1)
open(sys.argv[2], "w", encoding="utf-8").write(html)
INJECT
set +e
node "$node_dir/axe_check.js" "$chromium" "$work/low-contrast.html" > "$work/control.out" 2>&1
code=$?
set -e
check "a page with low-contrast text fails (exit 1)" test "$code" -eq 1
check "... on colour contrast, at the paragraph" grep -q '^    #low-contrast: .*contrast' "$work/control.out"
check "... and at the chart's grey label" grep -q '^    chart 1 .*fill rgb(170, 170, 170) on white, contrast 2.32:1' "$work/control.out"
((fail == 0)) || cat "$work/control.out"
exit $fail
