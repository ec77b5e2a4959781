#include <catch2/catch.hpp>

#include <zip.h>

#include <map>

#include "publish/docx_pages.h"
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
