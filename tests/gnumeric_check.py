#!/usr/bin/python3
"""Opens workbooks in Gnumeric (ssconvert --recalc), a second and stricter reader than LibreOffice,
and checks that every formula is read as a formula and computes the value the file stores.

    gnumeric_check.py [--known REGEX]... WORKBOOK.xlsx [WORKBOOK.xlsx ...]

Each workbook is recalculated and written out one CSV per sheet, without any locale (LANG and
LC_* unset, as on a fresh minimal Debian) and without a display. Then, for every cell the file
stores a formula in:

  - the stored formula must not start with '=' (libxlsxwriter adds the one '=' a formula has; a
    second one is what Gnumeric rejects as "Invalid expression" and shows as text);
  - Gnumeric's recalculated cell must be a number equal to the value stored beside the formula
    (the figure legeplan computed), or, for a formula stored with a text value (the "–" of a
    figure that has nothing to divide by), that same text.

And no cell of any sheet may read as text starting with '=' (a formula shown as text), unless the
file stores exactly that text in it (a title from the plan, which must stay text). Prints,
tab-separated, one line per formula cell and one per defined name of a single cell, with the value
Gnumeric computed:

    formula  FILE  SHEET  A1  FORMULA  VALUE
    name     FILE  NAME  VALUE

A formula matching a --known REGEX, and every formula in its row (which may add it up), is a known
difference between Gnumeric and the spreadsheets legeplan is made for: it is printed as
"known FILE SHEET A1 FORMULA VALUE STORED" and not compared.
and a line "FAILED: …" for each broken rule. Exit status 0 when all held, 1 when a rule broke,
2 when ssconvert failed or a workbook could not be read. ssconvert's own messages (GLib warnings
without a display, "Unhandled object of type Note" for comments) are shown only on failure.
"""

import csv
import math
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

SSCONVERT = os.environ.get("LEGEPLAN_SSCONVERT", "ssconvert")
NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
# The text exporter with its options spelt out: raw values (no number formats, so no locale's
# separators), UTF-8 whatever the locale, one CSV per sheet (-S).
EXPORT = ["-T", "Gnumeric_stf:stf_assistant", "-O",
          "format=raw charset=UTF-8 locale=C separator=, quoting-mode=auto eol=unix"]


def cell_position(ref):
    """"AB12" → (11, 27), zero-based row and column."""
    m = re.fullmatch(r"\$?([A-Z]+)\$?([0-9]+)", ref)
    if not m:
        raise ValueError("not a cell: " + ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - ord("A") + 1
    return int(m.group(2)) - 1, col - 1


def to_a1(row, col):
    """(11, 27) → "AB12"."""
    letters = ""
    col += 1
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return "%s%d" % (letters, row + 1)


def sheets_of(book):
    """The sheets in workbook order: (name, path of its XML in the package)."""
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    sheets = []
    for s in workbook.findall("m:sheets/m:sheet", NS):
        target = targets[s.get("{%s}id" % NS["r"])]
        sheets.append((s.get("name"), target.lstrip("/") if target.startswith("/") else "xl/" + target))
    return sheets, workbook


def shared_strings(book):
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ET.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])) for si in root.findall("m:si", NS)]


def stored_cells(xml, strings):
    """A sheet's formula cells as (A1, formula, stored value, whether that value is text), and its
    text cells as {(row, col): text}."""
    formulas, texts = [], {}
    for c in ET.fromstring(xml).iter("{%s}c" % NS["m"]):
        f = c.find("m:f", NS)
        v = c.find("m:v", NS)
        if f is not None:
            formulas.append((c.get("r"), f.text or "", v.text if v is not None else None, c.get("t") == "str"))
        elif c.get("t") == "s" and v is not None:
            texts[cell_position(c.get("r"))] = strings[int(v.text)]
    return formulas, texts


