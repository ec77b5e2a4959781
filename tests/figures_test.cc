#include <catch2/catch.hpp>

#include "figures/figures.h"
#include "test_util.h"

using namespace legeplan;

TEST_CASE("figures keep recurring, one-time, per-year and estimates apart") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
units:
  - {id: helse, name: Helse}
  - {id: legevakt, name: Legevakt}
rates:
  - {id: lege, name: Lege, amount: 770 000}
chapters:
  - id: k1
    title: Kapittel
  - id: k2
    title: Kapittel 2
measures:
  - id: a
    number: 1
    section: k1
    title: A
    text: x
    responsible: [helse, legevakt]
    costs:
      - {type: yearly, fte: 2, rate: lege, from: 2028}
      - {type: one_time, amount: 1 300 000, year: 2027}
  - id: b
    number: 2
    section: k2
    title: B
    text: x
    responsible: legevakt
    costs:
      - {type: yearly, amount: 100 000, to: 2028}
      - {type: yearly, amount: {low: 0, high: 600 000}}
      - {type: yearly, count: {low: 1, high: 3}, unit_amount: {low: 0, high: 200 000}}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const Figures& f = checked.figures;
    const Sums& t = f.overall;
    CHECK(t.measures == 2);
    CHECK(t.recurring == 1'640'000);
    CHECK(t.one_time == 1'300'000);
    CHECK(t.total == 2'940'000);
    CHECK(t.per_year == std::vector<Amount>{1'400'000, 1'640'000, 1'540'000, 1'540'000});
    CHECK(t.per_year_one_time == std::vector<Amount>{1'300'000, 0, 0, 0});
    CHECK(t.period_total == 6'120'000);
    CHECK(t.period_one_time == 1'300'000);
    // The recurring part of the period, as the phasing sheet's "herav årlige kostnader" sums it.
    CHECK(t.period_recurring() == 4'820'000);
    Amount recurring_years = 0;
    for (std::size_t y = 0; y < t.per_year.size(); ++y) recurring_years += t.recurring_in(y);
    CHECK(t.period_recurring() == recurring_years);
    CHECK((t.estimated_recurring.low == 0 && t.estimated_recurring.high == 1'200'000));

    // Per cost: the FTE cost of measure a runs from 2028.
    REQUIRE(f.measures.size() == 2);
    const CostFigure& fte = f.measures[0].costs[0];
    REQUIRE(fte.exact());
    CHECK(fte.value->low == 1'540'000);
    CHECK(fte.per_year == std::vector<Amount>{0, 1'540'000, 1'540'000, 1'540'000});
    CHECK(fte.period_total == 4'620'000);
    CHECK_FALSE(f.measures[1].costs[1].exact());
    CHECK(f.measures[1].sums.total == 100'000);

    // The first responsible unit carries the cost; groups in the plan's order.
    REQUIRE(f.by_unit.size() == 2);
    CHECK(f.by_unit[0].id == "helse");
    CHECK(f.by_unit[0].sums.total == 2'840'000);
    CHECK(f.by_unit[1].id == "legevakt");
    CHECK(f.by_unit[1].sums.measures == 1);
    CHECK(f.by_unit[1].sums.total == 100'000);
    CHECK(f.unit("legevakt") == &f.by_unit[1].sums);
    CHECK(f.chapter("k1")->total == 2'840'000);
    CHECK(f.chapter("k2")->total == 100'000);
    CHECK(f.units_total.total == t.total);
    CHECK(f.chapters_total.total == t.total);
    CHECK(f.units_total.per_year == t.per_year);
}

TEST_CASE("a sum no workbook number can hold exactly is a located error") {
    test::TempDir dir;
    // 13 measures of 999 999 999 999 999 kr each: every one within the limit for one amount,
    // together 12 999 999 999 999 987 kr, above 2^53.
    std::string measures;
    for (int i = 1; i <= 13; ++i) {
        measures += "  - {id: m" + std::to_string(i) + ", number: " + std::to_string(i) +
                    ", section: k1, title: T, text: x, costs: [{type: one_time, amount: 999999999999999, year: 2027, budget: investment}]}\n";
    }
    auto checked = test::check_text(dir, test::minimal_plan() + "measures:\n" + measures);
    REQUIRE(checked.diags.error_count() == 1);
    const Diagnostic& d = checked.diags.all()[0];
    CHECK(d.code() == "E029");
    CHECK(d.message == "the plan's costs add up to more than 9 007 199 254 740 992 kr, the largest sum a spreadsheet holds exactly");
    // Located at the cost that takes the sum beyond the limit: measure 10's.
    CHECK(checked.files.line_text(d.pos.file, d.pos.line).rfind("  - {id: m10,", 0) == 0);
}

TEST_CASE("sums per goal count a measure under every goal it serves, once per goal") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k1, title: Kapittel}
goals:
  - {id: tilgang, title: Tilgang}
  - {id: rekruttering, title: Rekruttering}
  - {id: ubrukt, title: Ubrukt}
measures:
  - {id: a, number: 1, section: k1, title: A, text: x, goals: [tilgang, rekruttering, tilgang],
     costs: [{type: yearly, amount: 100 000}, {type: one_time, amount: 50 000}]}
  - {id: b, number: 2, section: k1, title: B, text: x, goals: tilgang,
     costs: [{type: yearly, amount: 10 000}]}
  - {id: c, number: 3, section: k1, title: C, text: x,
     costs: [{type: one_time, amount: 7 000}]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const Figures& f = checked.figures;
    REQUIRE(f.by_goal.size() == 4);
    CHECK(f.by_goal[0].id == "tilgang");
    CHECK(f.by_goal[0].sums.measures == 2);
    CHECK(f.by_goal[0].sums.recurring == 110'000);
    CHECK(f.by_goal[0].sums.one_time == 50'000);
    CHECK(f.by_goal[1].id == "rekruttering");
    CHECK(f.by_goal[1].sums.measures == 1);
    CHECK(f.by_goal[1].sums.total == 150'000);
    CHECK(f.by_goal[2].id == "ubrukt");
    CHECK(f.by_goal[2].sums.measures == 0);
    CHECK(f.by_goal[3].id == "");  // the measures that serve no goal
    CHECK(f.by_goal[3].sums.one_time == 7'000);
    CHECK(f.overall.total == 167'000);
    REQUIRE(f.goal("rekruttering"));
    CHECK(f.goal("rekruttering")->recurring == 100'000);
    CHECK(f.goal("nei") == nullptr);
}

TEST_CASE("a follow-up report sets each measure's spending against the year's phasing") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k1, title: Kapittel}
measures:
  - {id: a, number: 2, section: k1, title: A, text: x,
     costs: [{type: yearly, amount: 100 000, from: 2028}, {type: one_time, amount: 40 000, year: 2028}]}
  - {id: b, number: 1, section: k1, title: B, text: x, costs: [{type: yearly, amount: 10 000}]}
  - {id: c, number: 3, section: k1, title: C, text: x}
follow_up:
  - year: 2027
    date: 2027-11-01
    measures:
      - {measure: b, status: in_progress, spent: 12 500}
      - {measure: c, status: done}
  - year: 2028
    date: 2028-11-01
    measures:
      - {measure: a, status: in_progress, spent: 90 000}
      - {measure: b, status: in_progress, spent: 9 000}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    REQUIRE(checked.diags.warning_count() == 1);  // measure a is left out of 2027
    const std::vector<FollowUpFigures>& reports = checked.figures.follow_up;
    REQUIRE(reports.size() == 2);
    const FollowUpFigures& y2027 = reports[0];
    REQUIRE(y2027.lines.size() == 3);
    CHECK(y2027.lines[0].measure == 1);  // in number order: b (1), a (2), c (3)
    CHECK(y2027.lines[0].planned == 10'000);
    CHECK(y2027.lines[0].spent == 12'500);
    CHECK(y2027.lines[0].difference() == 2'500);
    CHECK(y2027.lines[1].entry == nullptr);  // a, not reported, and nothing planned in 2027
    CHECK(y2027.lines[1].planned == 0);
    CHECK(y2027.planned == 10'000);
    CHECK(y2027.spent == 12'500);
    CHECK(y2027.not_reported == 1);
    REQUIRE(y2027.status_counts.size() == 2);
    CHECK(y2027.status_counts[0] == std::pair{MeasureStatus::in_progress, 1});
    CHECK(y2027.status_counts[1] == std::pair{MeasureStatus::done, 1});
    // 2028: a's first year, recurring and one-time; c was done in 2027 and may be left out.
    const FollowUpFigures& y2028 = reports[1];
    CHECK(y2028.lines[1].planned == 140'000);
    CHECK(y2028.planned == 150'000);
    CHECK(y2028.spent == 99'000);
    CHECK(y2028.difference() == -51'000);
    CHECK(y2028.not_reported == 1);
}

TEST_CASE("a follow-up report shows the year's grants and net beside the own cost, when it has grants") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k1, title: Kapittel}
measures:
  - {id: a, number: 1, section: k1, title: A, text: x,
     costs: [{type: yearly, amount: 100 000, grants: [{name: T, amount: 30 000, funding: state_grant}]},
             {type: one_time, amount: 20 000, year: 2028, funding: external}]}
  - {id: b, number: 2, section: k1, title: B, text: x,
     costs: [{type: yearly, amount: 50 000, share: {percent: 50, key: innbyggertall}}]}
  - {id: c, number: 3, section: k1, title: C, text: x,
     costs: [{type: yearly, amount: 10 000, from: 2029, funding: state_grant}]}
follow_up:
  - year: 2028
    date: 2028-11-01
    measures:
      - {measure: a, status: in_progress, spent: 125 000}
      - {measure: b, status: in_progress, spent: 24 000}
      - {measure: c, status: planned}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const FollowUpFigures& y = checked.figures.follow_up.at(0);
    REQUIRE(y.lines.size() == 3);
    // a: 100 000 a year with a grant of 30 000, and 20 000 once covered in full by its funding.
    CHECK(y.lines[0].planned == 120'000);
    CHECK(y.lines[0].grants == 50'000);
    CHECK(y.lines[0].net == 70'000);
    CHECK(y.lines[0].difference() == 5'000);
    CHECK(y.lines[0].difference_from_net() == 55'000);
    // b: the municipality's half of 50 000, no grants.
    CHECK(y.lines[1].planned == 25'000);
    CHECK(y.lines[1].grants == 0);
    CHECK(y.lines[1].net == 25'000);
    CHECK(y.lines[1].difference_from_net() == -1'000);
    // c: starts in 2029; nothing spent, nothing planned.
    CHECK(y.lines[2].planned == 0);
    CHECK(y.lines[2].net == 0);
    CHECK(y.planned == 145'000);
    CHECK(y.grants == 50'000);
    CHECK(y.net == 95'000);
    CHECK(y.spent == 149'000);
    CHECK(y.difference() == 4'000);
    CHECK(y.difference_from_net() == 54'000);
    CHECK(y.shows_grants);
}

TEST_CASE("a follow-up year without grants shows none, though the plan has grants in other years") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k1, title: Kapittel}
measures:
  - {id: a, number: 1, section: k1, title: A, text: x,
     costs: [{type: yearly, amount: 10 000, to: 2027}, {type: yearly, amount: 40 000, from: 2028, funding: state_grant}]}
follow_up:
  - year: 2027
    date: 2027-11-01
    measures:
      - {measure: a, status: in_progress, spent: 9 000}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    REQUIRE(checked.figures.overall.period_grants == 120'000);
    const FollowUpFigures& y = checked.figures.follow_up.at(0);
    CHECK(y.planned == 10'000);
    CHECK(y.grants == 0);
    CHECK(y.net == 10'000);
    CHECK_FALSE(y.shows_grants);
}

TEST_CASE("a share is the gross times the percent, rounded half away from zero to whole kroner") {
    CHECK(share_of(300'000, 40'000) == 120'000);
    CHECK(share_of(1'001, 37'500) == 375);      // 375.375
    CHECK(share_of(4, 12'500) == 1);            // 0.5 rounds up
    CHECK(share_of(3, 12'500) == 0);            // 0.375
    CHECK(share_of(1'000'000'000'000'000, 100'000) == 1'000'000'000'000'000);  // no overflow
    CHECK(share_of(999'999'999'999'999, 33'333) == 333'330'000'000'000);  // …999.67 rounds up
}

TEST_CASE("own cost, grants and net: a share, a partial grant and a cost covered by its funding") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k, title: K}
measures:
  - id: a
    number: 1
    section: k
    title: A
    text: x
    kostra: 241
    costs:
      - type: yearly
        amount: 1 250 000
        grants: [{name: ALIS-tilskudd, amount: 500 000, funding: state_grant}]
      - {type: yearly, amount: 300 000, share: {percent: 37.5, key: innbyggertall}, kostra: 256, from: 2028}
      - {type: yearly, amount: {low: 100 000, high: 200 000}, share: {percent: 50, key: x}}
  - id: b
    number: 2
    section: k
    title: B
    text: x
    funding: state_grant
    costs:
      - {type: one_time, amount: 80 000, year: 2029}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const Figures& f = checked.figures;
    const CostFigure& shared = f.measures[0].costs[1];
    CHECK(shared.value->low == 112'500);
    CHECK(shared.gross->low == 300'000);
    const CostFigure& estimate = f.measures[0].costs[2];
    CHECK((estimate.value->low == 50'000 && estimate.value->high == 100'000));
    CHECK(f.measures[1].costs[0].implicit_grant);
    CHECK(f.measures[1].costs[0].grants == 80'000);
    const Sums& t = f.overall;
    CHECK(t.recurring == 1'362'500);
    CHECK(t.grants_recurring == 500'000);
    CHECK(t.grants_one_time == 80'000);
    CHECK(t.net_total == 862'500);
    CHECK(t.per_year == std::vector<Amount>{1'250'000, 1'362'500, 1'442'500, 1'362'500});
    CHECK(t.grants_per_year == std::vector<Amount>{500'000, 500'000, 580'000, 500'000});
    CHECK(t.net_per_year == std::vector<Amount>{750'000, 862'500, 862'500, 862'500});
    CHECK(t.period_net == 3'337'500);
    CHECK(f.has_grants_or_shares);
    // Booked by KOSTRA function: 241 from the measure, 256 from the cost, none for measure b.
    REQUIRE(f.by_kostra.size() == 3);
    CHECK(f.by_kostra[0].code == "241");
    CHECK(f.by_kostra[0].years.net == std::vector<Amount>{750'000, 750'000, 750'000, 750'000});
    CHECK(f.by_kostra[1].code == "256");
    CHECK(f.by_kostra[1].years.own_total == 337'500);
    CHECK(f.by_kostra[2].code == "");
    CHECK(f.by_kostra[2].years.net_total == 0);
    REQUIRE(f.by_funder.size() == 2);
    CHECK(f.by_funder[0].name == "ALIS-tilskudd");
    CHECK(f.by_funder[0].total == 2'000'000);
    CHECK(f.by_funder[1].name == "");
    CHECK(f.by_funder[1].funding == Funding::state_grant);
    CHECK(f.by_funder[1].per_year == std::vector<Amount>{0, 0, 80'000, 0});
}

TEST_CASE("grants above a shared cost's own part are a located error") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k, title: K}
measures:
  - id: a
    number: 1
    section: k
    title: A
    text: x
    costs:
      - type: one_time
        amount: 300 000
        budget: investment
        share: {percent: 40, key: innbyggertall}
        grants:
          - {name: Tilskudd 1, amount: 100 000, funding: other}
          - {name: Tilskudd 2, amount: 20 001, funding: external}
)");
    REQUIRE(checked.diags.error_count() == 1);
    const Diagnostic& d = checked.diags.all()[0];
    CHECK(d.code() == "E043");
    CHECK(d.message == "the grants of this cost add up to 120 001 kr, more than the 120 000 kr the municipality "
                       "pays (its share, 40 % of 300 000 kr)");
    CHECK(checked.files.line_text(d.pos.file, d.pos.line) == "          - {name: Tilskudd 2, amount: 20 001, funding: external}");
}
