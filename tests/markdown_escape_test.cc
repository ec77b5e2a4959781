#include <catch2/catch.hpp>

#include "text/markdown_escape.h"

using namespace legeplan;

TEST_CASE("fields are escaped so that every character shows as written") {
    CHECK(escape_inline("Tiltak *1* <b>") == "Tiltak \\*1\\* \\<b\\>");
    CHECK(escape_inline("a|b\nc") == "a\\|b c");
    CHECK(escape_inline("=SUM(A1)") == "\\=SUM\\(A1\\)");
    CHECK(escape_inline("blåbær 1\xC2\xA0" "000") == "blåbær 1\xC2\xA0" "000");
}

TEST_CASE("block quotes prefix every line") {
    CHECK(quote_block("a\n\nb\n") == "> a\n>\n> b\n");
}
