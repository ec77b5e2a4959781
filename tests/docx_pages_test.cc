#include <catch2/catch.hpp>

#include <zip.h>

#include <map>
#include <sstream>
#include <vector>

#include "publish/docx/pages.h"
#include "test_util.h"

using namespace legeplan;

namespace {

const std::string kDeclaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";
const std::string kWord =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

// A DOCX holding just the parts finish_docx_pages edits, document.xml with the given body.
std::string write_docx(const test::TempDir& dir, const std::string& body) {
    std::map<std::string, std::string> parts = {
        {"[Content_Types].xml", kDeclaration + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml" /></Types>)"},
        {"word/_rels/document.xml.rels", kDeclaration + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>)"},
        {"word/document.xml", kDeclaration + "<w:document " + kWord + "><w:body>" + body + "</w:body></w:document>"},
    };
    std::string path = dir.path() + "/test.docx";
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
    REQUIRE(zip);
    for (const auto& [name, text] : parts) {
        zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
        REQUIRE(zip_file_add(zip, name.c_str(), source, 0) >= 0);
    }
    REQUIRE(zip_close(zip) == 0);
    return path;
}

std::string read_part(const std::string& path, const char* name) {
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, nullptr);
    REQUIRE(zip);
    zip_stat_t st;
    REQUIRE(zip_stat(zip, name, 0, &st) == 0);
    std::string text(st.size, '\0');
    zip_file_t* f = zip_fopen(zip, name, 0);
    REQUIRE(zip_fread(f, text.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    zip_discard(zip);
    return text;
}

}  // namespace

TEST_CASE("Pandoc's empty page setup gets A4, the footer and the draft header; text is kept") {
    test::TempDir dir;
    std::string docx = write_docx(dir, R"(<w:p><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p><w:sectPr />)");
    std::string error;
    REQUIRE(finish_docx_pages(docx, {"UTKAST <&> «1.0»", 0}, error));
    CHECK(read_part(docx, "word/document.xml") ==
          kDeclaration + "<w:document " + kWord + R"(><w:body><w:p><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>)"
          R"(<w:sectPr><w:headerReference w:type="default" r:id="rIdLegeplanHeader"/>)"
          R"(<w:footerReference w:type="default" r:id="rIdLegeplanFooter"/><w:pgSz w:w="11906" w:h="16838"/>)"
          R"(<w:pgMar w:top="1418" w:right="1247" w:bottom="1418" w:left="1247" w:header="709" w:footer="709" w:gutter="0"/>)"
          "</w:sectPr></w:body></w:document>");
    CHECK(read_part(docx, "word/_rels/document.xml.rels") ==
          kDeclaration + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdLegeplanFooter" Target="legeplan-footer.xml"/>)"
          R"(<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rIdLegeplanHeader" Target="legeplan-header.xml"/>)"
          "</Relationships>");
    CHECK(read_part(docx, "[Content_Types].xml").find(
              R"(<Override PartName="/word/legeplan-header.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>)") !=
          std::string::npos);
    CHECK(read_part(docx, "word/legeplan-header.xml").find(
              R"(<w:t xml:space="preserve">UTKAST &lt;&amp;&gt; «1.0»</w:t>)") != std::string::npos);
    CHECK(read_part(docx, "word/legeplan-footer.xml").find(
              R"(<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Side </w:t></w:r>)"
              R"(<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> av </w:t></w:r>)"
              R"(<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>)") != std::string::npos);
}

TEST_CASE("a reference document's own page setup is kept, in the schema's order") {
    test::TempDir dir;
    std::string docx = write_docx(dir, R"(<w:sectPr><w:type w:val="nextPage"/><w:pgMar w:top="567"/></w:sectPr>)");
    std::string error;
    REQUIRE(finish_docx_pages(docx, {"", 0}, error));
    std::string document = read_part(docx, "word/document.xml");
    CHECK(document.substr(document.find("<w:sectPr>")) ==
          R"(<w:sectPr><w:footerReference w:type="default" r:id="rIdLegeplanFooter"/><w:type w:val="nextPage"/>)"
          R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="567"/></w:sectPr></w:body></w:document>)");
    CHECK(read_part(docx, "[Content_Types].xml").find("legeplan-header") == std::string::npos);
}

