#include <catch2/catch.hpp>

#include "render/cost_listing.h"
#include "render/workbook/cost_listing_csv.h"
#include "test_util.h"

using namespace legeplan;

namespace {

CostListing two_measures() {
    CostListing listing;
    listing.years = {2027, 2028};
    listing.measures = {{"1", "Rekruttere fastleger", {1'300'000, 0}, 1'300'000},
                        {"12", "Ålesund-modell for legevakt, med en lang tittel", {500'000, 500'000}, 1'000'000}};
    listing.sums = {{"", "Total", {1'800'000, 500'000}, 2'300'000}};
    return listing;
}

}  // namespace

TEST_CASE("the cost table aligns its columns by characters and groups digits with a space") {
    // Widths: No. 3, the titles 20 (the long one cut to 19 and "…"), 2027 9, 2028 7, Total 9.
    CHECK(cost_listing_text(two_measures(), 20) ==
          "No.  Measure                    2027     2028      Total\n"
          "  1  Rekruttere fastleger  1 300 000        –  1 300 000\n"
          " 12  Ålesund-modell for…     500 000  500 000  1 000 000\n"
          "--------------------------------------------------------\n"
          "     Total                 1 800 000  500 000  2 300 000\n");
}

TEST_CASE("the cost table marks a measure with an estimate, and says what the mark means") {
    CostListing listing = two_measures();
    listing.measures[0].estimated = true;
    std::string text = cost_listing_text(listing, 20);
    CHECK(text.find("\n  1  Rekruttere fastle… *  1 300 000        –  1 300 000\n") != std::string::npos);
    CHECK(text.substr(text.rfind("2 300 000\n")) == "2 300 000\n* has an estimate (a range), outside the totals\n");
}

TEST_CASE("the cost table shows a title's control characters as escapes") {
    CostListing listing = two_measures();
    listing.measures[0].title = "A\x1b[2J";
    std::string text = cost_listing_text(listing, 20);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("  1  A\\x1B[2J  ") != std::string::npos);
}

TEST_CASE("the cost table as CSV: whole kroner, titles in full, 0 for nothing") {
    CostListing listing = two_measures();
    listing.measures[0].title = "Legevakt; felles";
    CHECK(cost_listing_csv(listing) ==
          "No.;Measure;2027;2028;Total\n"
          "1;\"Legevakt; felles\";1300000;0;1300000\n"
          "12;Ålesund-modell for legevakt, med en lang tittel;500000;500000;1000000\n"
          ";Total;1800000;500000;2300000\n");
}

TEST_CASE("the cost listing takes the measures by number and each year's figure from the figures") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k1, title: Kapittel}
measures:
  - {id: b, number: 2, section: k1, title: B, text: x, costs: [{type: yearly, amount: 100 000, from: 2029}]}
  - {id: a, number: 1, section: k1, title: A, text: x, costs: [{type: one_time, amount: 1 300 000, year: 2028}]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    CostListing listing = cost_listing(checked.plan, checked.figures);
    CHECK(listing.years == std::vector<int>{2027, 2028, 2029, 2030});
    REQUIRE(listing.measures.size() == 2);
    CHECK(listing.measures[0].number == "1");
    CHECK(listing.measures[0].years == std::vector<Amount>{0, 1'300'000, 0, 0});
    CHECK(listing.measures[1].title == "B");
    CHECK(listing.measures[1].years == std::vector<Amount>{0, 0, 100'000, 100'000});
    CHECK(listing.measures[1].total == 200'000);
    REQUIRE(listing.sums.size() == 1);  // no grants or shares: the total alone
    CHECK(listing.sums[0].years == std::vector<Amount>{0, 1'300'000, 100'000, 100'000});
    CHECK(listing.sums[0].total == 1'500'000);
}
