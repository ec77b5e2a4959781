#!/usr/bin/env bash
# Every kind of PDF legeplan writes is tagged as PDF/UA-1 asks (tests/check_pdf_ua.py, against
# the Markdown written beside it): Bergen's plan, both examples, the nynorsk example's follow-up
# report, the overview of examples/region and a diff. An untagged PDF, and one with LibreOffice
# 7.4's /Tabs string put back, must fail the same check. No table's sum row stands alone on a
# page (tests/lonely_rows.py), with a control. Usage: check_pdf.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
ua() { /usr/bin/python3 "$src/tests/check_pdf_ua.py" "$@" || fail=1; }

"$legeplan" build "$src/plans/bergen/plan.yaml" "$src/examples/liten-kommune/plan.yaml" -o "$work/plans" --format pdf,md > /dev/null
ua "$work/plans/bergen-kommune-2017-2020.pdf" "$work/plans/bergen-kommune-2017-2020.md" --lang nb-NO
ua "$work/plans/fjellvik-kommune-2027-2030.pdf" "$work/plans/fjellvik-kommune-2027-2030.md" --lang nb-NO
"$legeplan" build "$src/examples/nynorsk/plan.yaml" -o "$work/nn" --format pdf,md > /dev/null
ua "$work/nn/havoy-kommune-2027-2030.pdf" "$work/nn/havoy-kommune-2027-2030.md" --lang nn-NO
"$legeplan" report "$src/examples/nynorsk/plan.yaml" --year 2027 -o "$work/report" --format pdf,md > /dev/null
ua "$work/report/havoy-kommune-2027-2030-oppfolging-2027.pdf" "$work/report/havoy-kommune-2027-2030-oppfolging-2027.md" --lang nn-NO
"$legeplan" overview "$src/examples/region" -o "$work/overview" --format pdf,md > /dev/null
ua "$work/overview/regionoversikt.pdf" "$work/overview/regionoversikt.md" --lang nb-NO
# A diff: the small example against itself with one measure's cost changed.
# (Its assertions now fail; a draft with errors is compared all the same.)
mkdir "$work/draft" && cp -r "$src/examples/liten-kommune" "$work/draft/"
sed -i '0,/unit_amount: 60 000/s//unit_amount: 70 000/' "$work/draft/liten-kommune/plan.yaml"
"$legeplan" diff "$src/examples/liten-kommune/plan.yaml" "$work/draft/liten-kommune/plan.yaml" -o "$work/diff" \
  --format pdf,md > /dev/null 2> "$work/diff.err"
check "the diff's report says what changed" grep -qF "140 000" "$work/diff/fjellvik-kommune-2027-2030-diff.md"
ua "$work/diff/fjellvik-kommune-2027-2030-diff.pdf" "$work/diff/fjellvik-kommune-2027-2030-diff.md" --lang nb-NO

# The negative controls: the check fails an untagged PDF, and 7.4's /Tabs string.
/usr/bin/python3 - "$work/plans/bergen-kommune-2017-2020.pdf" "$work/untagged.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
del pdf.Root["/StructTreeRoot"]
del pdf.Root["/MarkInfo"]
pdf.save(sys.argv[2])
PY
check "the untagged PDF is one (pdfinfo: Tagged: no)" grep -q "^Tagged: *no" <(pdfinfo "$work/untagged.pdf")
ua "$work/untagged.pdf" "$work/plans/bergen-kommune-2017-2020.md" --expect-failure "no structure tree"
ua "$work/untagged.pdf" "$work/plans/bergen-kommune-2017-2020.md" --expect-failure "not marked"
# Pages without a lonely sum row (tests/lonely_rows.py): a table's "Sum" never heads a page alone.
for pdf in "$work/plans/bergen-kommune-2017-2020.pdf" "$work/plans/fjellvik-kommune-2027-2030.pdf" "$work/nn/havoy-kommune-2027-2030.pdf" \
           "$work/report/havoy-kommune-2027-2030-oppfolging-2027.pdf" "$work/overview/regionoversikt.pdf"; do
  check "no sum row stands alone on a page of $(basename "$pdf")" /usr/bin/python3 "$src/tests/lonely_rows.py" "$pdf"
done
# Its control: a table whose sum row a page break has put alone under the repeated header.
cat > "$work/lonely.md" <<'MD'
| Tiltak | 2017 |
|---|---:|
| 1 Skjerming | 200 000 |

```{=openxml}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

| Tiltak | 2017 |
|---|---:|
| Sum | 200 000 |
MD
pandoc "$work/lonely.md" -o "$work/lonely.docx"
timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
  "$work/lonely.docx" > /dev/null 2>&1 || true
status=0
/usr/bin/python3 "$src/tests/lonely_rows.py" "$work/lonely.pdf" > "$work/lonely.txt" || status=$?
check "the lonely-row check fails its control" test "$status" -eq 1
check "and names the control's sum row on page 2" grep -q "page 2: 'Sum 200 000' stands alone" "$work/lonely.txt"
sed 's|/Tabs/S |/Tabs(S)|g' "$work/plans/bergen-kommune-2017-2020.pdf" > "$work/tabs.pdf"
ua "$work/tabs.pdf" "$work/plans/bergen-kommune-2017-2020.md" --expect-failure "/Tabs pikepdf.String(\"S\"), not the name /S"
exit $fail
