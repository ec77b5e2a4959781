#include <catch2/catch.hpp>

#include "plan/syntax_hints.h"

using namespace legeplan;

TEST_CASE("a key without a space after ':' is found on the line before the one yaml-cpp names") {
    // yaml-cpp reads "title:Nytt" as text going on into the next line, and stops at its ':'.
    auto e = explain_syntax_error("plan:\n  municipality: X\n  title:Nytt\n  period: 1\n", 4);
    REQUIRE(e);
    CHECK(e->line == 3);
    CHECK(e->byte_col == 8);
    CHECK(e->message == "the key 'title' needs a space after ':'");
    CHECK(e->hint == "write title: Nytt");
}

TEST_CASE("a ': ' inside unquoted text is reported at the second colon, the hint quoting the value") {
    auto e = explain_syntax_error("plan:\n  title: Legevakt: \"nytt\" utstyr\n", 2);
    REQUIRE(e);
    CHECK(e->line == 2);
    CHECK(e->byte_col == 18);
    CHECK(e->hint == "put the value in quotes: title: \"Legevakt: \\\"nytt\\\" utstyr\"");
}

TEST_CASE("a key indented unlike the keys above it names the key to align with") {
    std::string more = "m:\n  - id: x\n    number: 1\n     responsible: a\n";
    auto e = explain_syntax_error(more, 4);
    REQUIRE(e);
    CHECK(e->message == "'responsible' is indented 1 space more than the keys above it (line 3)");
    CHECK(e->hint == "start 'responsible' in the same column as 'number' on line 3");
    std::string less = "m:\n  - id: x\n    number: 1\n  responsible: a\n    title: t\n";
    e = explain_syntax_error(less, 4);
    REQUIRE(e);
    CHECK(e->message == "'responsible' is indented 2 spaces less than the keys above it (line 3)");
    CHECK(e->byte_col == 3);
}

TEST_CASE("a tab in the indentation is reported at the tab") {
    auto e = explain_syntax_error("m:\n  - id: x\n  \t  number: 1\n", 3);
    REQUIRE(e);
    CHECK(e->line == 3);
    CHECK(e->byte_col == 3);
    CHECK(e->message == "YAML does not allow tabs for indentation");
}

TEST_CASE("text that is no usual mistake is left to yaml-cpp's own words") {
    CHECK(!explain_syntax_error("a: [1, 2\n", 1));
    CHECK(!explain_key_without_space("https://example.org"));
    CHECK(!explain_key_without_space("Merk: dette"));
    CHECK(explain_key_without_space("id:legevakt"));
}

TEST_CASE("the text of a block scalar above is no key to align with, whatever it looks like") {
    std::string plan = "m:\n  - id: x\n    text: |\n      Merk: teksten\n      slett det.\n     responsible: a\n";
    auto e = explain_syntax_error(plan, 6);
    REQUIRE(e);
    CHECK(e->message == "'responsible' is indented 1 space more than the keys above it (line 3)");
    CHECK(e->hint == "start 'responsible' in the same column as 'text' on line 3");
}
