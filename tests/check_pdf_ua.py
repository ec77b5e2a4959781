#!/usr/bin/python3
"""Checks that a PDF legeplan wrote is tagged the way PDF/UA-1 asks, against the Markdown legeplan
wrote beside it (Debian's python3-pikepdf; pdfinfo and pdffonts from poppler-utils):

- the document is marked (/MarkInfo /Marked true), has a /Lang (LANG when given), a title that
  the viewer shows (/ViewerPreferences /DisplayDocTitle true) and declares PDF/UA-1 in its XMP;
- its structure tree, walked from the root down (never up through /P; each element once), holds
  only standard structure types once /RoleMap is applied;
- its headings H1–H6 are the Markdown's headings, in order and level, with their text;
- every table has header cells (TH), and every TH a /Scope;
- the figures' /Alt are the alt texts of the Markdown's pictures and charts, in order;
- a document whose Markdown has links has Link elements;
- every font is embedded (pdffonts);
- every page with annotations has /Tabs, the name /S.

Prints each failure and exits 1 when there is one; with --expect-failure PART, exits 0 only when
a failure names PART (for the negative controls).

Usage: check_pdf_ua.py PDF MARKDOWN [--lang nb-NO] [--expect-failure TEXT]
"""
import argparse
import re
import subprocess
import sys

import pikepdf

# PDF 1.7 (ISO 32000-1, 14.8.4) standard structure types.
STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())


def normalize(text):
    return " ".join(text.replace("\u00a0", " ").split())


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


def markdown_parts(path):
    """The Markdown's headings as (level, text), its pictures' alt texts, and whether it links."""
    headings, alts, fenced = [], [], False
    text = open(path, encoding="utf-8").read()
    for line in text.splitlines():
        if re.match(r"^(```|~~~)", line):
            fenced = not fenced
            continue
        if fenced:
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*(\{[^}]*\})?\s*$", line)
        if m:
            headings.append((len(m.group(1)), normalize(unescape(m.group(2)))))
    # A picture: ![caption](file){… alt="…"}; without alt, the caption is its alt text.
    for m in re.finditer(r'!\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)\)(\{[^}]*\})?', text):
        attributes = m.group(3) or ""
        alt = re.search(r'alt="((?:[^"\\]|\\.)*)"', attributes)
        alts.append(normalize(unescape(alt.group(1) if alt else m.group(1))))
    links = re.search(r"\]\((https?:|mailto:|#)", text) is not None
    return headings, alts, links


