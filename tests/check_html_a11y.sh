#!/usr/bin/env bash
# axe-core's rules on legeplan's HTML, run inside jsdom: no violation allowed (colour contrast
# aside, which jsdom cannot measure since it lays nothing out). axe-core and jsdom come from npm,
# at the versions tests/a11y/package-lock.json pins, installed into NODE_DIR (in the build folder)
# the first time. Usage: check_html_a11y.sh LEGEPLAN SOURCE_DIR NODE_DIR
set -euo pipefail
legeplan=$1
src=$2
node_dir=$3
source "$(dirname "$0")/check_lib.sh"

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "FAILED: node and npm are needed; install them with scripts/install-deps.sh"
  exit 1
fi
mkdir -p "$node_dir"
if ! cmp -s "$src/tests/a11y/package-lock.json" "$node_dir/package-lock.json" || [[ ! -d "$node_dir/node_modules/axe-core" ]]; then
  cp "$src/tests/a11y/package.json" "$src/tests/a11y/package-lock.json" "$node_dir/"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "FAILED: npm ci of axe-core and jsdom"; exit 1; }
fi
cp "$src/tests/a11y/axe_check.js" "$node_dir/"

for plan in plans/bergen/plan.yaml examples/liten-kommune/plan.yaml examples/nynorsk/plan.yaml tests/fixtures/hostile/plan.yaml; do
  name=$(basename "$(dirname "$plan")")
  "$legeplan" build "$src/$plan" -o "$work/$name" --format html > /dev/null
  html=$(ls "$work/$name"/*.html)
  check "axe finds no violation in $name's html" node "$node_dir/axe_check.js" "$html"
done
# The follow-up report is a page of its own kind (no contents, tables of its own).
"$legeplan" report "$src/examples/nynorsk/plan.yaml" --year 2027 -o "$work/report" --format html > /dev/null
check "axe finds no violation in the follow-up report's html" node "$node_dir/axe_check.js" \
  "$work/report/nynorsk-oppfolging-2027.html"
# The regional overview: wide tables of many municipalities and a chart per kind of key figure.
(cd "$src" && "$legeplan" overview examples/region plans/bergen -o "$work/overview" --format html > /dev/null)
check "axe finds no violation in the regional overview's html" node "$node_dir/axe_check.js" \
  "$work/overview/regionoversikt.html"
exit $fail
