#!/usr/bin/env python3
"""A table's sum row never stands alone at the top of a page: on the page of a sum row ("Sum",
"Sum, kvart tiltak …", "herav …" and their figures) some row of figures comes before it, so it is
never only under the table's header repeated on a new page. Prints each sum row that stands
alone, with its page, and exits 1 when there is one. Usage: lonely_rows.py FILE.pdf"""
import re
import subprocess
import sys

pdf = sys.argv[1]
pages = int(re.search(r"^Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                                                        check=True).stdout, re.M).group(1))
sum_row = re.compile(r"^(Sum|herav)\b")
# A row of figures: an amount in groups of three ("1 300 000"), or a row ending in an empty cell's dash.
figures_row = re.compile(r"\b\d{1,3}(?: \d{3})+\b|\s[–-]$")
lonely = []
for page in range(1, pages + 1):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout.replace("\u00a0", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if not (sum_row.match(line) and figures_row.search(line)):  # "Sum 2017–2020" heads a column
            continue
        if not any(figures_row.search(above) for above in lines[:i]):
            lonely.append(f"{pdf}: page {page}: '{' '.join(line.split())}' stands alone under the page's top")
for found in lonely:
    print(found)
sys.exit(1 if lonely else 0)