TEST_CASE("a DOCX whose document is not XML is refused with the part named") {
    test::TempDir dir;
    std::string docx = write_docx(dir, "<w:p>");
    std::string error;
    CHECK_FALSE(finish_docx_pages(docx, {"", 0}, error));
    CHECK(error.rfind("word/document.xml in the DOCX is not XML: ", 0) == 0);
}

namespace {

pugi::xml_document word_document(const std::string& body) {
    pugi::xml_document document;
    std::string text = "<w:document " + kWord + "><w:body>" + body + "</w:body></w:document>";
    REQUIRE(document.load_string(text.c_str(), pugi::parse_full | pugi::parse_ws_pcdata));
    return document;
}

std::string body_text(const pugi::xml_document& document) {
    std::ostringstream out;
    for (pugi::xml_node node : document.child("w:document").child("w:body").children()) {
        node.print(out, "", pugi::format_raw);
    }
    return out.str();
}

const std::string kHeading1 =
    R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="1" w:name="innledning"/>)"
    R"(<w:r><w:t>1 Innledning</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>)";
const std::string kHeading2 =
    R"(<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">1.1 Mål &amp; </w:t></w:r>)"
    R"(<w:r><w:t>rammer</w:t></w:r></w:p>)";
const std::string kHeading3 = R"(<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>1.1.1 Dypt</w:t></w:r></w:p>)";

}  // namespace

TEST_CASE("the TOC field Pandoc leaves empty becomes the headings to its depth, linked, with page fields Word updates") {
    // Pandoc's way: a section's bookmark stands before its heading and ends after the section.
    const std::string section2 =
        R"(<w:bookmarkStart w:id="2" w:name="mal"/>)" + kHeading2 + R"(<w:p><w:r><w:t>Tekst</w:t></w:r></w:p><w:bookmarkEnd w:id="2"/>)";
    pugi::xml_document document = word_document(
        R"(<w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innhold</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \o "1-2" \h \z \u</w:instrText>)"
        R"(<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>)" +
        kHeading1 + section2 + kHeading3);
    CHECK(fill_table_of_contents(document) == 2);
    auto entry = [](const std::string& style, const std::string& bookmark, const std::string& text) {
        return R"(<w:p><w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr><w:hyperlink w:anchor=")" + bookmark +
               R"(" w:history="1"><w:r><w:t xml:space="preserve">)" + text + R"(</w:t></w:r><w:r><w:tab/></w:r>)"
               R"(<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>)"
               R"(<w:r><w:instrText xml:space="preserve"> PAGEREF )" + bookmark + R"( \h </w:instrText></w:r>)"
               R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>)";
    };
    // The section's bookmark moves into its heading and ends there.
    CHECK(body_text(document) ==
          R"(<w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innhold</w:t></w:r></w:p>)" +
              entry("TOC1", "innledning", "1 Innledning") + entry("TOC2", "mal", "1.1 Mål &amp; rammer") +
              "</w:sdtContent></w:sdt>" + kHeading1 +
              R"(<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="2" w:name="mal"/>)"
              R"(<w:r><w:t xml:space="preserve">1.1 Mål &amp; </w:t></w:r><w:r><w:t>rammer</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>)"
              R"(<w:p><w:r><w:t>Tekst</w:t></w:r></w:p>)" + kHeading3);
}

