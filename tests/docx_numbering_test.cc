#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <sstream>
#include <string>

#include "publish/docx/numbering.h"

using namespace legeplan;

namespace {

const std::string kWord = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

pugi::xml_document parse(const std::string& text) {
    pugi::xml_document document;
    REQUIRE(document.load_string(text.c_str(), pugi::parse_full | pugi::parse_ws_pcdata));
    return document;
}

std::string text_of(const pugi::xml_node& node) {
    std::ostringstream out;
    for (pugi::xml_node child : node.children()) child.print(out, "", pugi::format_raw);
    return out.str();
}

std::string heading(int level, const std::string& text) {
    return R"(<w:p><w:pPr><w:pStyle w:val="Heading)" + std::to_string(level) + R"("/></w:pPr><w:r><w:t xml:space="preserve">)" +
           text + "</w:t></w:r></w:p>";
}

pugi::xml_document body(const std::string& paragraphs) {
    return parse("<w:document " + kWord + "><w:body>" + paragraphs + "</w:body></w:document>");
}

const std::string kStyles =
    R"(<w:style w:styleId="Heading1" w:type="paragraph"><w:name w:val="heading 1"/><w:pPr><w:keepNext/><w:spacing w:before="480"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
    R"(<w:style w:styleId="Heading2" w:type="paragraph"><w:name w:val="heading 2"/><w:rPr><w:b/></w:rPr></w:style>)"
    R"(<w:style w:styleId="TOCHeading" w:type="paragraph"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>)";

// Pandoc's numbering part holds its lists' definitions, then the lists.
const std::string kNumbering =
    R"(<w:abstractNum w:abstractNumId="990"><w:multiLevelType w:val="multilevel"/></w:abstractNum>)"
    R"(<w:num w:numId="1000"><w:abstractNumId w:val="990"/></w:num>)";

}  // namespace

TEST_CASE("typed chapter and section numbers move into a list bound to the heading styles") {
    pugi::xml_document document = body(heading(1, "Sammendrag") + heading(1, "1 Innledning") + heading(2, "1.1 Rammer") +
                                       heading(2, "1.2 Arbeidet") + heading(1, "2 Fastleger") + heading(2, "2.1 Lister") +
                                       heading(1, "Vedlegg") + heading(2, "Vedlegg 1: Tall"));
    pugi::xml_document styles = parse("<w:styles " + kWord + ">" + kStyles + "</w:styles>");
    pugi::xml_document numbering = parse("<w:numbering " + kWord + ">" + kNumbering + "</w:numbering>");
    CHECK(number_headings(document, styles, numbering) == 5);
    const std::string out = R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>)";
    auto unnumbered = [&](int level, const std::string& text) {
        return R"(<w:p><w:pPr><w:pStyle w:val="Heading)" + std::to_string(level) + R"("/>)" + out +
               R"(</w:pPr><w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r></w:p>";
    };
    CHECK(text_of(document.child("w:document").child("w:body")) ==
          unnumbered(1, "Sammendrag") + heading(1, "Innledning") + heading(2, "Rammer") + heading(2, "Arbeidet") +
              heading(1, "Fastleger") + heading(2, "Lister") + unnumbered(1, "Vedlegg") + unnumbered(2, "Vedlegg 1: Tall"));
    CHECK(text_of(styles.child("w:styles")) ==
          R"(<w:style w:styleId="Heading1" w:type="paragraph"><w:name w:val="heading 1"/><w:pPr><w:keepNext/>)"
          R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1001"/></w:numPr><w:spacing w:before="480"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
          R"(<w:style w:styleId="Heading2" w:type="paragraph"><w:name w:val="heading 2"/>)"
          R"(<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1001"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
          R"(<w:style w:styleId="TOCHeading" w:type="paragraph"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/>)"
          R"(<w:pPr>)" + out + R"(<w:outlineLvl w:val="9"/></w:pPr></w:style>)");
    auto level = [](const char* number, const char* style, const char* text, const char* indent) {
        return std::string(R"(<w:lvl w:ilvl=")") + number + R"("><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val=")" +
               style + R"("/><w:lvlText w:val=")" + text + R"("/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left=")" + indent +
               R"(" w:hanging=")" + indent + R"("/></w:pPr></w:lvl>)";
    };
    CHECK(text_of(numbering.child("w:numbering")) ==
          R"(<w:abstractNum w:abstractNumId="990"><w:multiLevelType w:val="multilevel"/></w:abstractNum>)"
          R"(<w:abstractNum w:abstractNumId="991"><w:multiLevelType w:val="multilevel"/>)" +
              level("0", "Heading1", "%1", "567") + level("1", "Heading2", "%1.%2", "851") +
              R"(</w:abstractNum><w:num w:numId="1000"><w:abstractNumId w:val="990"/></w:num>)"
              R"(<w:num w:numId="1001"><w:abstractNumId w:val="991"/></w:num>)");
}

TEST_CASE("typed numbers that a list would not give in their place are left as they are") {
    pugi::xml_document styles = parse("<w:styles " + kWord + ">" + kStyles + "</w:styles>");
    pugi::xml_document numbering = parse("<w:numbering " + kWord + ">" + kNumbering + "</w:numbering>");
    const std::string before_styles = text_of(styles.child("w:styles"));
    for (const std::string& paragraphs :
         {heading(1, "1 Innledning") + heading(1, "3 Hopper over"), heading(1, "1 Innledning") + heading(2, "1.2 Hull"),
          heading(1, "2030-planen") + heading(1, "1 Innledning"), heading(1, "1Tett")}) {
        pugi::xml_document document = body(paragraphs);
        CHECK(number_headings(document, styles, numbering) == 0);
        CHECK(text_of(document.child("w:document").child("w:body")) == paragraphs);
    }
    CHECK(text_of(styles.child("w:styles")) == before_styles);
}

TEST_CASE("without heading styles or a numbering part, headings keep their typed numbers") {
    const std::string paragraphs = heading(1, "1 Innledning");
    pugi::xml_document document = body(paragraphs);
    pugi::xml_document no_styles = parse("<w:styles " + kWord + "/>");
    pugi::xml_document numbering = parse("<w:numbering " + kWord + ">" + kNumbering + "</w:numbering>");
    CHECK(number_headings(document, no_styles, numbering) == 0);
    pugi::xml_document styles = parse("<w:styles " + kWord + ">" + kStyles + "</w:styles>");
    pugi::xml_document not_numbering = parse("<other/>");
    CHECK(number_headings(document, styles, not_numbering) == 0);
    CHECK(text_of(document.child("w:document").child("w:body")) == paragraphs);
}

TEST_CASE("a typed number written word by word leaves all its runs") {
    pugi::xml_document document = body(
        R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>)"
        R"(<w:r><w:t>Innleiing</w:t></w:r></w:p>)");
    pugi::xml_document styles = parse("<w:styles " + kWord + ">" + kStyles + "</w:styles>");
    pugi::xml_document numbering = parse("<w:numbering " + kWord + ">" + kNumbering + "</w:numbering>");
    CHECK(number_headings(document, styles, numbering) == 1);
    CHECK(text_of(document.child("w:document").child("w:body")) ==
          R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t></w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r>)"
          R"(<w:r><w:t>Innleiing</w:t></w:r></w:p>)");
}
