#!/usr/bin/env bash
# bench/gen_region.py, the plans of the many-plans benchmark, kept from rotting: five plans pass
# `legeplan validate --strict` (no error, no warning, every assertion holds) with the figures the
# generator listed in totals.csv; the same seed gives the same bytes.
# Usage: check_gen_region.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$(realpath "$1")
src=$(realpath "$2")
source "$(dirname "$0")/check_lib.sh"
cd "$work"

python3 "$src/bench/gen_region.py" 5 plans
python3 "$src/bench/gen_region.py" 5 again
check "the same seed gives the same bytes" diff -r plans again
check "five plan folders and totals.csv" test "$(ls plans | wc -l)" -eq 6
check "totals.csv: a header, five plans and their sum" test "$(wc -l < plans/totals.csv)" -eq 7

kr() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1 \2/; ta'; }
tail -n +2 plans/totals.csv | head -5 > rows.csv
while IFS=, read -r folder municipality measures recurring one_time total grants net; do
  set +e
  "$legeplan" validate --strict "plans/$folder/plan.yaml" > "$folder.out" 2> "$folder.err"
  code=$?
  set -e
  check "$folder: validate --strict exits 0" test "$code" -eq 0
  check "$folder: no diagnostics" test ! -s "$folder.err"
  check "$folder: names $municipality" grep -qx "  municipality: $municipality" "plans/$folder/plan.yaml"
  # validate's summary shows the figures the plan asserts and the generator added up.
  check "$folder: validate's summary is the generator's" diff -u \
    <(echo "$measures measures · recurring $(kr "$recurring") kr/yr · one-time $(kr "$one_time") kr · total $(kr "$total") kr") \
    <(head -1 "$folder.out")
done < rows.csv
check "the sum line adds up the plans" diff -u \
  <(awk -F, 'NR > 1 && $1 != "sum" {for (i = 3; i <= 8; i++) s[i] += $i}
             END {printf "sum,"; for (i = 3; i <= 8; i++) printf ",%d", s[i]; print ""}' plans/totals.csv) \
  <(tail -1 plans/totals.csv)
check "the plans are not all alike: some in nynorsk" grep -q "language: nn" plans/*/plan.yaml
check "the plans are not all alike: some in bokmål" grep -q "language: nb" plans/*/plan.yaml
exit $fail
