#include <catch2/catch.hpp>

#include "test_util.h"

using namespace legeplan;

TEST_CASE("references to things the plan does not define are errors with the nearest id") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - id: a
    number: 1
    section: s2
    title: A
    text: x
    responsible: [helsee]
    services: [legevakt]
    costs:
      - {type: yearly, fte: 1, rate: leger}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:22:14: error[E021]: unknown chapter or section 's2'\n"
          "plan.yaml:25:19: error[E021]: unknown unit 'helsee'\n"
          "plan.yaml:26:16: error[E021]: unknown service 'legevakt'\n"
          "plan.yaml:28:38: error[E021]: unknown rate 'leger'\n");
    CHECK(checked.diags.sorted()[1].hint == "did you mean 'helse' (Helse)?");
    CHECK(checked.diags.sorted()[2].hint == "the plan defines no services");
}

TEST_CASE("measure numbers must be unique and without gaps") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: s1, title: A, text: x}
  - {id: b, number: 1, section: s1, title: B, text: x}
  - {id: c, number: 4, section: s1, title: C, text: x}
  - {id: a, number: 5, section: s1, title: D, text: x}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:21:21: error[E022]: measure number 1 is already used by measure 'a' (line 20)\n"
          "plan.yaml:22:21: error[E023]: measure numbers jump to 4; 2–3 are missing\n"
          "plan.yaml:23:5: error[E020]: duplicate measure id 'a' (first defined on line 20)\n");
}

TEST_CASE("years outside the period are reported, and then no assertion is checked") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - id: a
    number: 1
    section: s1
    title: A
    text: x
    costs:
      - {type: yearly, amount: 100 000, from: 2026, to: 2031}
assertions:
  - total: 1
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:26:47: error[E024]: year 2026 is outside the plan period 2027–2030\n"
          "plan.yaml:26:57: error[E024]: year 2031 is outside the plan period 2027–2030\n");
}

TEST_CASE("failed assertions are reported with the difference") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - id: a
    number: 1
    section: s1
    title: A
    text: x
    costs:
      - {type: yearly, amount: 100 000, from: 2028}
      - {type: one_time, amount: 50 000, year: 2029}
assertions:
  - total: 100 000
  - one_time: 50 000
  - total: 150 000
    year: 2029
  - recurring: 0
    year: 2027
  - measures: 2
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:29:12: error[E030]: assertion failed: total is 150 000 kr, the plan states 100 000 kr (difference +50 000 kr)\n"
          "plan.yaml:35:15: error[E030]: assertion failed: number of measures is 1, the plan states 2 (difference -1)\n");
}

TEST_CASE("a list ceiling outside 500–2 500 is a warning") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(key_figures:
  - {id: tak, title: Listetak, value: 3 000, kind: list_ceiling, date: 2026}
  - {id: tak2, title: Listetak, kind: gps, series: [{year: 2026, value: 1200}]}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:20:39: warning[W001]: list ceiling 3 000 is outside the 500–2 500 patients the GP regulation allows\n");
    CHECK(checked.usable(false));
    CHECK_FALSE(checked.usable(true));
}

TEST_CASE("sums that overflow 64 bits are an error, not a wrapped number") {
    test::TempDir dir;
    // 100 × 100 costs of 10^15 kr each: 10^19 kr, beyond 64 bits.
    std::string costs;
    for (int i = 0; i < 100; ++i) costs += "{type: yearly, amount: 1 000 000 000 000 000},";
    std::string measures = "measures:\n";
    for (int i = 1; i <= 100; ++i) {
        std::string n = std::to_string(i);
        measures += "  - {id: m" + n + ", number: " + n +
                    ", section: s1, title: T, text: x, costs: [" + costs + "]}\n";
    }
    auto checked = test::check_text(dir, test::minimal_plan() + measures);
    std::string lines = test::headlines(checked);
    // Reported where a figure first passes what a workbook holds exactly: measure 1's third
    // cost, where the sum over the four years of the period reaches 1.2 × 10^16 kr.
    CHECK(lines == "plan.yaml:20:157"
                       ": error[E029]: the plan's costs add up to more than 9 007 199 254 740 992 kr, "
                       "the largest sum a spreadsheet holds exactly\n");
}

