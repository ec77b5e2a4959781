#include <catch2/catch.hpp>

#include "plan/plan_index.h"
#include "test_util.h"
#include "figures/totals.h"

using namespace legeplan;

TEST_CASE("totals keep recurring, one-time, per-year and estimates apart") {
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
    PlanIndex index(checked.plan);
    TotalsResult all = compute_totals(checked.plan, index);
    REQUIRE_FALSE(all.overflow_at);
    const Totals& t = all.totals;
    CHECK(t.measures == 2);
    CHECK(t.recurring == 1'640'000);
    CHECK(t.one_time == 1'300'000);
    CHECK(t.total == 2'940'000);
    CHECK(t.per_year == std::vector<Amount>{1'400'000, 1'640'000, 1'540'000, 1'540'000});
    CHECK(t.per_year_one_time == std::vector<Amount>{1'300'000, 0, 0, 0});
    CHECK((t.estimated_recurring.low == 0 && t.estimated_recurring.high == 1'200'000));

    Totals lead = compute_totals(checked.plan, index, {"legevakt", ""}).totals;
    CHECK(lead.measures == 1);  // the first responsible unit carries the cost
    CHECK(lead.total == 100'000);
    Totals chapter = compute_totals(checked.plan, index, {"", "k1"}).totals;
    CHECK(chapter.total == 2'840'000);
}
