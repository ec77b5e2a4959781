#!/usr/bin/env python3
"""Writes templates/reference.docx: Pandoc's own reference document with our styles.

Run from the repository root after changing a style below:
    python3 scripts/make-reference-docx.py [output]
It starts from `pandoc --print-default-data-file reference.docx`, replaces the styles named
here in word/styles.xml (adding those Pandoc does not have), sets the theme's fonts, and writes
the archive with fixed time stamps so that the same Pandoc gives the same file.

Fonts are named as Office names them (Calibri); LibreOffice on Debian draws them with Carlito,
which has the same metrics (fonts-crosextra-carlito), so pages break alike in Word and here.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
ET.register_namespace("w", W)
ET.register_namespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")

FONT = "Calibri"
BLUE = "1F4E79"  # the headings' colour in plan.css
TEXT_WIDTH = 9412  # A4 less the margins publish/docx/pages.cc sets, in twips

DEFAULTS = f"""<w:docDefaults xmlns:w="{W}">
  <w:rPrDefault><w:rPr>
    <w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
    <w:sz w:val="22"/><w:szCs w:val="22"/>
    <w:lang w:val="nb-NO" w:eastAsia="en-US" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>"""


def heading(level, size, before, after, page_break=False):
    brk = "<w:pageBreakBefore/>" if page_break else ""
    return f"""<w:style w:type="paragraph" w:styleId="Heading{level}">
  <w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>
  <w:uiPriority w:val="9"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/>{brk}<w:spacing w:before="{before}" w:after="{after}"/>
    <w:outlineLvl w:val="{level - 1}"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>
</w:style>"""


def paragraph(style_id, name, ppr="", rpr="", based_on="Normal", custom=True, next_style=None):
    custom_attr = ' w:customStyle="1"' if custom else ""
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return f"""<w:style w:type="paragraph"{custom_attr} w:styleId="{style_id}">
  <w:name w:val="{name}"/><w:basedOn w:val="{based_on}"/>{nxt}<w:qFormat/>
  <w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>
</w:style>"""


def boxed(fill, border):
    # One shaded block with a bar on the left; consecutive paragraphs of the same style join
    # into one box, and keepNext + keepLines hold the block on one page.
    return (f'<w:keepNext/><w:keepLines/><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" '
            f'w:color="{border}"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            f'<w:spacing w:before="0" w:after="0"/><w:ind w:left="227" w:right="113"/>')


def toc(level, indent, bold):
    rpr = "<w:b/>" if bold else ""
    before = "120" if bold else "0"
    return paragraph(
        f"TOC{level}", f"toc {level}",
        ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
            f'<w:spacing w:before="{before}" w:after="40"/><w:ind w:left="{indent}"/>',
        rpr=rpr, custom=False, next_style="Normal")


TABLE = f"""<w:style w:type="table" w:default="1" w:styleId="Table">
  <w:name w:val="Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
  <w:tblPr>
    <w:tblInd w:w="0" w:type="dxa"/>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="{BLUE}"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{BLUE}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
    </w:tblBorders>
    <w:tblCellMar><w:top w:w="29" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="29" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/><w:vAlign w:val="bottom"/>
      <w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{BLUE}"/></w:tcBorders></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="lastRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
  </w:tblStylePr>
</w:style>"""

STYLES = [
    paragraph("Normal", "Normal", custom=False, based_on=None),
    paragraph("BodyText", "Body Text", ppr='<w:spacing w:before="0" w:after="160"/>', custom=False),
    paragraph("Title", "Title", custom=False, next_style="BodyText",
              ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="2400" w:after="240"/>',
              rpr=f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="56"/><w:szCs w:val="56"/>'),
    paragraph("Subtitle", "Subtitle", custom=False, next_style="BodyText", based_on="Title",
              ppr='<w:spacing w:before="0" w:after="240"/>',
              rpr='<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="404040"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
    paragraph("Author", "Author", next_style="BodyText", ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="60"/>',
              rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>'),
    paragraph("Date", "Date", custom=False, next_style="BodyText", ppr='<w:keepNext/><w:keepLines/>'),
    heading(1, 36, 0, 240, page_break=True),
    heading(2, 28, 360, 120),
    heading(3, 24, 240, 80),
    paragraph("TOCHeading", "TOC Heading", custom=False, based_on="Heading1", next_style="BodyText",
              ppr='<w:outlineLvl w:val="9"/>'),
    toc(1, 0, True), toc(2, 220, False), toc(3, 440, False),
    paragraph("Caption", "caption", custom=False,
              ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/>',
              rpr='<w:b/><w:bCs/><w:color w:val="404040"/><w:sz w:val="20"/><w:szCs w:val="20"/>'),
    paragraph("TableCaption", "Table Caption", based_on="Caption"),
    paragraph("ImageCaption", "Image Caption", based_on="Caption",
              ppr='<w:keepNext w:val="0"/><w:spacing w:before="80" w:after="240"/>'),
    paragraph("Tiltak", "Tiltak", ppr=boxed("EEF3F8", BLUE)),
    paragraph("Anslag", "Anslag", ppr=boxed("F2F2F2", "7F7F7F")),
    paragraph("Kilde", "Kilde", ppr='<w:spacing w:before="40" w:after="200"/>',
              rpr='<w:i/><w:iCs/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
    # The cover: the plan's front matter under its title, and the draft mark in a red frame.
    paragraph("Forside", "Forside", ppr='<w:keepLines/><w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/>',
              rpr='<w:color w:val="404040"/>'),
    paragraph("Utkastmerke", "Utkastmerke",
              ppr='<w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="9B1C1C"/>'
                  '<w:left w:val="single" w:sz="12" w:space="4" w:color="9B1C1C"/>'
                  '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="9B1C1C"/>'
                  '<w:right w:val="single" w:sz="12" w:space="4" w:color="9B1C1C"/></w:pBdr>'
                  '<w:spacing w:before="480" w:after="360"/><w:ind w:left="113" w:right="4500"/>',
              rpr='<w:b/><w:bCs/><w:color w:val="9B1C1C"/>'),
    TABLE,
]


def style_id(element):
    return element.get(f"{{{W}}}styleId")


def rewrite_styles(xml):
    root = ET.fromstring(xml)
    old_defaults = root.find("w:docDefaults", NS)
    index = list(root).index(old_defaults)
    root.remove(old_defaults)
    root.insert(index, ET.fromstring(DEFAULTS))
    existing = {style_id(s): s for s in root.findall("w:style", NS)}
    children = list(root)
    for text in STYLES:
        text = text.replace("<w:style ", f'<w:style xmlns:w="{W}" ', 1).replace('<w:basedOn w:val="None"/>', "")
        new = ET.fromstring(text)
        old = existing.get(style_id(new))
        if old is not None:
            root.insert(children.index(old), new)
            root.remove(old)
            children = list(root)
        else:
            root.append(new)
    # Heading styles 4–9 and others keep Pandoc's look but take the theme's fonts, set below.
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def rewrite_theme(xml):
    text = xml.decode("utf-8")
    return re.sub(r'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*"', rf'\1{FONT}"', text).encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "templates/reference.docx"
    source = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                            check=True, capture_output=True).stdout
    tmp = out + ".pandoc"
    with open(tmp, "wb") as f:
        f.write(source)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/styles.xml":
                data = rewrite_styles(data)
            elif info.filename == "word/theme/theme1.xml":
                data = rewrite_theme(data)
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, data)
    import os
    os.remove(tmp)


if __name__ == "__main__":
    main()