def struct_text_headings(pdf):
    """The headings' text as pdfinfo -struct-text prints it, in reading order."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True, check=True).stdout
    headings, current, indent = [], None, 0
    for line in out.splitlines():
        depth = len(line) - len(line.lstrip(" "))
        element = re.match(r"^\s*([A-Za-z][\w ]*?)(?: \((?:block|inline)\))?:?$", line)
        quoted = re.match(r'^\s*"(.*)"$', line)
        if element and not quoted and not line.strip().startswith("/"):
            if current is not None and depth <= indent:
                headings.append(current)
                current = None
            m = re.match(r"^H([1-6])$", element.group(1))
            if m and current is None:
                current, indent = (int(m.group(1)), []), depth
        elif quoted and current is not None:
            current[1].append(quoted.group(1))
    if current is not None:
        headings.append(current)
    return [(level, normalize(" ".join(parts))) for level, parts in headings]


def walk(root, role_map):
    """Every structure element under root, depth first, each once: (type after the RoleMap, element)."""
    seen, elements = set(), []

    def visit(node):
        if isinstance(node, pikepdf.Array):
            for kid in node:
                visit(kid)
            return
        if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
            return  # marked-content ids, marked-content and object references
        key = node.objgen if node.is_indirect else id(node)
        if key in seen:
            return
        seen.add(key)
        kind = str(node.S)[1:]
        for _ in range(10):  # a RoleMap may map to another role; never loop for ever
            mapped = role_map.get("/" + kind)
            if mapped is None or str(mapped)[1:] == kind:
                break
            kind = str(mapped)[1:]
        elements.append((kind, node))
        if "/K" in node:
            visit(node.K)

    visit(root.get("/K", pikepdf.Array()))
    return elements


def scopes(element):
    attributes = element.get("/A")
    if attributes is None:
        return []
    items = attributes if isinstance(attributes, pikepdf.Array) else [attributes]
    return [str(a.Scope) for a in items if isinstance(a, pikepdf.Dictionary) and "/Scope" in a]


def check(pdf_path, md_path, lang):
    problems = []
    pdf = pikepdf.open(pdf_path)
    root = pdf.Root
    mark = root.get("/MarkInfo")
    if mark is None or mark.get("/Marked") is not True:
        problems.append("not marked: /MarkInfo /Marked is not true")
    doc_lang = str(root.get("/Lang", ""))
    if not doc_lang:
        problems.append("no /Lang")
    elif lang and doc_lang != lang:
        problems.append(f"/Lang is {doc_lang}, not {lang}")
    prefs = root.get("/ViewerPreferences")
    if prefs is None or prefs.get("/DisplayDocTitle") is not True:
        problems.append("ViewerPreferences /DisplayDocTitle is not true")
    with pdf.open_metadata() as meta:
        part = meta.get("{http://www.aiim.org/pdfua/ns/id/}part")
        if part != "1":
            problems.append(f"XMP pdfuaid:part is {part!r}, not '1'")
        if not meta.get("dc:title"):
            problems.append("XMP has no dc:title")

    tree = root.get("/StructTreeRoot")
    if tree is None:
        problems.append("no structure tree (/StructTreeRoot)")
        elements = []
    else:
        elements = walk(tree, tree.get("/RoleMap", pikepdf.Dictionary()))
    unknown = sorted({kind for kind, _ in elements if kind not in STANDARD})
    if unknown:
        problems.append("structure types that are not standard after the RoleMap: " + ", ".join(unknown))

    headings, alts, links = markdown_parts(md_path)
    levels = [int(kind[1]) for kind, _ in elements if re.fullmatch(r"H[1-6]", kind)]
    texts = struct_text_headings(pdf_path) if tree is not None else []
    if levels != [level for level, _ in texts]:
        problems.append(f"the tree's headings {levels} differ from pdfinfo's {[level for level, _ in texts]}")
    if texts != headings:
        first = next((i for i, (a, b) in enumerate(zip(texts, headings)) if a != b), min(len(texts), len(headings)))
        problems.append(f"headings differ from the Markdown's ({len(texts)} against {len(headings)}), first at "
                        f"{first + 1}: PDF {texts[first:first + 1]} Markdown {headings[first:first + 1]}")

    tables = [node for kind, node in elements if kind == "Table"]
    for number, table in enumerate(tables, 1):
        cells = [(kind, node) for kind, node in walk(table, tree.get("/RoleMap", pikepdf.Dictionary()))]
        heads = [node for kind, node in cells if kind == "TH"]
        if not heads:
            problems.append(f"table {number} has no header cell (TH)")
        elif any(not scopes(th) for th in heads):
            problems.append(f"table {number} has a TH without /Scope")

    figures = [normalize(str(node.get("/Alt", ""))) for kind, node in elements if kind == "Figure"]
    if figures != alts:
        problems.append(f"the figures' /Alt {figures} differ from the Markdown's alt texts {alts}")
    if links and not any(kind == "Link" for kind, _ in elements):
        problems.append("the Markdown has links, the structure tree no Link")

    fonts = subprocess.run(["pdffonts", pdf_path], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    not_embedded = [line.split()[0] for line in fonts if len(line.split()) > 4 and line.split()[-5] != "yes"]
    if not fonts:
        problems.append("pdffonts lists no font")
    if not_embedded:
        problems.append("fonts not embedded: " + ", ".join(not_embedded))

    for number, page in enumerate(pdf.pages, 1):
        if "/Annots" in page.obj and page.obj.get("/Tabs") != pikepdf.Name.S:
            problems.append(f"page {number} has annotations and /Tabs {page.obj.get('/Tabs')!r}, not the name /S")
            break
    return problems, len(headings), len(tables), len(figures)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("markdown")
    parser.add_argument("--lang")
    parser.add_argument("--expect-failure")
    args = parser.parse_args()
    problems, headings, tables, figures = check(args.pdf, args.markdown, args.lang)
    for problem in problems:
        print(f"{args.pdf}: {problem}")
    if args.expect_failure is not None:
        ok = any(args.expect_failure in problem for problem in problems)
        print(("ok: " if ok else "FAILED: ") + f"{args.pdf} fails the check with '{args.expect_failure}'")
        sys.exit(0 if ok else 1)
    if problems:
        print(f"FAILED: {args.pdf} is not tagged as PDF/UA-1 asks")
        sys.exit(1)
    print(f"ok: {args.pdf} tagged for PDF/UA-1 ({headings} headings as in the Markdown, {tables} tables "
          f"with scoped header cells, {figures} figures with their alt text)")


if __name__ == "__main__":
    main()
