#!/usr/bin/env bash
# A draft with errors is compared, not refused (issue 15): Bergen against a copy where measure
# 28 costs 500 000 kr more and the plan's assertions were not updated. diff must exit 0 and show
# measure 28, the +500 000 kr, the new total and both failing assertions with file:line, in the
# terminal summary and in every report format. Then a draft whose sums cannot be trusted (an
# unknown rate) shows its text changes and says the sums cannot be compared, and a draft that
# does not parse is refused with 1. Usage: check_diff_draft.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

cp -r "$src/plans/bergen" "$work/old"
cp -r "$src/plans/bergen" "$work/new"
cd "$work"
python3 - <<'EDIT'
def edit(path, old, new):
    text = open(path, encoding="utf-8").read()
    assert text.count(old) == 1, (path, old)
    open(path, "w", encoding="utf-8").write(text.replace(old, new))
edit("new/tiltak.yaml", "      - {type: yearly, amount: 5 500 000}", "      - {type: yearly, amount: 6 000 000}")
edit("new/plan.yaml", "  summary: |\n", "  summary: |\n    Utkast til ny behandling.\n")
EDIT

set +e
"$legeplan" diff old/plan.yaml new/plan.yaml -o out > summary.txt 2> stderr.txt
code=$?
set -e
check "a draft with failing assertions is compared (exit 0)" test "$code" -eq 0
# The lines of plan.yaml that hold the two assertions.
total_line=$(grep -n '^  - total: 18 400 000' new/plan.yaml | cut -d: -f1)
recurring_line=$(grep -n '^  - recurring: 17 100 000' new/plan.yaml | cut -d: -f1)
cat > expected-top.txt <<TOP
Endringer i planen: Versjon 1.0
  Feil i utkastet:
    Etter: new/plan.yaml:$total_line: E030: assertion failed: total is 18 900 000 kr, the plan states 18 400 000 kr (difference +500 000 kr)
    Etter: new/plan.yaml:$recurring_line: E030: assertion failed: recurring cost is 17 600 000 kr, the plan states 17 100 000 kr (difference +500 000 kr)
TOP
head -4 summary.txt > top.txt
check "summary lists the failing assertions first, with file:line" diff -u expected-top.txt top.txt
check "summary names measure 28 and its cost change" \
  contains summary.txt "    ~ Tiltak 28: Utrykningslege med legevaktbil hele døgnet (Årlige kostnader +500 000 kr)"
check "summary shows the new total" contains summary.txt "  Sum: 18 400 000 kr → 18 900 000 kr (+500 000 kr)"
check "summary says the plan's summary changed" contains summary.txt "  Sammendrag: endret"
check "the assertion errors still go to stderr" contains stderr.txt "new/plan.yaml:$total_line:"

md=out/bergen-kommune-2017-2020-diff.md
check "report starts with the errors" test "$(sed -n 3p "$md")" = "# Feil i utkastet {.unnumbered}"
check "report lists the total assertion with file:line" contains "$md" \
  "- Etter\: new\/plan\.yaml\:$total_line\: E030\: assertion failed\: total is 18 900 000 kr\, the plan states 18 400 000 kr \(difference \+500 000 kr\)"
check "report shows measure 28" contains "$md" "## Tiltak 28\: Utrykningslege med legevaktbil hele døgnet {.unnumbered}"
check "report shows the cost change" contains "$md" "- Årlige kostnader: 5 500 000 kr → 6 000 000 kr \(\+500 000 kr\)"
sed 's/\xc2\xa0/ /g' "$md" > report-spaces.md  # the tables' amounts keep together with no-break spaces
check "report shows the new total" contains report-spaces.md "| Sum | 18 400 000 kr | 18 900 000 kr | \+500 000 kr |"
check "report shows the summary's change" contains "$md" "[Utkast til ny behandling\.]{.underline}"
pandoc -f docx -t plain --wrap=none out/bergen-kommune-2017-2020-diff.docx | sed 's/\xc2\xa0/ /g' > docx.txt
check "docx report lists the error heading" contains docx.txt "Feil i utkastet"
check "docx report lists the assertion with file:line" contains docx.txt "new/plan.yaml:$total_line: E030"
check "docx report shows the new total" contains docx.txt "18 900 000 kr"
check "html report lists the assertion with file:line" contains out/bergen-kommune-2017-2020-diff.html "new/plan.yaml:$total_line: E030"
check "the version, unchanged, is given once under the title" \
  contains out/bergen-kommune-2017-2020-diff.html '<p class="subtitle">Versjon 1.0</p>'

