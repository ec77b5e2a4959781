#include <catch2/catch.hpp>

#include "plan/placeholders.h"
#include "test_util.h"

using namespace legeplan;

TEST_CASE("a placeholder is the bracketed marker 'Fyll inn', in any letter case") {
    CHECK(contains_placeholder("Tekst [Fyll inn: noe] mer"));
    CHECK(contains_placeholder("[FYLL INN]"));
    CHECK(contains_placeholder("[fyll inn: x"));
    CHECK_FALSE(contains_placeholder("Fyll inn: uten hakeparentes"));
    CHECK_FALSE(contains_placeholder("[Fyll ut]"));
}

TEST_CASE("each placeholder is warned at its place in values and text files, none in comments") {
    test::TempDir dir;
    dir.write("tekst/del.md", "Innledning.\n\nHer står [Fyll inn: noe mer] og [fyll inn]\n");
    auto checked = test::check_text(dir, test::plan_header() + R"(  summary: |
    Første linje.
    [Fyll inn: sammendrag] og [Fyll inn: mer]
# [Fyll inn: i en kommentar]
chapters:
  - id: a
    title: "[Fyll inn: tittel]"   # [Fyll inn: kommentar]
    text_file: tekst/del.md
key_figures:
  - {id: tak, title: Listetak, value: "[Fyll inn]", kind: list_ceiling}
  - id: timer
    title: Timer
    table:
      columns: [Oppgave, Timer]
      rows: [[Sykehjem, &p "[Fyll inn]"], [Helsestasjon, *p]]
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:12:5: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:12:31: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:16:13: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:19:40: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:24:29: warning[W004]: a placeholder is left to fill in\n"
          "del.md:3:10: warning[W004]: a placeholder is left to fill in\n"
          "del.md:3:33: warning[W004]: a placeholder is left to fill in\n");
    // The whole placeholder is underlined, and the hint says what to do.
    std::string first = format_diagnostic(checked.diags.sorted().front(), checked.files);
    CHECK(first.substr(first.find('\n')) ==
          "\n        [Fyll inn: sammendrag] og [Fyll inn: mer]\n"
          "        ^~~~~~~~~~~~~~~~~~~~~~\n"
          "    hint: write the plan's own text or figure in place of the brackets\n");
    CHECK(checked.usable(false));
    CHECK_FALSE(checked.usable(true));
}

TEST_CASE("a placeholder running over lines is underlined to the end of its first line") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(  summary: |
    Tekst. [Fyll inn: dette går
    over to linjer.]
chapters:
  - {id: a, title: A}
)");
    REQUIRE(checked.diags.all().size() == 1);
    CHECK(format_diagnostic(checked.diags.all()[0], checked.files).find(
              "plan.yaml:11:12: warning[W004]: a placeholder is left to fill in\n"
              "        Tekst. [Fyll inn: dette går\n"
              "               ^~~~~~~~~~~~~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("a list ceiling still to fill in is a placeholder, not a malformed number") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(chapters:
  - {id: a, title: A}
key_figures:
  - {id: tak, title: Listetak, value: "[Fyll inn]", kind: list_ceiling}
  - {id: leger, title: Fastleger, value: mange, kind: gps, date: 2026}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:13:40: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:14:42: error[E017]: a key figure of kind gps is compared across plans and must be a number, found 'mange'\n");
}
