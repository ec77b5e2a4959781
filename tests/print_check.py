#!/usr/bin/python3
"""Reads the print setup of workbooks back as a reader's program does (openpyxl) and checks that
every sheet with data prints legibly.

    print_check.py WORKBOOK.xlsx [WORKBOOK.xlsx ...]

For each sheet it prints one tab-separated line,

    print  FILE  SHEET  ORIENTATION  FIT  TITLE_ROWS  FREEZE  PRINTED_COLUMNS  PRINTED_WIDTH

(FIT as width x height in pages, or "scale N, repeating A:B"; PRINTED_COLUMNS as A:P), so a
test can pin the setup, and one line "FAILED: FILE SHEET: what" for each rule a sheet breaks:

- it prints A4 on its side when wider than an upright page holds, its header rows repeated on
  every page and frozen on screen;
- the columns it prints (in the print area, not hidden) add up to at most 250 characters, and
  it is fitted to one page width (fitToWidth 1, fitToHeight 0); or, only when they add up to
  more, it prints over several pages across (over, then down) at a scale where a page holds
  at most 250 characters, its frozen columns repeated on each;
- a column headed by a key the formulas match on does not print;
- its footer numbers each page of all ("Side &P av &N");
- in the print area, text that does not wrap fits the cells it may run into, wrapped text has
  no word longer than its cell and a row tall enough for it, an amount fits its column (a
  viewer shows #### for one that does not), and nothing aligned to the right of its cell
  touches text aligned to the left of the next.

Column widths count in widths of the digit 0, as the file stores them.

    print_check.py --pages WORKBOOK.xlsx PRINTED.pdf [WORKBOOK.xlsx PRINTED.pdf ...]

reads the PDF a spreadsheet program printed of each workbook (pdftotext, one page at a time) and
prints one line "pages FILE N" per PDF and one "FAILED: FILE page N: what" for each page that
holds nothing a reader came for: no text at all, or only what every page repeats (the page
header and footer, the header rows repeated on every page) and a chart's labels, with no row of
a table or text of the sheet. The words of the repeated rows, the page headers and footers and
the charts are read from the workbook.

Exit status 0 when every sheet (every page) keeps every rule, 1 when one does not, 2 on a usage
error or a file that cannot be read.
"""

import math
import os
import re
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

MAX_PRINTED_WIDTH = 250
# Wider than this, a sheet must print on its side (an upright A4 page shows about 100).
MAX_PORTRAIT_WIDTH = 150
# Headers of the columns that hold keys for the SUMIFs and defined names (labels of nb and nn).
KEY_HEADERS = {"Ansvar-id", "Kapittel-id", "Navn i formler", "Namn i formlar"}
# Characters of body text (Calibri 11) a width of one digit holds on average, as the toolkit counts.
CHARS_PER_WIDTH = 1.15
BODY_POINTS = 11.0
LINE_POINTS = 15.0
DEFAULT_WIDTH = 9.140625  # an unset column: 8.43 and the padding, as stored
DEFAULT_HEIGHT = 15.0
# The characters of width one level of indent takes (Excel draws about 9 pixels).
INDENT_CHARS = 1.3
MAX_ROW_HEIGHT = 409.0
# A4 in inches, and the pixels (at 96 an inch) one character of column width takes with its
# share of the columns' padding.
A4 = (8.27, 11.69)
PIXELS_PER_CHAR = 7.4


def column_widths(ws, last_col):
    """Width of each column 1..last_col, 0 for a hidden one."""
    widths = {col: DEFAULT_WIDTH for col in range(1, last_col + 1)}
    for dim in ws.column_dimensions.values():
        if dim.min is None:
            continue
        for col in range(dim.min, min(dim.max, last_col) + 1):
            widths[col] = 0.0 if dim.hidden else (dim.width or DEFAULT_WIDTH)
    return widths


