#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <sstream>
#include <string>

#include "publish/docx/cover.h"

using namespace legeplan;

namespace {

pugi::xml_document body(const std::string& children) {
    pugi::xml_document document;
    std::string text = R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
                       children + "</w:body></w:document>";
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

std::string styled(const std::string& style, const std::string& text) {
    return R"(<w:p><w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr><w:r><w:t>)" + text + "</w:t></w:r></w:p>";
}

const std::string kContents = "<w:sdt><w:sdtContent>" + styled("TOCHeading", "Innhold") + "</w:sdtContent></w:sdt>";
const std::string kSection = R"(<w:sectPr><w:footerReference w:type="default"/><w:pgSz w:w="11906"/><w:docGrid/></w:sectPr>)";
const std::string kTitledSection =
    R"(<w:sectPr><w:footerReference w:type="default"/><w:pgSz w:w="11906"/><w:titlePg/><w:docGrid/></w:sectPr>)";

}  // namespace

TEST_CASE("the front matter moves from under the contents onto the cover, which has no header or footer") {
    pugi::xml_document document =
        body(styled("Title", "Plan") + styled("Author", "Havøy kommune") + kContents + styled("Utkastmerke", "UTKAST") +
             styled("Forside", "Status: Utkast") + styled("Heading1", "Samandrag") + styled("Forside", "Seinare") + kSection);
    CHECK(finish_cover(document, {"Forside", "Utkastmerke"}) == 3);
    CHECK(body_text(document) == styled("Title", "Plan") + styled("Author", "Havøy kommune") + styled("Utkastmerke", "UTKAST") +
                                     styled("Forside", "Status: Utkast") + styled("Forside", "Seinare") + kContents +
                                     styled("Heading1", "Samandrag") + kTitledSection);
}

TEST_CASE("front matter already on the cover stays, in its order; a document without a title is left alone") {
    const std::string in_place = styled("Title", "Plan") + styled("Forside", "A") + styled("Forside", "B") + kContents + kSection;
    pugi::xml_document document = body(in_place);
    CHECK(finish_cover(document, {"Forside"}) == 2);
    CHECK(body_text(document) == styled("Title", "Plan") + styled("Forside", "A") + styled("Forside", "B") + kContents +
                                     kTitledSection);
    const std::string untitled = kContents + styled("Forside", "A") + kSection;
    pugi::xml_document plain = body(untitled);
    CHECK(finish_cover(plain, {"Forside"}) == 0);
    CHECK(body_text(plain) == untitled);
}
