#!/usr/bin/env bash
# LSU's review form opened in a real spreadsheet engine (LibreOffice through tests/xlsx_check.py):
# sheet protection, the drop-down on LSU's view, the unlocked input cells and every stored cell
# must equal the golden dump (LEGEPLAN_UPDATE=1 rewrites it). Usage: check_review.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
python=${LEGEPLAN_UNO_PYTHON:-/usr/bin/python3}
source "$(dirname "$0")/check_lib.sh"

"$legeplan" build "$src/examples/liten-kommune/plan.yaml" -o "$work/out" --format review > /dev/null
"$legeplan" build "$src/tests/fixtures/hostile/plan.yaml" -o "$work/out" --name hostile --format review > /dev/null
"$python" "$src/tests/xlsx_check.py" "$work/out/fjellvik-kommune-2027-2030-lsu.xlsx" "$work/out/hostile-lsu.xlsx" \
  | grep -v $'\trecalc\t' > "$work/dump.tsv"
grep -F 'fjellvik-kommune-2027-2030-lsu.xlsx' "$work/dump.tsv" > "$work/form.tsv"
if [[ ${LEGEPLAN_UPDATE:-} == 1 ]]; then
  cp "$work/form.tsv" "$src/tests/golden/liten-kommune-lsu.tsv"
  exit 0
fi
check "the form is exactly as expected" diff -u "$src/tests/golden/liten-kommune-lsu.tsv" "$work/form.tsv"
check "the sheet is protected" grep -qxF $'protected\tfjellvik-kommune-2027-2030-lsu.xlsx\tUttalelse\t1' "$work/form.tsv"
check "LSU's view is a drop-down" grep -qxF $'input\tfjellvik-kommune-2027-2030-lsu.xlsx\tUttalelse\tG6\tunlocked\tLIST\t"Støtter";"Støtter med endringer";"Støtter ikke"' "$work/form.tsv"
check "only the input columns are unlocked" test -z "$(grep -P '^input\t[^\t]+\tUttalelse\t[A-F](6|7|8|9|1[0-3])\t' "$work/form.tsv")"
check "a formula-like title stays text" grep -qxF $'cell\thostile-lsu.xlsx\tstored\tUttalelse\tB6\tT\t@SUM(1+1)\t' "$work/dump.tsv"
exit $fail
