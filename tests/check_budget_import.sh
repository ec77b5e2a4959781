#!/usr/bin/env bash
# The budget in a form finance can import (issue 28): the workbook's Budsjettimport sheet keeps a
# code's leading zeros (ansvar "04600" read back by openpyxl is the string "04600"), holds the
# amounts as numbers, and its sum rows equal each year's net; the wide CSV quotes the code, and
# LibreOffice told to take quoted fields as text keeps it as text.
# Usage: check_budget_import.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plan"
sed 's/ansvar: "4600"/ansvar: "04600"/' "$src/examples/liten-kommune/plan.yaml" > "$work/plan/plan.yaml"
"$legeplan" build "$work/plan/plan.yaml" -o "$work/out" --name plan --format xlsx,budget > /dev/null
grep -q '^"04600";' "$work/out/plan-budsjett.csv" || { echo "FAILED: the CSV does not quote ansvar 04600"; exit 1; }
/usr/bin/python3 - "$work/out/plan.xlsx" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["Budsjettimport"]
rows = list(sheet.iter_rows(values_only=True))
header = rows[0]
assert header[:6] == ("Ansvar", "KOSTRA-art", "KOSTRA-funksjon", "Prosjekt", "Budsjett", "Prisår"), header
assert header[6:10] == ("2027", "2028", "2029", "2030"), header
data = []
for row in rows[1:]:
    if row[0] is None:
        break
    data.append(row)
ansvar = {row[0] for row in data}
assert "04600" in ansvar, ansvar
for row in data:
    for code in row[:4]:
        assert code is None or isinstance(code, str), row
    for amount in row[6:10]:
        assert isinstance(amount, (int, float)), row
print("ok: Budsjettimport keeps 04600 as text and", len(data), "rows of numbers")
PY
# LibreOffice's CSV import with "quoted field as text" (the 7th filter token) keeps it as text.
(cd "$work" && timeout 120 soffice --headless -env:UserInstallation=file://$work/profile \
   --infilter="CSV:59,34,76,1,,0,true" --convert-to xlsx --outdir "$work/csv" "$work/out/plan-budsjett.csv" > /dev/null 2>&1)
/usr/bin/python3 - "$work/csv/plan-budsjett.xlsx" <<'PY'
import sys
import openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
assert "04600" in values, values
print("ok: LibreOffice's CSV import with quoted fields as text keeps 04600")
PY
