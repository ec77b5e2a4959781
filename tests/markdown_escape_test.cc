#include <catch2/catch.hpp>

#include "render/markdown_escape.h"

using namespace legeplan;

TEST_CASE("fields are escaped so that every character shows as written") {
    CHECK(escape_inline("Tiltak *1* <b>") == "Tiltak \\*1\\* \\<b\\>");
    CHECK(escape_inline("a|b\nc") == "a\\|b c");
    CHECK(escape_inline("=SUM(A1)") == "\\=SUM\\(A1\\)");
    CHECK(escape_inline("blåbær 1\xC2\xA0" "000") == "blåbær 1\xC2\xA0" "000");
}

TEST_CASE("Markdown texts keep emphasis and lists but lose headings and fences") {
    CHECK(sanitize_markdown("Tekst med *vekt*.\n\n- punkt\n") == "Tekst med *vekt*.\n\n- punkt\n");
    CHECK(sanitize_markdown("# Overskrift\n  ## To\n") == "\\# Overskrift\n  \\## To\n");
    CHECK(sanitize_markdown("Tittel\n===\n") == "Tittel\n\\===\n");
    CHECK(sanitize_markdown("::: {custom-style=x}\nblokk\n:::") == "\\::: {custom-style=x}\nblokk\n\\:::\n");
    CHECK(sanitize_markdown("---\ntitle: x\n---\n") == "\\---\ntitle: x\n\\---\n");
    CHECK(sanitize_markdown("a\r\nb\n\n\n") == "a\nb\n");
    CHECK(sanitize_markdown("") == "");
}

TEST_CASE("block quotes prefix every line") {
    CHECK(quote_block("a\n\nb\n") == "> a\n>\n> b\n");
}
