#include <catch2/catch.hpp>

#include "text/utf8.h"

using namespace legeplan;

TEST_CASE("UTF-8 validity finds the first bad byte") {
    CHECK(utf8::first_invalid("blåbær") == std::string::npos);
    CHECK(utf8::first_invalid("ab\xFF" "c") == 2);
    CHECK(utf8::first_invalid("\xC3") == 0);              // cut short
    CHECK(utf8::first_invalid("\xC0\xAF") == 0);          // overlong '/'
    CHECK(utf8::first_invalid("\xED\xA0\x80") == 0);      // surrogate
}

TEST_CASE("characters are counted, not bytes") {
    CHECK(utf8::length("Tromsø") == 6);
    CHECK(utf8::split_chars("æø") == std::vector<std::string>{"æ", "ø"});
}

TEST_CASE("text is normalised to NFC, NUL bytes and invalid text included") {
    const std::string decomposed = "Tilgjengelighet p\x61\xCC\x8A legekontoret";  // a + U+030A
    CHECK(utf8::nfc(decomposed) == "Tilgjengelighet på legekontoret");
    CHECK(utf8::nfc("på") == "på");
    CHECK(utf8::nfc(std::string("a\xCC\x8A\0b", 5)) == std::string("å\0b", 4));
    CHECK(utf8::nfc("ab\xFF") == "ab\xFF");
}

TEST_CASE("the first character in upper case, æ, ø and å too") {
    CHECK(utf8::capital_first("kostnad, tekst") == "Kostnad, tekst");
    CHECK(utf8::capital_first("år") == "År");
    CHECK(utf8::capital_first("økonomi") == "Økonomi");
    CHECK(utf8::capital_first("") == "");
    CHECK(utf8::capital_first("\xFF" "x") == "\xFF" "x");
}
