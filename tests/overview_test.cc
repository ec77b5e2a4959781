#include <catch2/catch.hpp>

#include "figures/region_sums.h"
#include "render/document/overview_report.h"
#include "test_util.h"

using namespace legeplan;

namespace {

Figures with_overall(int measures, Amount recurring, Amount one_time) {
    Figures f;
    f.overall.measures = measures;
    f.overall.recurring = recurring;
    f.overall.one_time = one_time;
    f.overall.total = recurring + one_time;
    return f;
}

Labels labels(Language language) {
    Labels l;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, language, l, files, diags));
    return l;
}

}  // namespace

TEST_CASE("region sums add each plan's own figures; a plan without grants counts its total as net") {
    Figures a = with_overall(2, 900'000, 75'000);
    a.has_grants_or_shares = true;
    a.overall.grants_total = 500'000;
    a.overall.net_total = 475'000;
    Figures b = with_overall(3, 580'000, 120'000);
    Diagnostics diags;
    RegionSums sums = compute_region_sums({&a, &b}, diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(sums.plans == 2);
    CHECK(sums.measures == 5);
    CHECK(sums.recurring == 1'480'000);
    CHECK(sums.one_time == 195'000);
    CHECK(sums.total == 1'675'000);
    CHECK(sums.has_grants);
    CHECK(sums.grants_total == 500'000);
    CHECK(sums.net_total == 1'175'000);
    CHECK(sums.average_total() == 837'500.0);
    CHECK(sums.average_measures() == 2.5);
}

TEST_CASE("region sums beyond what a spreadsheet holds exactly are E029, without a position") {
    Figures a = with_overall(1, kMaxExactFigure - 10, 0);
    Figures b = with_overall(1, 11, 0);
    Diagnostics diags;
    compute_region_sums({&a, &b}, diags);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].code() == "E029");
    CHECK(diags.all()[0].message ==
          "the plans' costs add up to more than 9 007 199 254 740 992 kr, the largest sum a spreadsheet holds exactly");
    CHECK_FALSE(diags.all()[0].pos.known());
}

TEST_CASE("the overview's Markdown escapes plan text and lists invalid plans with their errors") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x, costs: [{type: yearly, amount: 100 000}]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    checked.plan.meta.municipality = "*Stjerne* | kommune";
    Overview overview;
    overview.plans.push_back({&checked.plan, &checked.figures});
    overview.invalid.push_back({"feil/plan.yaml", {"feil/plan.yaml:3: E021 unknown unit 'x'"}});
    Diagnostics diags;
    overview.sums = compute_region_sums({&checked.figures}, diags);
    std::string md = overview_markdown(overview, labels(Language::nb));
    CHECK(md.find("| \\*Stjerne\\* \\| kommune | 1 | 100\u00a0000 | – | 100\u00a0000 |\n") != std::string::npos);
    CHECK(md.find("| **Sum for regionen** | **1** | **100\u00a0000** | **–** | **100\u00a0000** |\n") != std::string::npos);
    CHECK(md.find("| Gjennomsnitt pr. kommune | 1 | 100\u00a0000 | – | 100\u00a0000 |\n") != std::string::npos);
    CHECK(md.find("# Planer med feil\n") != std::string::npos);
    CHECK(md.find("- feil\\/plan\\.yaml\n    - feil\\/plan\\.yaml\\:3\\: E021 unknown unit \\'x\\'\n") != std::string::npos);
    CHECK(md.find("Tilskudd") == std::string::npos);  // no plan has grants: no grants column
}
