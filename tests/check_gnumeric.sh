#!/usr/bin/env bash
# Every workbook legeplan writes, recalculated by Gnumeric (tests/gnumeric_check.py: ssconvert
# --recalc, no locale, no display), a second and stricter reader than LibreOffice: it shows a
# formula stored with a doubled '=' ("=SUM(…)" in the file) as text where LibreOffice quietly
# accepts it. The cost workbooks of Bergen, of every plan under examples/, of the finance
# fixture and of the doctors' fixture, the review forms, the nynorsk example's follow-up workbook
# for 2027, the grants fixture's for 2028 and the regional overview: every formula must compute the value the file stores beside
# it, no cell may read as text starting with '=', and the totals must be the ones `legeplan
# validate` prints and the report and overview tests assert (the doctors' lists per curative day
# those of issue 27).
# Usage: check_gnumeric.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
python=${LEGEPLAN_GNUMERIC_PYTHON:-/usr/bin/python3}
source "$(dirname "$0")/check_lib.sh"

cd "$src"
mapfile -t plans < <(printf '%s\n' plans/bergen tests/fixtures/finance; find examples -name plan.yaml -printf '%h\n' | sort)
for plan in "${plans[@]}"; do
  "$legeplan" build "$plan/plan.yaml" -o "$work/cost/$plan" --format xlsx > /dev/null
done
for plan in plans/bergen examples/liten-kommune; do
  "$legeplan" build "$plan/plan.yaml" -o "$work/review" --format review > /dev/null
done
cp examples/nynorsk/plan.yaml "$work/havoy.yaml"
"$legeplan" report "$work/havoy.yaml" --year 2027 -o "$work/report" --format xlsx > /dev/null
"$legeplan" report tests/fixtures/follow-up-grants/plan.yaml --year 2028 -o "$work/report" --format xlsx > /dev/null
"$legeplan" overview examples/region/region.yaml -o "$work/overview" --format xlsx > /dev/null
# Issue 27's five GPs, without the assertion that keeps the fixture from building.
mkdir -p "$work/doctors-plan"
sed '/^assertions:/,$d' tests/fixtures/doctors/plan.yaml > "$work/doctors-plan/plan.yaml"
"$legeplan" build "$work/doctors-plan/plan.yaml" -o "$work/doctors" --name leger --format xlsx > /dev/null 2>&1

