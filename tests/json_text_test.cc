#include <catch2/catch.hpp>

#include "text/json_text.h"

using namespace legeplan;

TEST_CASE("JSON strings escape quotes, backslashes and control characters, and keep UTF-8") {
    CHECK(json_quote("a\"b\\c") == R"("a\"b\\c")");
    CHECK(json_quote("linje\nny\tfane\r\b\f") == R"("linje\nny\tfane\r\b\f")");
    CHECK(json_quote(std::string("\x01\x1f", 2)) == R"("\u0001\u001f")");
    CHECK(json_quote("Årsverk – «rådgiver»") == "\"Årsverk – «rådgiver»\"");
    CHECK(json_quote(R"(^[ \u00a0]$)") == R"("^[ \\u00a0]$")");
}

TEST_CASE("JSON text keeps the order keys were set in and puts scalar arrays on one line") {
    Json words = Json::array();
    words.push("b").push("a");
    Json nested = Json::array();
    nested.push(Json::object().set("x", 1));
    Json value = Json::object()
                     .set("z", "siste først")
                     .set("a", words)
                     .set("n", -5LL)
                     .set("t", true)
                     .set("tom", Json::object())
                     .set("liste", nested);
    value.set("z", false);  // a key set again keeps its place
    CHECK(value.text() == R"({
  "z": false,
  "a": ["b", "a"],
  "n": -5,
  "t": true,
  "tom": {},
  "liste": [
    {
      "x": 1
    }
  ]
}
)");
}