def print_area(ws):
    """The print area as (min_col, min_row, max_col, max_row), or None."""
    area = ws.print_area
    if isinstance(area, (list, tuple)):
        if len(area) != 1:
            return None
        area = area[0]
    if not area:
        return None
    return range_boundaries(area.split("!")[-1].replace("$", ""))


def capacity(cell, width):
    """How many characters of the cell's text fit in width."""
    font = cell.font
    size = (font.sz or BODY_POINTS) if font is not None else BODY_POINTS
    scale = BODY_POINTS / size
    if font is not None and font.b:
        scale *= 0.95
    return width * CHARS_PER_WIDTH * scale


def merged_spans(ws):
    """(row, first col) → last col for every merged range of one row."""
    spans = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row == rng.max_row:
            spans[(rng.min_row, rng.min_col)] = rng.max_col
    return spans


def chars_per_page(ws, scale):
    """The characters of column width a page's width holds at scale percent."""
    across = A4[1] if ws.page_setup.orientation == "landscape" else A4[0]
    margins = ws.page_margins
    inches = across - (margins.left if margins.left is not None else 0.7) - \
        (margins.right if margins.right is not None else 0.7)
    return inches * 96 / (PIXELS_PER_CHAR * scale / 100)


def horizontal(cell):
    """left, right or centre: how the cell's content lines up."""
    align = cell.alignment.horizontal if cell.alignment is not None else None
    if align in (None, "general"):
        return "right" if isinstance(cell.value, (int, float)) else "left"
    return {"center": "centre", "centerContinuous": "centre"}.get(align, align)


def dark_left_border(cell):
    """Whether a line that is not white marks the cell's left edge."""
    side = cell.border.left if cell.border is not None else None
    if side is None or not side.style:
        return False
    rgb = side.color.rgb if side.color is not None else None
    return not (isinstance(rgb, str) and rgb.upper().endswith("FFFFFF"))


def kroner_text(value):
    text = "{:,.0f}".format(abs(value)).replace(",", " ") + " kr"
    return "-" + text if value < 0 else text


def check_cells(ws, area, widths, spans, fail):
    min_col, min_row, max_col, max_row = area
    covered = set()
    for rng in ws.merged_cells.ranges:
        if rng.min_row != rng.max_row:
            for row in range(rng.min_row, rng.max_row + 1):
                for col in range(rng.min_col, rng.max_col + 1):
                    covered.add((row, col))
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for cell in row:
            value = cell.value
            if value is None or value == "" or not hasattr(cell, "column") or (cell.row, cell.column) in covered:
                continue
            where = "%s%d" % (get_column_letter(cell.column), cell.row)
            last = spans.get((cell.row, cell.column), cell.column)
            after = ws.cell(cell.row, last + 1)
            apart = (cell.alignment is not None and cell.alignment.indent) or dark_left_border(after)
            if (last < max_col and after.value not in (None, "") and not apart
                    and horizontal(cell) == "right" and horizontal(after) == "left"):
                fail("%s: %r runs into %r beside it" % (where, value, after.value))
            width = sum(widths[c] for c in range(cell.column, last + 1))
            if isinstance(value, (int, float)):
                shown = kroner_text(value) if "kr" in (cell.number_format or "") else "%g" % value
                indent = cell.alignment.indent if cell.alignment is not None and cell.alignment.indent else 0
                if len(shown) + indent * INDENT_CHARS > width:
                    fail("%s: %s does not fit a column %.1f wide" % (where, shown, width))
                continue
            text = str(value)
            wrap = cell.alignment is not None and cell.alignment.wrap_text
            if not wrap:
                # Text that does not wrap runs on into empty cells to its right, up to the print area's edge.
                room = width
                col = last + 1
                while col <= max_col and ws.cell(cell.row, col).value in (None, ""):
                    room += widths[col]
                    col += 1
                if len(text) > capacity(cell, room):
                    fail("%s: %r runs past the %.1f characters it has" % (where, text, room))
                continue
            fits = capacity(cell, width)
            longest = max((len(w) for w in text.split()), default=0)
            if longest > fits * 1.1:
                fail("%s: a word of %d characters in a cell %.1f wide" % (where, longest, width))
            lines = sum(max(1, math.ceil(len(part) / fits)) for part in text.split("\n"))
            height = ws.row_dimensions[cell.row].height or DEFAULT_HEIGHT
            size = (cell.font.sz or BODY_POINTS) if cell.font is not None else BODY_POINTS
            needed = min(MAX_ROW_HEIGHT, lines * LINE_POINTS * size / BODY_POINTS)
            if height < 0.9 * needed:
                fail("%s: a row %.0f points high for %d lines" % (where, height, lines))


