#include <catch2/catch.hpp>

#include "test_util.h"

using namespace legeplan;

TEST_CASE("a full measure is read into the model") {
    test::TempDir dir;
    dir.write("tekst/innledning.md", "Innledende *tekst*.\n");
    auto checked = test::check_text(dir, test::plan_header() + R"(
units:
  - {id: helse, name: Helse og omsorg}
rates:
  - {id: lege, name: Legeårsverk, amount: 1 200 000}
chapters:
  - id: innledning
    title: Innledning
    text_file: tekst/innledning.md
    sections:
      - {id: bakgrunn, title: Bakgrunn}
measures:
  - id: kommuneoverlege
    number: 1
    section: bakgrunn
    title: Kommuneoverlege
    text: Styrke **samfunnsmedisin**.
    responsible: helse
    costs:
      - {type: yearly, fte: 0.5, rate: lege, from: 2028}
      - {type: one_time, amount: 50 000, year: 2029, note: kontor}
    funding: new_money
    priority: high
    status: proposed
    deadline: 2028-06-30
    basis: [ASA 4310 punkt 6.2]
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const Plan& plan = checked.plan;
    CHECK(plan.chapters[0].text == "Innledende *tekst*.\n");
    CHECK(plan.chapters[0].number == 1);
    const Measure& m = plan.measures.at(0);
    CHECK(m.responsible.at(0).id == "helse");
    REQUIRE(m.costs.size() == 2);
    CHECK(m.costs[0].basis == CostBasis::fte);
    CHECK(m.costs[0].quantity.low == 500);
    CHECK((m.costs[0].from == 2028 && m.costs[0].to == 2030));
    CHECK((m.costs[1].from == 2029 && m.costs[1].to == 2029));
    CHECK(m.costs[1].amount.low == 50'000);
    CHECK(m.funding == Funding::new_money);
    CHECK(m.deadline->month == 6);
    CHECK(m.basis == std::vector<std::string>{"ASA 4310 punkt 6.2"});
}

TEST_CASE("shape errors are all reported, each once; a misspelt key is not also missing") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - id: Innledning
    title: [x]
measures:
  - id: a
    number: one
    section: innledning
    titel: A
    text: x
    costs:
      - {type: yearly}
      - {type: monthly, amount: 5}
      - {type: yearly, fte: 1}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:12:9: error[E014]: chapter id 'Innledning' is not a valid id\n"
          "plan.yaml:13:12: error[E011]: chapter title must be text, found a list\n"
          "plan.yaml:16:13: error[E017]: measure number must be a whole number from 1 to 100000, found 'one'\n"
          "plan.yaml:17:14: error[E021]: unknown chapter or section 'innledning'\n"
          "plan.yaml:18:5: error[E010]: unknown key 'titel' in measure\n"
          "plan.yaml:21:9: error[E012]: cost needs 'amount', or 'fte' with 'rate', or 'count' with 'unit_amount'\n"
          "plan.yaml:22:16: error[E013]: cost type 'monthly' is not a known value\n"
          "plan.yaml:23:24: error[E028]: an FTE cost needs a 'rate' to price the FTE\n");
}

TEST_CASE("goals and their indicators are read, from an included file too, and measures name them") {
    test::TempDir dir;
    dir.write("mal.yaml", R"(goals:
  - id: rekruttering
    title: Legane blir
    indicators:
      - {id: turnover, title: Legar som sluttar, unit: per år, baseline: {year: 2025, value: 3}, target: {year: 2030, value: 0}}
)");
    auto checked = test::check_text(dir, test::plan_header() + R"(
include: [mal.yaml]
chapters:
  - {id: k, title: Kapittel}
goals:
  - id: tilgang
    title: Tilgang
    text: Alle har *fastlege*.
    indicators:
      - id: ventetid
        title: Ventetid
        unit: dagar
        baseline: {year: 2026, value: 6.25}
        target: {year: 2029, value: "5"}
measures:
  - {id: a, number: 1, section: k, title: A, text: x, goals: tilgang}
  - {id: b, number: 2, section: k, title: B, text: x, goals: [rekruttering, tilgang]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    CHECK(checked.diags.warning_count() == 0);
    const Plan& plan = checked.plan;
    REQUIRE(plan.goals.size() == 2);
    const Goal& g = plan.goals[0];
    CHECK(g.id == "tilgang");
    CHECK(g.title == "Tilgang");
    CHECK(g.text == "Alle har *fastlege*.");
    REQUIRE(g.indicators.size() == 1);
    const Indicator& i = g.indicators[0];
    CHECK(i.id == "ventetid");
    CHECK(i.unit == "dagar");
    CHECK(i.baseline.year == 2026);
    CHECK(i.baseline.value == 6250);
    CHECK(i.target.year == 2029);
    CHECK(i.target.value == 5000);
    CHECK(i.target.year_pos.line == 23);
    CHECK(plan.goals[1].id == "rekruttering");
    CHECK(plan.goals[1].indicators.at(0).target.value == 0);
    REQUIRE(plan.measures.size() == 2);
    REQUIRE(plan.measures[0].goals.size() == 1);
    CHECK(plan.measures[0].goals[0].id == "tilgang");
    REQUIRE(plan.measures[1].goals.size() == 2);
    CHECK(plan.measures[1].goals[0].id == "rekruttering");
}