TEST_CASE("a single cost above the largest amount is an error") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: s1, title: A, text: x,
     costs: [{type: yearly, count: 2, unit_amount: 999 999 999 999 999}]}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:21:14: error[E029]: this cost comes to more than 1 000 000 000 000 000 kr, the largest amount legeplan counts\n");
}

TEST_CASE("a deadline before the period is an error, one after it a warning") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: s1, title: A, text: x, deadline: 2026}
  - {id: b, number: 2, section: s1, title: B, text: x, deadline: 2030-12-31}
  - {id: c, number: 3, section: s1, title: C, text: x, deadline: 2033-06-30}
  - {id: d, number: 4, section: s1, title: D, text: x, deadline: 2027}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:20:66: error[E024]: measure 1 'a' has its deadline in 2026, before the plan period 2027–2030 starts\n"
          "plan.yaml:22:66: warning[W009]: measure 3 'c' has its deadline in 2033, after the plan period 2027–2030 ends\n");
    CHECK(checked.diags.sorted()[0].hint == "check the year: a measure of this plan is carried out from 2027 on");
    CHECK(checked.diags.sorted()[1].hint ==
          "if the year is a typo, set one up to 2030; a measure meant to run on past the plan may keep it");
}

TEST_CASE("a key figure that says no year is a warning, unless it is still to fill in") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(key_figures:
  - {id: a, title: A, value: 12}
  - {id: b, title: B, value: 12, date: 2026}
  - {id: c, title: C, series: [{year: 2026, value: 1}]}
  - {id: d, title: D, table: {columns: [X], rows: [["1"]]}}
  - {id: e, title: E, comparisons: [{label: Landet, value: 3}]}
  - {id: f, title: F, value: "[Fyll inn]"}
  - {id: g, title: G, table: {columns: [X], rows: [["[Fyll inn]"]]}}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:20:5: warning[W010]: key figure 'a' does not say which year it holds for\n"
          "plan.yaml:23:5: warning[W010]: key figure 'd' does not say which year it holds for\n"
          "plan.yaml:24:5: warning[W010]: key figure 'e' does not say which year it holds for\n"
          "plan.yaml:25:31: warning[W004]: a placeholder is left to fill in\n"
          "plan.yaml:26:54: warning[W004]: a placeholder is left to fill in\n");
    CHECK(checked.diags.sorted()[0].hint == "add the year (or the date) its source gives, e.g. date: 2027");
}

TEST_CASE("measure numbers follow the order the document shows the measures in") {
    test::TempDir dir;
    // k1's own measures come before those of its section s1: the document reads 1, 3, 2.
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x}
  - {id: b, number: 2, section: s1, title: B, text: x}
  - {id: c, number: 3, section: k1, title: C, text: x}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:22:21: warning[W011]: measure 3 'c' comes after measure 1 'a' in the document, where 2 is expected\n");
    CHECK(checked.diags.sorted()[0].hint ==
          "the document shows the measures chapter by chapter, section by section, as 1, 3, 2; "
          "renumber them in that order");

    test::TempDir first;
    auto reversed = test::check_text(first, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: s1, title: A, text: x}
  - {id: b, number: 2, section: k1, title: B, text: x}
)");
    CHECK(test::headlines(reversed) ==
          "plan.yaml:21:21: warning[W011]: measure 2 'b' is the first measure the document shows, where 1 is expected\n");

    // A gap (E023) or an unknown place (E021) says what is wrong; the order is not checked then.
    test::TempDir gap;
    auto gapped = test::check_text(gap, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: s1, title: A, text: x}
  - {id: b, number: 3, section: k1, title: B, text: x}
)");
    CHECK(test::headlines(gapped) == "plan.yaml:21:21: error[E023]: measure numbers jump to 3; 2 is missing\n");
    test::TempDir unknown;
    auto misplaced = test::check_text(unknown, test::minimal_plan() + R"(measures:
  - {id: a, number: 2, section: s1, title: A, text: x}
  - {id: b, number: 1, section: k9, title: B, text: x}
)");
    CHECK(test::headlines(misplaced) == "plan.yaml:21:33: error[E021]: unknown chapter or section 'k9'\n");
}