def check_sheet(path, ws, out, failures):
    label = os.path.basename(path)

    def fail(what):
        failures.append("FAILED: %s %s: %s" % (label, ws.title, what))

    area = print_area(ws)
    if area is None:
        fail("no single print area")
        area = (1, 1, ws.max_column, ws.max_row)  # what a viewer prints then
    min_col, min_row, max_col, _ = area
    if (min_col, min_row) != (1, 1):
        fail("the print area starts elsewhere than A1")
    widths = column_widths(ws, max(max_col, ws.max_column))
    printed = sum(widths[col] for col in range(min_col, max_col + 1))
    setup = ws.page_setup
    fit_page = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    # fitToWidth and fitToHeight default to 1 when the file leaves them out (ECMA-376 18.3.1.63).
    fit_width = 1 if setup.fitToWidth is None else int(setup.fitToWidth)
    fit_height = 1 if setup.fitToHeight is None else int(setup.fitToHeight)
    titles = (ws.print_title_rows or "").replace("$", "")
    freeze = ws.freeze_panes or ""
    scale = int(setup.scale) if setup.scale is not None else 100
    repeated = (ws.print_title_cols or "").replace("$", "")
    fit = "%dx%d" % (fit_width, fit_height) if fit_page else "scale %d, repeating %s" % (scale, repeated or "none")
    out.write("\t".join(["print", label, ws.title, setup.orientation or "default", fit,
                         titles, freeze,
                         "%s:%s" % (get_column_letter(min_col), get_column_letter(max_col)),
                         "%.1f" % printed]) + "\n")

    if fit_page:
        if fit_width != 1 or fit_height != 0:
            fail("fitted to %dx%d pages, not to one page width" % (fit_width, fit_height))
        if printed > MAX_PRINTED_WIDTH:
            fail("prints %.1f characters of columns on a page width, more than %d" % (printed, MAX_PRINTED_WIDTH))
    else:
        if printed <= MAX_PRINTED_WIDTH:
            fail("%.1f characters wide, yet not fitted to one page width" % printed)
        if chars_per_page(ws, scale) > MAX_PRINTED_WIDTH * 1.02:
            fail("at scale %d a page holds %.0f characters, more than %d"
                 % (scale, chars_per_page(ws, scale), MAX_PRINTED_WIDTH))
        if setup.pageOrder != "overThenDown":
            fail("pages run down first, so a row's columns are pages apart")
        if not repeated or repeated.split(":")[0] != "A":
            fail("no columns repeated on the pages across")
    if printed > MAX_PORTRAIT_WIDTH and setup.orientation != "landscape":
        fail("%.1f characters wide but not landscape" % printed)
    if setup.paperSize is not None and int(setup.paperSize) != 9:
        fail("paper size %s, not A4" % setup.paperSize)
    footer = ws.oddFooter.center.text or ""
    if "&P" not in footer or "&N" not in footer:
        fail("the footer %r does not number each page of all pages" % footer)
    if not titles:
        fail("no rows repeated on every page")
    else:
        last_title = int(titles.split(":")[1])
        frozen_row = int("".join(ch for ch in freeze if ch.isdigit()) or 0)
        if frozen_row != last_title + 1:
            fail("panes frozen at %r, not under the repeated rows %s" % (freeze, titles))
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value in KEY_HEADERS and hasattr(cell, "column"):
                if min_col <= cell.column <= max_col and widths[cell.column] > 0:
                    fail("the key column %r (%s) prints" % (cell.value, get_column_letter(cell.column)))
    check_cells(ws, area, widths, merged_spans(ws), fail)