# An unknown rate: the sums cannot be trusted, so none is shown, but the text change is.
cp -r "$src/plans/bergen" "$work/norate"
python3 - <<'EDIT'
path = "norate/tiltak.yaml"
text = open(path, encoding="utf-8").read()
old = "      - {type: yearly, amount: 5 500 000}"
assert text.count(old) == 1
text = text.replace(old, "      - {type: yearly, fte: 2, rate: finnes-ikke}")
text = text.replace("etablerer kommunen en vaktordning", "etablerer kommunen snart en vaktordning")
text += """
  - id: ny-vakt
    number: 38
    section: e-helse
    title: Ny vaktordning
    text: Kommunen prøver ut en ny vaktordning.
    responsible: byradsavd-helse
    costs:
      - {type: yearly, fte: 1, rate: finnes-ikke-heller}
    funding: new_money
"""
open(path, "w", encoding="utf-8").write(text)
EDIT
set +e
"$legeplan" diff old/plan.yaml norate/plan.yaml -o out2 > norate.txt 2> /dev/null
code=$?
set -e
check "a draft with an unknown rate is compared (exit 0)" test "$code" -eq 0
check "summary lists the unknown rate" contains norate.txt ": E021: "
check "summary says the sums cannot be compared" contains norate.txt \
  "  Summene kan ikke sammenlignes, fordi feil i planen kan gjøre dem gale. Rett feilene og sammenlign på nytt."
check "summary shows no sum" lacks norate.txt "  Sum: "
check "summary names the text change of measure 28" \
  contains norate.txt "    ~ Tiltak 28: Utrykningslege med legevaktbil hele døgnet (Kostnadene er endret, Tekst)"
check "report shows no totals table" lacks out2/bergen-kommune-2017-2020-diff.md "Summer før og etter"
check "report shows the inserted word" contains out2/bergen-kommune-2017-2020-diff.md "[snart]{.underline}"
check "report says measure 28's costs changed" contains out2/bergen-kommune-2017-2020-diff.md "- Kostnadene er endret"
check "report shows no cost of measure 28" lacks out2/bergen-kommune-2017-2020-diff.md "5 500 000"
check "report shows the new measure in its block" contains out2/bergen-kommune-2017-2020-diff.md "**Tiltak 38: Ny vaktordning**"
check "and its place" contains out2/bergen-kommune-2017-2020-diff.md "| **Kapittel:** 7 E\-helse"
check "and its funding" contains out2/bergen-kommune-2017-2020-diff.md "| **Finansiering:** Nye midler"
check "but no cost, which cannot be trusted" lacks out2/bergen-kommune-2017-2020-diff.md "**Kostnad:**"

# A draft that does not parse cannot be compared: exit 1, the syntax error on stderr.
cp -r "$src/plans/bergen" "$work/broken"
printf 'title: [\n' >> broken/tiltak.yaml
set +e
"$legeplan" diff old/plan.yaml broken/plan.yaml > broken.txt 2> broken-err.txt
code=$?
set -e
check "a draft with a YAML syntax error exits 1" test "$code" -eq 1
check "its syntax error is on stderr" contains broken-err.txt "error[E004]"
check "nothing is compared" test ! -s broken.txt
exit $fail