def recalculated(path, folder):
    """Gnumeric's recalculated sheets as grids of text, in workbook order; None if ssconvert failed."""
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"))}
    env["GSETTINGS_BACKEND"] = "memory"  # no dconf to write to, and no warning about it
    out = os.path.join(folder, "sheet.csv")
    run = subprocess.run([SSCONVERT, "--recalc", "-S", *EXPORT, path, out], env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    messages = run.stdout.decode("utf-8", "replace")
    if run.returncode != 0:
        return None, messages
    grids = []
    while os.path.exists("%s.%d" % (out, len(grids))):
        with open("%s.%d" % (out, len(grids)), encoding="utf-8", newline="") as f:
            grids.append(list(csv.reader(f)))
    return grids, messages


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def check(path, folder, known):
    """Prints the workbook's lines; returns 0, 1 or 2 as the exit status."""
    name = os.path.basename(path)
    failures = []
    with zipfile.ZipFile(path) as book:
        sheets, workbook = sheets_of(book)
        strings = shared_strings(book)
        grids, messages = recalculated(path, folder)
        if grids is None:
            print("FAILED: %s: ssconvert failed:\n%s" % (name, messages), file=sys.stderr)
            return 2
        if len(grids) != len(sheets):
            print("FAILED: %s: %d sheets, ssconvert wrote %d\n%s" % (name, len(sheets), len(grids), messages),
                  file=sys.stderr)
            return 2
        for (sheet, part), grid in zip(sheets, grids):
            formulas, texts = stored_cells(book.read(part), strings)
            for r, row in enumerate(grid):
                for c, text in enumerate(row):
                    # Text from the plan may start with '='; it must stay that text.
                    if text.startswith("=") and texts.get((r, c)) != text:
                        failures.append("%s: %s!%s reads as the text %r" % (name, sheet, to_a1(r, c), text))
            known_rows = {cell_position(ref)[0] for ref, formula, _, _ in formulas
                          if any(k.search(formula) for k in known)}
            for ref, formula, stored, stored_text in formulas:
                r, c = cell_position(ref)
                text = grid[r][c] if r < len(grid) and c < len(grid[r]) else ""
                if formula.startswith("="):
                    failures.append("%s: %s!%s stores the formula %r with a second '='" % (name, sheet, ref, formula))
                if r in known_rows:
                    print("known\t%s\t%s\t%s\t%s\t%s\t%s" % (name, sheet, ref, formula, text, stored))
                    continue
                print("formula\t%s\t%s\t%s\t%s\t%s" % (name, sheet, ref, formula, text))
                value = number(text)
                if stored_text:
                    if text != (stored or ""):
                        failures.append("%s: %s!%s = %s: Gnumeric gives %r, the file stores the text %r"
                                        % (name, sheet, ref, formula, text, stored))
                elif value is None:
                    failures.append("%s: %s!%s = %s: Gnumeric gives %r, not a number" % (name, sheet, ref, formula, text))
                elif number(stored) is None or not math.isclose(value, number(stored), rel_tol=1e-12, abs_tol=1e-9):
                    failures.append("%s: %s!%s = %s: Gnumeric computes %s, the file stores %s"
                                    % (name, sheet, ref, formula, text, stored))
        for d in workbook.findall("m:definedNames/m:definedName", NS):
            m = re.fullmatch(r"'?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?[0-9]+)", d.text or "")
            if d.get("name").startswith("_xlnm.") or not m:
                continue
            r, c = cell_position(m.group(2))
            sheet = m.group(1).replace("''", "'")
            grid = grids[[s for s, _ in sheets].index(sheet)]
            text = grid[r][c] if r < len(grid) and c < len(grid[r]) else ""
            print("name\t%s\t%s\t%s" % (name, d.get("name"), text))
    for failure in failures:
        print("FAILED: " + failure)
    if failures and messages.strip():
        print("ssconvert said about %s:\n%s" % (name, messages), file=sys.stderr)
    return 1 if failures else 0


def main(args):
    known, paths = [], []
    while args:
        if args[0] == "--known" and len(args) > 1:
            known.append(re.compile(args[1]))
            args = args[2:]
        else:
            paths.append(args[0])
            args = args[1:]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        with tempfile.TemporaryDirectory() as folder:
            try:
                status = max(status, check(path, folder, known))
            except (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError) as e:
                print("FAILED: %s: cannot read it: %s" % (path, e), file=sys.stderr)
                status = 2
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
