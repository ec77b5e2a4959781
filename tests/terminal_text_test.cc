#include <catch2/catch.hpp>

#include "text/terminal_text.h"

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

TEST_CASE("line and paragraph separators are shown escaped, so a message stays one line") {
    CHECK(terminal_safe("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c") == "a\\u{2028}b\\u{2029}c");
}

TEST_CASE("bytes that are not UTF-8 are shown as \\xNN, never passed on") {
    // A lone 0x9B is CSI to a terminal that reads Latin-1; a broken sequence must not swallow
    // the ESC after its lead byte.
    CHECK(terminal_safe("a\x9B" "31m") == "a\\x9B31m");
    CHECK(terminal_safe("\xE2\x1B[2J") == "\\xE2\\x1B[2J");
    CHECK(terminal_safe("bl\xE5" "b\xE6r") == "bl\\xE5b\\xE6r");
    CHECK(terminal_safe(std::string_view("nul\0.", 5)) == "nul\\x00.");
}

TEST_CASE("a path is shown on one line, whatever its name holds") {
    CHECK(shown_path("plans/\x1b]0;eid\x07/plan.yaml") == "plans/\\x1B]0;eid\\x07/plan.yaml");
    CHECK(shown_path("to\nlinjer/plan.yaml") == "to\\x0Alinjer/plan.yaml");
    CHECK(shown_path("planer/blåbær – «sitat»/plan.yaml") == "planer/blåbær – «sitat»/plan.yaml");
}
