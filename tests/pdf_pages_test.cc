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
