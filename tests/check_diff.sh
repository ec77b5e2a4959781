#!/usr/bin/env bash
# LSU review: commits Bergen's plan to a fresh git repository, commits a changed version (a
# measure added, one removed, two renumbered, a cost changed, a text and a section edited,
# a new version and date), and checks `legeplan diff` between the two git revisions against
# the golden summary and report (LEGEPLAN_UPDATE=1 rewrites them).
# Usage: check_diff.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

mkdir -p "$work/repo"
cp -r "$src/plans/bergen" "$work/repo/bergen"
cd "$work/repo"
git init -q
git -c user.name=test -c user.email=test@example.invalid add -A
git -c user.name=test -c user.email=test@example.invalid commit -qm "versjon 1.0"

PYTHONPATH="$src/tests" python3 - <<'EDIT'
from bergen_draft import edit, portal_for_last_measure, version_with_portal
t = "bergen/tiltak.yaml"
edit(t, "      - {type: yearly, amount: 200 000}", "      - {type: yearly, amount: 250 000}")
edit(t, "gjør det enklere for nye fastleger", "gjør det lettere for alle nye fastleger")
edit(t, "  - id: retningslinjearbeid\n    number: 8", "  - id: retningslinjearbeid\n    number: 9")
edit(t, "  - id: praksisutplassering-studenter\n    number: 9", "  - id: praksisutplassering-studenter\n    number: 8")
portal_for_last_measure(t)
p = "bergen/plan.yaml"
version_with_portal(p)
edit(p, "date: 2017-06-01", "date: 2017-09-01")
edit("bergen/tekst/02-2-kompetanse.md", "Bergen vil ha én til tre leger i prosjektet.",
     "Bergen vil ha to til fire leger i prosjektet.")
EDIT
git -c user.name=test -c user.email=test@example.invalid commit -qam "versjon 1.1"

"$legeplan" diff HEAD~1:bergen/plan.yaml HEAD:bergen/plan.yaml -o out > "$work/summary.txt"
if [[ ${LEGEPLAN_UPDATE:-} == 1 ]]; then
  cp "$work/summary.txt" "$src/tests/golden/bergen-diff.txt"
  cp "$work/repo/out/bergen-kommune-2017-2020-diff.md" "$src/tests/golden/bergen-diff.md"
  exit 0
fi
check "terminal summary is exact" diff -u "$src/tests/golden/bergen-diff.txt" "$work/summary.txt"
check "report is exact" diff -u "$src/tests/golden/bergen-diff.md" "$work/repo/out/bergen-kommune-2017-2020-diff.md"
pandoc -f docx -t plain --wrap=none "$work/repo/out/bergen-kommune-2017-2020-diff.docx" | sed 's/\xc2\xa0/ /g' > "$work/docx.txt"
check "docx report shows the new measure" grep -qF "Tiltak 37: Felles pasientportal" "$work/docx.txt"
check "docx report shows the total before and after" grep -qF "18 400 000 kr" "$work/docx.txt"
check "docx report shows the edited section" grep -qF "2.2 Kompetanse" "$work/docx.txt"
check "html report marks deleted words" grep -qF "<del>én</del>" "$work/repo/out/bergen-kommune-2017-2020-diff.html"
check "html report marks inserted words" grep -qF '<u>to</u>' "$work/repo/out/bergen-kommune-2017-2020-diff.html"

# The working copy against the last commit: nothing changed.
"$legeplan" diff HEAD:bergen/plan.yaml bergen/plan.yaml > "$work/same.txt"
check "no differences are reported as none" grep -qF "Ingen endringer." "$work/same.txt"

# An unknown revision is an error naming it.
set +e
"$legeplan" diff HEAD~5:bergen/plan.yaml bergen/plan.yaml > /dev/null 2> "$work/bad.txt"
code=$?
set -e
check "unknown revision exits 2 (a plan file that cannot be read)" test "$code" -eq 2
check "unknown revision is named" grep -qF "error[E001]: cannot read plan file 'HEAD~5:bergen/plan.yaml': unknown revision 'HEAD~5'" "$work/bad.txt"
exit $fail
