#!/usr/bin/python3
"""Opens workbooks in LibreOffice (headless, through UNO) and dumps every cell, so a test can
compare what the file stores with what a real spreadsheet engine computes.

    xlsx_check.py WORKBOOK.xlsx [--add NAME DELTA]... [WORKBOOK.xlsx ...]

For each workbook it prints, tab-separated, one line per non-empty cell:

    cell  FILE  PHASE  SHEET  A1  KIND  VALUE  FORMULA

PHASE is "stored" (as loaded; loading is set never to recalculate, so formula cells hold the
values written in the file), "recalc" (after a full recalculation), and, when --add options
follow the workbook, "changed" (after adding DELTA to the cell each defined NAME refers to, or
to the cell NAME gives as SHEET!A1, and recalculating again). KIND is F (formula), T (text) or N (number). Defined names are
printed as "name FILE NAME SHEET A1"; sheet protection as "protected FILE SHEET 0|1"; each cell
that is unlocked or validated as "input FILE SHEET A1 locked|unlocked TYPE FORMULA1". Text has
\\, tab and newline escaped.

It starts its own soffice with a private profile and stops it when done. Exit status 0 when
every workbook was read, 2 on a usage or LibreOffice error.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("LEGEPLAN_SOFFICE", "soffice")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def column_name(col):
    name = ""
    col += 1
    while col > 0:
        col, rest = divmod(col - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def start_office(profile, pipe):
    args = [SOFFICE, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "--nolockcheck", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 60
    while True:
        try:
            ctx = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return proc, ctx
        except NoConnectException:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("soffice did not start (exit %s)" % proc.poll())
            time.sleep(0.2)


def never_recalculate_on_load(ctx):
    """Loading must keep the values stored in the file, so they can be compared."""
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.Office.Calc/Formula/Load"),))
    access.setPropertyValue("OOXMLRecalcMode", 1)  # 1 = never
    access.commitChanges()


def cells_of_kind(sheet, flag):
    found = set()
    ranges = sheet.queryContentCells(flag)
    for addr in ranges.getRangeAddresses():
        for row in range(addr.StartRow, addr.EndRow + 1):
            for col in range(addr.StartColumn, addr.EndColumn + 1):
                found.add((row, col))
    return found


def dump(doc, label, phase, out):
    formula_flag = uno.getConstantByName("com.sun.star.sheet.CellFlags.FORMULA")
    string_flag = uno.getConstantByName("com.sun.star.sheet.CellFlags.STRING")
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        area = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        data = area.getDataArray()
        formulas = area.getFormulaArray()
        formula_cells = cells_of_kind(sheet, formula_flag)
        text_cells = cells_of_kind(sheet, string_flag)
        for row, values in enumerate(data):
            for col, value in enumerate(values):
                if (row, col) in formula_cells:
                    kind, formula = "F", formulas[row][col]
                elif (row, col) in text_cells:
                    kind, formula = "T", ""
                elif value == "":
                    continue
                else:
                    kind, formula = "N", ""
                shown = repr(value) if isinstance(value, float) else value
                out.write("\t".join(["cell", label, phase, sheet.Name,
                                     column_name(col) + str(row + 1), kind,
                                     escape(str(shown)), escape(formula)]) + "\n")


def dump_protection(doc, label, out):
    """Sheet protection, and every cell that is unlocked or has a validation rule."""
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        out.write("\t".join(["protected", label, sheet.Name, "1" if sheet.isProtected() else "0"]) + "\n")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        for row in range(end.EndRow + 1):
            for col in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(col, row)
                locked = cell.CellProtection.IsLocked
                validation = cell.Validation
                kind = validation.Type.value
                if locked and kind == "ANY":
                    continue
                out.write("\t".join(["input", label, sheet.Name, column_name(col) + str(row + 1),
                                     "locked" if locked else "unlocked", kind,
                                     escape(validation.getFormula1())]) + "\n")


def dump_names(doc, label, out):
    names = doc.NamedRanges
    for name in names.ElementNames:
        cells = names.getByName(name).getReferredCells()
        if cells is None:
            continue
        addr = cells.getRangeAddress()
        sheet = doc.Sheets.getByIndex(addr.Sheet).Name
        out.write("\t".join(["name", label, name, sheet,
                             column_name(addr.StartColumn) + str(addr.StartRow + 1)]) + "\n")


def changed_cell(doc, name):
    """The cell a defined name refers to, or the cell "SHEET!A1" names."""
    if "!" not in name:
        return doc.NamedRanges.getByName(name).getReferredCells().getCellByPosition(0, 0)
    sheet, a1 = name.rsplit("!", 1)
    return doc.Sheets.getByName(sheet).getCellRangeByName(a1)


def check_workbook(desktop, path, changes, out):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    try:
        label = os.path.basename(path)
        dump_names(doc, label, out)
        dump_protection(doc, label, out)
        dump(doc, label, "stored", out)
        doc.calculateAll()
        dump(doc, label, "recalc", out)
        if changes:
            for name, delta in changes:
                cell = changed_cell(doc, name)
                cell.setValue(cell.getValue() + delta)
            doc.calculateAll()
            dump(doc, label, "changed", out)
    finally:
        doc.close(True)


def parse_args(argv):
    jobs = []
    i = 0
    while i < len(argv):
        if argv[i] == "--add":
            if not jobs or i + 2 >= len(argv):
                raise ValueError("--add NAME DELTA must follow a workbook")
            jobs[-1][1].append((argv[i + 1], float(argv[i + 2])))
            i += 3
        else:
            jobs.append((argv[i], []))
            i += 1
    if not jobs:
        raise ValueError("no workbook given")
    return jobs


def main(argv):
    try:
        jobs = parse_args(argv)
    except ValueError as e:
        sys.stderr.write("usage: xlsx_check.py WORKBOOK.xlsx [--add NAME DELTA]... ...: %s\n" % e)
        return 2
    profile = tempfile.mkdtemp(prefix="legeplan-lo-")
    pipe = "legeplan-%d" % os.getpid()
    proc = None
    try:
        proc, ctx = start_office(profile, pipe)
        never_recalculate_on_load(ctx)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path, changes in jobs:
            check_workbook(desktop, path, changes, sys.stdout)
        sys.stdout.flush()
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down while terminating
            pass
        return 0
    except Exception as e:
        sys.stderr.write("xlsx_check.py: %s\n" % e)
        return 2
    finally:
        if proc is not None:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
