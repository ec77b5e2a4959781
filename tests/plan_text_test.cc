#include <catch2/catch.hpp>

#include "render/document/plan_text.h"

using namespace legeplan;

TEST_CASE("plan text keeps emphasis, lists, quotes, code and tables") {
    CHECK(plan_text_markdown("Tekst med *vekt* og **mer**.\n\n- punkt\n- to\n") ==
          "Tekst med *vekt* og **mer**.\n\n- punkt\n- to\n");
    CHECK(plan_text_markdown("3. tre\n4. fire\n") == "3. tre\n4. fire\n");
    CHECK(plan_text_markdown("- a\n\n  mer\n- b\n") == "- a\n\n  mer\n\n- b\n");
    CHECK(plan_text_markdown("> sitat\n> videre\n") == "> sitat\n> videre\n");
    CHECK(plan_text_markdown("linje  \nneste\n") == "linje\\\nneste\n");
    CHECK(plan_text_markdown("`a*b`\n\n```\nkode ``` her\n```\n") == "`a*b`\n\n````\nkode ``` her\n````\n");
    CHECK(plan_text_markdown("| a | b |\n|:-|-:|\n| 1 | ~~2~~ |\n") == "| a | b |\n|:---|---:|\n| 1 | ~~2~~ |\n");
    CHECK(plan_text_markdown("a\r\nb\n\n\n") == "a\nb\n");
    CHECK(plan_text_markdown("") == "");
}

TEST_CASE("plan text makes no heading, fence, div, raw block or attribute at any depth") {
    CHECK(plan_text_markdown("# Overskrift\n") == "\\# Overskrift\n");
    CHECK(plan_text_markdown("- # X\n") == "- \\# X\n");
    CHECK(plan_text_markdown("> # X\n") == "> \\# X\n");
    CHECK(plan_text_markdown("- > - # X\n") == "- > - \\# X\n");
    CHECK(plan_text_markdown("Tittel\n===\n") == "\\# Tittel\n");
    CHECK(plan_text_markdown("Term\n: definisjon\n") == "Term\n\\: definisjon\n");
    CHECK(plan_text_markdown("::: {custom-style=x}\nblokk\n:::") == "\\:\\:\\: \\{custom-style=x\\}\nblokk\n\\:\\:\\:\n");
    CHECK(plan_text_markdown("---\ntitle: x\n---\n") == "* * *\n\n\\#\\# title\\: x\n");
    CHECK(plan_text_markdown("<script>alert(1)</script>\n") == "\\<script\\>alert\\(1\\)\\<\\/script\\>\n");
    CHECK(plan_text_markdown("[x]{onclick=alert(1)}\n") == "\\[x\\]\\{onclick\\=alert\\(1\\)\\}\n");
    CHECK(plan_text_markdown("```{=html}\n<b>\n```\n") == "```\n<b>\n```\n");
}

TEST_CASE("plan text keeps allowed links and pictures, and only their text otherwise") {
    CHECK(plan_text_markdown("[Helsedir](<https://www.helsedirektoratet.no/a b>)\n") ==
          "[Helsedir](https://www.helsedirektoratet.no/a%20b)\n");
    CHECK(plan_text_markdown("[post](mailto:post@kommune.no) [opp](#tiltak-1)\n") ==
          "[post](mailto:post@kommune.no) [opp](#tiltak-1)\n");
    CHECK(plan_text_markdown("[klikk](javascript:alert(1))\n") == "klikk\n");
    CHECK(plan_text_markdown("![Kart](bilder/kart.png)\n") == "![Kart](bilder/kart.png)\n");
    CHECK(plan_text_markdown("![x](/etc/passwd) ![y](http://host/y.png)\n") == "x y\n");
}
