#include <catch2/catch.hpp>

#include "plan/terminal_text.h"

using namespace legeplan;

TEST_CASE("characters a terminal acts on are shown escaped") {
    CHECK(terminal_safe("Tiltak \x1b[2J\x1b]0;tittel\x07 slutt") == "Tiltak \\x1B[2J\\x1B]0;tittel\\x07 slutt");
    CHECK(terminal_safe("CSI \xC2\x9B" "31m") == "CSI \\u{9B}31m");
    CHECK(terminal_safe("abc \xE2\x80\xAE" "fed") == "abc \\u{202E}fed");
    CHECK(terminal_safe("DEL \x7F") == "DEL \\x7F");
    CHECK(terminal_safe("to\nlinjer") == "to\\x0Alinjer");
    CHECK(terminal_safe("to\nlinjer", true) == "to\nlinjer");
    CHECK(terminal_safe("blåbær – «sitat»") == "blåbær – «sitat»");
}
