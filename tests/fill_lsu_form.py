#!/usr/bin/env python3
"""Fills in a copy of LSU's review form the way a member would in Excel, with openpyxl.

Usage: fill_lsu_form.py FORM OUT [position:MEASURE=WORD] [comment:MEASURE=TEXT]
                                 [chapter:CHAPTER=TEXT] [text=TEXT] [date=YYYY-MM-DD]
                                 [cell:SHEET!REF=VALUE] [rename:OLD=NEW]
The input cells are found through the form's hidden sheet (cell, kind, id); cell: writes any
cell (to tamper with a protected one), rename: renames a sheet.
"""
import datetime
import sys

import openpyxl

form, out, *edits = sys.argv[1:]
book = openpyxl.load_workbook(form)
data = book["legeplan"]
review = book[data["B4"].value]
inputs = {}
for row in data.iter_rows(min_row=6, values_only=True):
    if row[0]:
        inputs[(row[1], row[2] or "")] = row[0]
for edit in edits:
    key, _, value = edit.partition("=")
    kind, _, name = key.partition(":")
    if kind == "cell":
        sheet, _, ref = name.partition("!")
        book[sheet][ref] = value
    elif kind == "rename":
        book[name].title = value
    elif kind == "date":
        review[inputs[("date", "")]] = datetime.date.fromisoformat(value)
    elif kind == "text":
        review[inputs[("text", "")]] = value
    else:
        review[inputs[(kind, name)]] = value
book.save(out)