TEST_CASE("the contents become one TOC field around the entries, each page number stored in its PAGEREF") {
    pugi::xml_document document = word_document(
        R"(<w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innhold</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \o "1-2" \h \z \u</w:instrText>)"
        R"(<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>)" +
        kHeading1 + R"(<w:bookmarkStart w:id="2" w:name="mal"/>)" + kHeading2 + R"(<w:bookmarkEnd w:id="2"/>)");
    REQUIRE(fill_table_of_contents(document) == 2);
    // "mal" is not in the PDF's destinations: its entry keeps an empty number.
    CHECK(contents_field(document, {{"innledning", 6}, {"annet", 9}}) == 2);
    auto entry = [](const std::string& style, const std::string& bookmark, const std::string& text,
                    const std::string& page, const std::string& before, const std::string& after) {
        return R"(<w:p><w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr>)" + before + R"(<w:hyperlink w:anchor=")" +
               bookmark + R"(" w:history="1"><w:r><w:t xml:space="preserve">)" + text + R"(</w:t></w:r><w:r><w:tab/></w:r>)"
               R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
               R"(<w:r><w:instrText xml:space="preserve"> PAGEREF )" + bookmark + R"( \h </w:instrText></w:r>)"
               R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)" + page +
               R"(<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>)" + after + "</w:p>";
    };
    const std::string begin = R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
                              R"(<w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r>)"
                              R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)";
    const std::string end = R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)";
    std::string body = body_text(document);
    CHECK(body.substr(0, body.find(kHeading1)) ==
          R"(<w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innhold</w:t></w:r></w:p>)" +
              entry("TOC1", "innledning", "1 Innledning", "<w:r><w:t>6</w:t></w:r>", begin, "") +
              entry("TOC2", "mal", "1.1 Mål &amp; rammer", "", "", end) + "</w:sdtContent></w:sdt>");
    pugi::xml_document none = word_document(kHeading1);
    CHECK(contents_field(none, {{"innledning", 6}}) == 0);
    CHECK(body_text(none) == kHeading1);
}

TEST_CASE("a document without a TOC field, or without headings, is left as it is") {
    pugi::xml_document plain = word_document(kHeading1);
    CHECK(fill_table_of_contents(plain) == 0);
    CHECK(body_text(plain) == kHeading1);
    const std::string empty_toc =
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>TOC \o "1-3"</w:instrText>)"
        R"(<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p>)";
    pugi::xml_document headingless = word_document(empty_toc);
    CHECK(fill_table_of_contents(headingless) == 0);
    CHECK(body_text(headingless) == empty_toc);
}

