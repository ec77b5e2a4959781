#!/usr/bin/env python3
"""Word's accessibility checker, as far as its rules can be read from a DOCX's XML: the document
has a title and a language; every picture has alt text; every table's first row is marked as a
header row that repeats; headings do not skip a level and none is empty; every link has text.
Prints one line per finding and exits 1 when there is any.

Usage: docx_a11y.py FILE.docx [EXPECTED_LANGUAGE]"""
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
DC = "{http://purl.org/dc/elements/1.1/}"

path = sys.argv[1]
language = sys.argv[2] if len(sys.argv) > 2 else None
findings = []
with zipfile.ZipFile(path) as docx:
    core = ET.fromstring(docx.read("docProps/core.xml"))
    document = ET.fromstring(docx.read("word/document.xml"))
    styles = ET.fromstring(docx.read("word/styles.xml"))


def text_of(element):
    return "".join(t.text or "" for t in element.iter(W + "t")).strip()


title = core.findtext(DC + "title") or ""
if not title.strip():
    findings.append("the document has no title (docProps/core.xml dc:title)")
declared = core.findtext(DC + "language") or ""
default_lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
style_lang = default_lang.get(W + "val") if default_lang is not None else ""
if not declared or not style_lang:
    findings.append(f"the document's language is not set (dc:language '{declared}', default w:lang '{style_lang}')")
if language and not (declared.startswith(language) and style_lang.startswith(language)):
    findings.append(f"the document's language is '{declared}'/'{style_lang}', not {language}")

for number, picture in enumerate(document.iter(WP + "docPr"), 1):
    if not (picture.get("descr") or "").strip():
        findings.append(f"picture {number} ({picture.get('name')}) has no alt text")

for number, table in enumerate(document.iter(W + "tbl"), 1):
    first_row = table.find(W + "tr")
    if first_row is None or first_row.find(f"{W}trPr/{W}tblHeader") is None:
        findings.append(f"table {number} does not mark its first row as a header row")

previous = 0
for paragraph in document.iter(W + "p"):
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    name = style.get(W + "val") if style is not None else ""
    if not (name.startswith("Heading") and name[7:].isdigit()):
        continue
    level = int(name[7:])
    heading = text_of(paragraph)
    if not heading:
        findings.append(f"an empty {name}")
    if level > previous + 1:
        findings.append(f"heading '{heading}' ({name}) skips a level after Heading{previous}")
    previous = level

for link in document.iter(W + "hyperlink"):
    if not text_of(link):
        findings.append(f"a link to {link.get(W + 'anchor') or link.get('{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id')} has no text")

for finding in findings:
    print(f"{path}: {finding}")
sys.exit(1 if findings else 0)
