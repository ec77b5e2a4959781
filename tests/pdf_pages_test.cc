#include <catch2/catch.hpp>

#include "publish/pdf_pages.h"

using namespace legeplan;

TEST_CASE("pdfinfo's destinations: each name with its page; the header and odd lines are passed over", "[pdf_pages]") {
    const std::string listing =
        "Page  Destination                 Name\n"
        "   4 [ XYZ   62  771 null      ] \"sammendrag\"\n"
        "  12 [ XYZ   91  771 null      ] \"innledning\"\n"
        " 105 [ XYZ  105  419 null      ] \"tiltak-37\"\n"
        "   7 [ Fit                     ] \"med \"hermetegn\"\"\n"
        "not a line of pdfinfo's\n"
        "   9 [ XYZ 1 2 null ] no quotes\n";
    CHECK(parse_pdf_destinations(listing) == std::map<std::string, int>{{"sammendrag", 4},
                                                                        {"innledning", 12},
                                                                        {"tiltak-37", 105},
                                                                        {"med \"hermetegn\"", 7}});
    CHECK(parse_pdf_destinations("").empty());
}

TEST_CASE("pdfinfo's destinations: LibreOffice's encoding of letters beyond ASCII is undone, and only that", "[pdf_pages]") {
    using legeplan::decoded_destination;
    CHECK(decoded_destination("n25C325B8kkeltall") == "nøkkeltall");
    CHECK(decoded_destination("25C325A5rlige-25C325A6rend") == "årlige-ærend");
    CHECK(decoded_destination("tiltak-2580") == "tiltak-2580");      // digits after "25": no letter
    CHECK(decoded_destination("tiltak-25C3") == "tiltak-25C3");      // a first byte without its second
    CHECK(decoded_destination("a25C32541b") == "a25C32541b");        // 0x41 cannot follow 0xC3
    CHECK(decoded_destination("25E22580258B") == "\u200B");          // three bytes (U+200B)
    std::map<std::string, int> pages = legeplan::parse_pdf_destinations(
        "Page  Destination                 Name\n"
        "   4 [ XYZ   62  771 null      ] \"n25C325B8kkeltall\"\n");
    CHECK(pages == std::map<std::string, int>{{"nøkkeltall", 4}});
}