mapfile -t books < <(find "$work/cost" "$work/review" "$work/report" "$work/overview" "$work/doctors" -name '*.xlsx' | sort)
check "a workbook of each kind: ${#plans[@]} cost, 2 review, 2 reports, overview, doctors" \
  test "${#books[@]}" -eq $((${#plans[@]} + 6))
# Gnumeric evaluates a function given a range inside SUMPRODUCT by implicit intersection unless
# the formula is entered as an array formula, so the per-goal rows of "Per ansvar"
# (SUMPRODUCT(ISNUMBER(SEARCH(…, range)))) compute 0 there; Excel and LibreOffice compute them as
# arrays. Listed, not compared, and allowed in that sheet only.
status=0
"$python" "$src/tests/gnumeric_check.py" --known 'ISNUMBER\(SEARCH\(' "${books[@]}" > "$work/dump.tsv" || status=$?
grep '^FAILED' "$work/dump.tsv" || true
check "Gnumeric reads every workbook and each formula computes the stored value" test "$status" -eq 0
check "known differences only in the per-goal rows of 'Per ansvar'" \
  test -z "$(awk -F'\t' '$1 == "known" && $3 != "Per ansvar"' "$work/dump.tsv")"

value() {  # value KIND FILE SHEET-OR-NAME [A1] → Gnumeric's value
  awk -F'\t' -v kind="$1" -v file="$2" -v where="$3" -v a1="${4:-}" \
    'kind == "name" && $1 == kind && $2 == file && $3 == where { print $4 }
     kind == "formula" && $1 == kind && $2 == file && $3 == where && $4 == a1 { print $6 }' "$work/dump.tsv"
}
is() {  # is EXPECTED ACTUAL
  [[ $1 == "$2" ]] || { echo "  expected '$1', Gnumeric computed '$2'"; return 1; }
}
digits() { sed -E "s/.*$1 ([0-9 ]+) kr.*/\\1/; s/ //g" <<< "$2"; }

# The doctors' lists per curative day (column O) and the corrected list length (D18).
lists=$(for row in 5 6 7 8 9; do value formula leger.xlsx Leger "O$row"; done | paste -sd' ')
check "the doctors' lists per curative day" is "200 249 195 189 157" "$lists"
check "the doctors' corrected list length" is 966 "$(value formula leger.xlsx Leger D18)"

# Each cost workbook's totals (the names sum_aarlig, sum_engangs, sum_totalt) as validate prints them.
for plan in "${plans[@]}"; do
  summary=$("$legeplan" validate "$src/$plan/plan.yaml" | head -1)
  book=$(basename "$(find "$work/cost/$plan" -name '*.xlsx')")
  recurring=$(digits recurring "$summary") one_time=$(digits one-time "$summary") total=$(digits total "$summary")
  check "$plan: recurring $recurring" is "$recurring" "$(value name "$book" sum_aarlig)"
  check "$plan: one-time $one_time" is "$one_time" "$(value name "$book" sum_engangs)"
  check "$plan: total $total" is "$total" "$(value name "$book" sum_totalt)"
done

# The follow-up workbook: the totals check_report.sh reads in every document format.
report=havoy-kommune-2027-2030-oppfolging-2027.xlsx
check "report: planned 180 000" is 180000 "$(value formula $report 'Oppfølging 2027' E11)"
check "report: spent 178 400" is 178400 "$(value formula $report 'Oppfølging 2027' F11)"
check "report: difference −1 600" is -1600 "$(value formula $report 'Oppfølging 2027' G11)"
check "report: measure 4 under budget by 10 000" is -10000 "$(value formula $report 'Oppfølging 2027' G9)"
check "report: 3 measures in progress" is 3 "$(value formula $report 'Oppfølging 2027' D16)"
check "report: 5 measures in all" is 5 "$(value formula $report 'Oppfølging 2027' D21)"
check "report: waiting time changed by −0,5 days" is -0.5 "$(value formula $report Indikatorar G5)"
check "report: waiting time 1 day from target" is -1 "$(value formula $report Indikatorar J5)"
# The follow-up workbook with grants: own cost, grants, net and both deviations in its sum row.
grants=testvik-kommune-2027-2030-oppfolging-2028.xlsx
check "report with grants: net 870 000" is 870000 "$(value formula $grants 'Oppfølging 2028' G9)"
check "report with grants: −10 000 against own cost" is -10000 "$(value formula $grants 'Oppfølging 2028' I9)"
check "report with grants: +570 000 against net" is 570000 "$(value formula $grants 'Oppfølging 2028' J9)"

# The overview for 2027 (Bergen's 2017–2020 plan set apart): the region's sums of each plan's
# costs in 2027, which check_overview.sh compares with `legeplan costs`, and the key figures'
# region row: sums, the share of GPs aged 60+ from the counts (11 / 40) and the contract years
# weighted by GPs (422.3 / 40), with the count of the plans that give each.
overview=regionoversikt.xlsx
sums() { for a1 in "$@"; do printf '%s ' "$(value formula $overview Regionoversikt "$a1")"; done; }
check "overview: measures, recurring, one-time, total, grants and net for 2027" \
  is "10 1950000 1580000 3530000 500000 3030000 " "$(sums F9 G9 H9 I9 J9 K9)"
check "overview: averages per municipality" is "2.5 487500 395000 882500 125000 757500 " "$(sums F10 G10 H10 I10 J10 K10)"
key_figures() { for a1 in "$@"; do printf '%s ' "$(value formula $overview Nøkkeltall "$a1")"; done; }
check "overview: the region's key figures" is "48300 40 11 44 4 27.5 10.6 " "$(key_figures B9 C9 D9 E9 F9 G9 H9)"
check "overview: municipalities giving each figure" is "4 4 4 4 4 4 4 " "$(key_figures B10 C10 D10 E10 F10 G10 H10)"
exit $fail
