#include <catch2/catch.hpp>

#include "render/budget_csv.h"

using namespace legeplan;

TEST_CASE("a budget file field stays text in a spreadsheet and in one field") {
    CHECK(csv_text_field("ALIS-stilling") == "ALIS-stilling");
    CHECK(csv_text_field("") == "");
    // What a spreadsheet would run as a formula gets an apostrophe in front.
    CHECK(csv_text_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_text_field("+47 legevakt") == "'+47 legevakt");
    CHECK(csv_text_field("-tilskudd") == "'-tilskudd");
    CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_text_field("\tfane") == "'\tfane");
    CHECK(csv_text_field("a = b") == "a = b");
    // RFC 4180: a separator, a quote or a line break makes a quoted field, its quotes doubled.
    CHECK(csv_text_field("Legevakt; felles") == "\"Legevakt; felles\"");
    CHECK(csv_text_field("«Bil» \"ny\"") == "\"«Bil» \"\"ny\"\"\"");
    CHECK(csv_text_field("to\nlinjer") == "\"to\nlinjer\"");
    CHECK(csv_text_field("\rx") == "\"'\rx\"");
}