TOKEN_EDGES = ":;,.()[]«»\"'"
# Amounts, years, page numbers and axis labels: nothing a reader came for on their own.
FIGURE = re.compile(r"^[-–−+]?[\d.,\u00a0 ]*\d[\d.,\u00a0 ]*%?$|^kr$|^[-–−]$")


def tokens(text):
    """The words of a text, lower case, without the punctuation around them."""
    out = []
    for word in text.split():
        word = word.strip(TOKEN_EDGES).lower()
        if word:
            out.append(word)
    return out


def repeated_words(path):
    """Every word a page may hold that is no content of its own: each sheet's repeated rows,
    its name, its page header and footer, and the text of every chart."""
    words = set()
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        words.update(tokens(ws.title))
        for part in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right,
                     ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
            words.update(tokens(re.sub(r"&[A-Z]", " ", part.text or "")))
        titles = (ws.print_title_rows or "").replace("$", "")
        if titles:
            first, last = (int(n) for n in titles.split(":"))
            for row in ws.iter_rows(min_row=first, max_row=last):
                for cell in row:
                    if cell.value is not None:
                        words.update(tokens(str(cell.value)))
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/charts/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                for text in re.findall(r"<(?:a:t|c:v)>([^<]*)</", xml):
                    words.update(tokens(text))
    return words


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def check_pages(xlsx, pdf, out, failures):
    label = os.path.basename(pdf)
    allowed = repeated_words(xlsx)
    pages = page_count(pdf)
    out.write("pages\t%s\t%d\n" % (label, pages))
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            failures.append("FAILED: %s page %d: empty" % (label, page))
            continue
        content = [line for line in lines
                   if any(not FIGURE.match(w) and w not in allowed for w in tokens(line))]
        if not content:
            failures.append("FAILED: %s page %d: only the repeated header, page header and footer or a chart "
                            "(%d lines)" % (label, page, len(lines)))


def main_pages(argv):
    if not argv or len(argv) % 2:
        sys.stderr.write("usage: print_check.py --pages WORKBOOK.xlsx PRINTED.pdf [...]\n")
        return 2
    failures = []
    for xlsx, pdf in zip(argv[0::2], argv[1::2]):
        try:
            check_pages(xlsx, pdf, sys.stdout, failures)
        except (OSError, subprocess.CalledProcessError, zipfile.BadZipFile, AttributeError) as e:
            sys.stderr.write("print_check.py: cannot read %s or %s: %s\n" % (xlsx, pdf, e))
            return 2
    for line in failures:
        sys.stdout.write(line + "\n")
    return 1 if failures else 0


def main(argv):
    if argv and argv[0] == "--pages":
        return main_pages(argv[1:])
    if not argv:
        sys.stderr.write("usage: print_check.py WORKBOOK.xlsx [WORKBOOK.xlsx ...]\n")
        return 2
    failures = []
    for path in argv:
        try:
            # Cached values, so amounts written as formulas are checked as they show.
            wb = openpyxl.load_workbook(path, data_only=True)
        except Exception as e:  # openpyxl raises many kinds for a broken file
            sys.stderr.write("print_check.py: cannot read %s: %s\n" % (path, e))
            return 2
        for ws in wb.worksheets:
            # A hidden sheet (the review form's notes for lsu import) is never printed.
            if ws.sheet_state != "visible":
                continue
            if ws.max_row > 1 or ws.max_column > 1 or ws["A1"].value is not None:
                check_sheet(path, ws, sys.stdout, failures)
    for line in failures:
        sys.stdout.write(line + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
