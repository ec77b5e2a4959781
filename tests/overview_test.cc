#include <catch2/catch.hpp>

#include <algorithm>

#include "figures/region_sums.h"
#include "render/document/overview_report.h"
#include "render/overview_text.h"
#include "test_util.h"

using namespace legeplan;

namespace {

Labels labels(Language language) {
    Labels l;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, language, l, files, diags));
    return l;
}

}  // namespace

TEST_CASE("region sums add each plan's figures for the year; a plan without grants counts its total as net") {
    YearCosts a{2, 900'000, 75'000, 975'000, 500'000, 475'000};
    YearCosts b{3, 580'000, 120'000, 700'000, 0, 700'000};
    Diagnostics diags;
    RegionSums sums = compute_region_sums({a, b}, {true, false}, diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(sums.plans == 2);
    CHECK(sums.measures == 5);
    CHECK(sums.recurring == 1'480'000);
    CHECK(sums.one_time == 195'000);
    CHECK(sums.total == 1'675'000);
    CHECK(sums.has_grants);
    CHECK(sums.grants_total == 500'000);
    CHECK(sums.net_total == 1'175'000);
}

TEST_CASE("region sums beyond what a spreadsheet holds exactly are E029, without a position") {
    YearCosts a{1, kMaxExactFigure - 10, 0, kMaxExactFigure - 10, 0, kMaxExactFigure - 10};
    YearCosts b{1, 11, 0, 11, 0, 11};
    Diagnostics diags;
    compute_region_sums({a, b}, {false, false}, diags);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].code() == "E029");
    CHECK(diags.all()[0].message ==
          "the plans' costs add up to more than 9 007 199 254 740 992 kr, the largest sum a spreadsheet holds exactly");
    CHECK_FALSE(diags.all()[0].pos.known());
}

namespace {

// A plan with the given key figures (YAML list items), checked.
CheckedPlan plan_with_figures(test::TempDir& dir, const std::string& figures) {
    return test::check_text(dir, test::minimal_plan() + "key_figures:\n" + figures);
}

std::string figure(const std::string& id, const std::string& kind, const std::string& value, int year) {
    return "  - {id: " + id + ", title: T, value: " + value + ", kind: " + kind + ", date: " + std::to_string(year) +
           (kind == "gps_aged_60" ? ", unit: \"%\"" : "") + "}\n";
}

const RegionKeyFigure& kind(const std::vector<RegionKeyFigure>& all, std::string_view id) {
    for (const RegionKeyFigure& r : all) {
        if (r.kind->id == id) return r;
    }
    FAIL("no region figure of kind " << id);
    throw;
}

}  // namespace

TEST_CASE("a share's region figure is the sum of its counts over the sum of its wholes") {
    test::TempDir a_dir, b_dir, c_dir;
    // 3 of 9 GPs (33.3 %), 1 of 4 (25 %), 5 of 13 (38.5 %): the region's share is 9 / 26 =
    // 34.615… %, to one decimal 34.6 % — not the average of the percentages, 32.3 %.
    auto a = plan_with_figures(a_dir, figure("a", "gps", "9", 2026) + figure("b", "gps_aged_60_count", "3", 2026) +
                                          figure("c", "gps_aged_60", "33.3", 2026));
    auto b = plan_with_figures(b_dir, figure("a", "gps", "4", 2026) + figure("b", "gps_aged_60_count", "1", 2026) +
                                          figure("c", "gps_aged_60", "25", 2026));
    auto c = plan_with_figures(c_dir, figure("a", "gps", "13", 2025) + figure("b", "gps_aged_60_count", "5", 2025) +
                                          figure("c", "gps_aged_60", "38.5", 2025));
    for (const auto* p : {&a, &b, &c}) {
        INFO(test::headlines(*p));
        REQUIRE_FALSE(p->diags.has_errors());
    }
    auto all = region_key_figures({&a.plan, &b.plan, &c.plan}, 2027);
    const RegionKeyFigure& share = kind(all, "gps_aged_60");
    CHECK(share.method == RegionMethod::from_counts);
    REQUIRE(share.region);
    CHECK(*share.region == 34'600);
    CHECK(share.decimals == 1);
    CHECK(share.counted == 3);
    CHECK(region_method_text(share, labels(Language::nb)) ==
          "Fastleger 60 år og eldre: regionens andel, det vil si summen av «Antall fastleger 60 år og eldre» delt på "
          "summen av «Fastleger» for kommunene som har begge tallene (3), ikke et gjennomsnitt av prosentene.");
    CHECK(*kind(all, "gps").region == 26'000);
}

TEST_CASE("without counts a share is weighted by its whole, and without wholes a plain average that says so") {
    test::TempDir a_dir, b_dir;
    // 30 % of 10 GPs and 60 % of 5: (300 + 300) / 15 = 40 %; the plain average would be 45 %.
    auto a = plan_with_figures(a_dir, figure("a", "gps", "10", 2026) + figure("c", "gps_aged_60", "30", 2026));
    auto b = plan_with_figures(b_dir, figure("a", "gps", "5", 2026) + figure("c", "gps_aged_60", "60", 2026));
    REQUIRE_FALSE(a.diags.has_errors());
    REQUIRE_FALSE(b.diags.has_errors());
    auto weighted = region_key_figures({&a.plan, &b.plan}, 2026);
    CHECK(kind(weighted, "gps_aged_60").method == RegionMethod::weighted);
    CHECK(*kind(weighted, "gps_aged_60").region == 40'000);
    CHECK(kind(weighted, "gps_aged_60").decimals == 0);

    test::TempDir c_dir, d_dir;
    auto c = plan_with_figures(c_dir, figure("c", "gps_aged_60", "30", 2026));
    auto d = plan_with_figures(d_dir, figure("c", "gps_aged_60", "60.5", 2026));
    auto plain = region_key_figures({&c.plan, &d.plan}, 2026);
    const RegionKeyFigure& share = kind(plain, "gps_aged_60");
    CHECK(share.method == RegionMethod::plain);
    CHECK(*share.region == 45'300);  // 45.25, half away from zero to the inputs' one decimal
    CHECK(region_method_text(share, labels(Language::nb)) ==
          "Fastleger 60 år og eldre: vanlig gjennomsnitt av kommunenes prosenter (kommuner med tallet: 2), fordi "
          "planene ikke oppgir «Fastleger»; det er ikke regionens andel.");
}

TEST_CASE("a key figure is the plan's for the year or the latest before it, an old one flagged") {
    test::TempDir dir;
    auto plan = test::check_text(dir, test::minimal_plan() + R"(key_figures:
  - id: lister
    title: Lister
    kind: gp_lists
    series:
      - {year: 2022, value: 10}
      - {year: 2024, value: 11}
      - {year: 2028, value: 12}
  - {id: legar, title: Legar, value: 9, kind: gps, date: 2028}
  - {id: folk, title: Folk, value: 1000, kind: population, date: 2022}
)");
    INFO(test::headlines(plan));
    REQUIRE_FALSE(plan.diags.has_errors());
    auto all = region_key_figures({&plan.plan}, 2027);
    CHECK(kind(all, "gp_lists").values[0]->year == 2024);
    CHECK(kind(all, "gp_lists").values[0]->value == 11'000);
    CHECK(std::none_of(all.begin(), all.end(), [](const RegionKeyFigure& r) { return r.kind->id == "gps"; }));
    const FigureValue& people = *kind(all, "population").values[0];
    CHECK(is_old_figure(people, 2027));       // 2022: five years before
    CHECK_FALSE(is_old_figure(*kind(all, "gp_lists").values[0], 2027));  // 2024: three
    Overview overview;
    overview.year = 2027;
    overview.figure_year = 2024;
    CHECK(overview_year_mark(people, overview, labels(Language::nb)) == " (2022, eldre tall)");
    CHECK(overview_year_mark(*kind(all, "gp_lists").values[0], overview, labels(Language::nb)).empty());
    CHECK(overview_year_mark({1, 2026}, overview, labels(Language::nb)) == " (2026)");
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
    overview.year = checked.plan.meta.period.from;
    overview.invalid.push_back({"feil/plan.yaml", {"feil/plan.yaml:3: E021 unknown unit 'x'"}});
    Diagnostics diags;
    count_plans(overview, {{&checked.plan, &checked.figures, {}}}, diags);
    std::string md = overview_markdown(overview, labels(Language::nb));
    CHECK(md.find("| \\*Stjerne\\* \\| kommune | 1 | 100\u00a0000 | – | 100\u00a0000 |\n") != std::string::npos);
    CHECK(md.find("| **Sum for regionen** | **1** | **100\u00a0000** | **–** | **100\u00a0000** |\n") != std::string::npos);
    CHECK(md.find("| Gjennomsnitt pr. kommune | 1 | 100\u00a0000 | – | 100\u00a0000 |\n") != std::string::npos);
    CHECK(md.find("# Planer med feil\n") != std::string::npos);
    CHECK(md.find("- feil\\/plan\\.yaml\n    - feil\\/plan\\.yaml\\:3\\: E021 unknown unit \\'x\\'\n") != std::string::npos);
    CHECK(md.find("Tilskudd") == std::string::npos);  // no plan has grants: no grants column
}
