#include <catch2/catch.hpp>

#include "render/summary.h"
#include "test_util.h"

using namespace legeplan;

TEST_CASE("the summary states measures, recurring, one-time and total, and estimates apart") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - id: k1
    title: Kapittel
    sections:
      - id: s1
        title: Seksjon
        estimates:
          - {title: ALIS, type: yearly, count: {low: 1, high: 3}, unit_amount: {low: 0, high: 200 000}}
measures:
  - {id: a, number: 1, section: k1, title: A, text: x, costs: [{type: yearly, amount: 17 100 000}]}
  - {id: b, number: 2, section: k1, title: B, text: x, costs: [{type: one_time, amount: 1 300 000}]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    CHECK(summary_text(checked.figures) ==
          "2 measures · recurring 17 100 000 kr/yr · one-time 1 300 000 kr · total 18 400 000 kr\n"
          "estimates outside the total: recurring 0–600 000 kr/yr\n");
}