TEST_CASE("a table takes the text width, an amount column its whole amount, and its header repeats") {
    // Column 1: text of 70 characters (wants 60 × 105 + 230 = 6530); column 2: "18 400 000 kr"
    // with no-break spaces, one word of 13 characters (needs 13 × 105 + 230 = 1595).
    std::string words(70, 'a');
    for (std::size_t i = 5; i < words.size(); i += 6) words[i] = ' ';
    pugi::xml_document document = word_document(
        R"(<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:type="pct" w:w="0"/><w:tblLook w:firstRow="1"/></w:tblPr>)"
        R"(<w:tblGrid><w:gridCol w:w="3960"/><w:gridCol w:w="3960"/></w:tblGrid>)"
        R"(<w:tr><w:tc><w:p><w:r><w:t>Tiltak</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kostnad</w:t></w:r></w:p></w:tc></w:tr>)"
        R"(<w:tr><w:tc><w:tcPr><w:tcW w:w="1" w:type="auto"/></w:tcPr><w:p><w:r><w:t>)" + words +
        "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>18\u00a0400\u00a0000\u00a0kr</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    fit_tables(document, 9000);
    // Both fit: 9000 shared as 6530 : 1595.
    CHECK(body_text(document) ==
          R"(<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstRow="1"/></w:tblPr>)"
          R"(<w:tblGrid><w:gridCol w:w="7233"/><w:gridCol w:w="1766"/></w:tblGrid>)"
          R"(<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="7233" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Tiltak</w:t></w:r></w:p></w:tc>)"
          R"(<w:tc><w:tcPr><w:tcW w:w="1766" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Kostnad</w:t></w:r></w:p></w:tc></w:tr>)"
          R"(<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="7233" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>)" + words +
          R"(</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1766" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>)"
          "18\u00a0400\u00a0000\u00a0kr</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
}

TEST_CASE("when the columns' wishes do not fit, each keeps its longest word and the rest goes to text") {
    std::string words(70, 'a');
    for (std::size_t i = 5; i < words.size(); i += 6) words[i] = ' ';
    pugi::xml_document document = word_document(
        R"(<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>)" + words +
        "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>18\u00a0400\u00a0000\u00a0kr</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    fit_tables(document, 3000);
    // Longest words 5 and 13 characters: 755 and 1595; the 650 left go to the text column.
    std::string text = body_text(document);
    CHECK(text.substr(0, text.find("<w:tr>")) ==
          R"(<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>)"
          R"(<w:tblGrid><w:gridCol w:w="1405"/><w:gridCol w:w="1595"/></w:tblGrid>)");
}

TEST_CASE("a measure's box ends with space and a border of its own after its last paragraph, which no longer keeps with the next") {
    const std::string first = R"(<w:p><w:pPr><w:pStyle w:val="Tiltak"/></w:pPr><w:r><w:t>Tiltak 1</w:t></w:r></w:p>)";
    pugi::xml_document document = word_document(
        R"(<w:bookmarkStart w:id="1" w:name="tiltak-1"/>)" + first +
        R"(<w:p><w:pPr><w:pStyle w:val="Tiltak"/><w:jc w:val="left"/></w:pPr><w:r><w:t>Slutt</w:t></w:r></w:p>)"
        R"(<w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="tiltak-2"/>)"
        R"(<w:p><w:pPr><w:pStyle w:val="Tiltak"/><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:t>Tiltak 2</w:t></w:r></w:p>)"
        R"(<w:bookmarkEnd w:id="2"/><w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>)");
    CHECK(end_boxed_blocks(document, {"Tiltak", "Anslag"}) == 2);
    CHECK(body_text(document) ==
          R"(<w:bookmarkStart w:id="1" w:name="tiltak-1"/>)" + first +
          R"(<w:p><w:pPr><w:pStyle w:val="Tiltak"/><w:keepNext w:val="0"/>)"
          R"(<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="FFFFFF"/></w:pBdr><w:spacing w:after="240"/><w:jc w:val="left"/></w:pPr>)"
          R"(<w:r><w:t>Slutt</w:t></w:r></w:p><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="tiltak-2"/>)"
          R"(<w:p><w:pPr><w:pStyle w:val="Tiltak"/><w:keepNext w:val="0"/>)"
          R"(<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="FFFFFF"/></w:pBdr><w:spacing w:before="0" w:after="240"/></w:pPr>)"
          R"(<w:r><w:t>Tiltak 2</w:t></w:r></w:p><w:bookmarkEnd w:id="2"/><w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>)");
}

TEST_CASE("body text right after a table gets space above it; a styled note keeps its own") {
    const std::string table = R"(<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)";
    pugi::xml_document document = word_document(
        table + R"(<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:t>Tekst</w:t></w:r></w:p>)" + table +
        R"(<w:p><w:pPr><w:pStyle w:val="Kilde"/></w:pPr><w:r><w:t>Kjelde</w:t></w:r></w:p>)");
    fit_tables(document, 9000);
    std::string text = body_text(document);
    CHECK(text.find(R"(<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:spacing w:before="200"/></w:pPr><w:r><w:t>Tekst</w:t>)") !=
          std::string::npos);
    CHECK(text.find(R"(<w:p><w:pPr><w:pStyle w:val="Kilde"/></w:pPr><w:r><w:t>Kjelde</w:t>)") != std::string::npos);
}

TEST_CASE("a short document's chapters follow on: Heading 1 starts no new page, other styles keep theirs") {
    pugi::xml_document styles;
    REQUIRE(styles.load_string(
        R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:style w:styleId="Heading1"><w:pPr><w:keepNext/><w:pageBreakBefore/></w:pPr></w:style>)"
        R"(<w:style w:styleId="Tiltak"><w:pPr><w:pageBreakBefore/></w:pPr></w:style></w:styles>)"));
    CHECK(chapters_follow_on(styles));
    CHECK_FALSE(styles.select_node("//w:style[@w:styleId='Heading1']//w:pageBreakBefore"));
    CHECK(styles.select_node("//w:style[@w:styleId='Heading1']//w:keepNext"));
    CHECK(styles.select_node("//w:style[@w:styleId='Tiltak']//w:pageBreakBefore"));
    CHECK_FALSE(chapters_follow_on(styles));  // nothing left to take out
}
