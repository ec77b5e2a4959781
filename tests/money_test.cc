#include <catch2/catch.hpp>

#include "text/money.h"

using namespace legeplan;

TEST_CASE("amounts are read as Norwegians write them") {
    CHECK(parse_amount("1300000") == 1'300'000);
    CHECK(parse_amount("1 300 000") == 1'300'000);
    CHECK(parse_amount("1\xC2\xA0" "300\xC2\xA0" "000") == 1'300'000);  // non-breaking spaces
    CHECK(parse_amount("1\xE2\x80\xAF" "300") == 1'300);                // narrow no-break space
    CHECK(parse_amount("0") == 0);
    CHECK(parse_amount("999 999 999 999 999") == 999'999'999'999'999);
}

TEST_CASE("anything else is not an amount") {
    for (const char* bad : {"1,3 mill", "13OO000", "1.300.000", "-200", "", " 100", "100 ",
                            "1  000", "1 00", "1300 000", "12 3456", "1e6", "1 000 000 000 000 001",
                            // a leading zero: a digit left out, or a group too many
                            "000 300 000", "0 300 000", "0300000", "00",
                            // invisible characters and spaces other than the three accepted
                            "300\xE2\x80\x8B" "000", "1\xC2\xAD" "300", "1\xE2\x80\x89" "300"}) {
        INFO(bad);
        CHECK_FALSE(parse_amount(bad).has_value());
    }
}

TEST_CASE("amounts are formatted with thousands groups") {
    CHECK(format_amount(18'400'000) == "18 400 000");
    CHECK(format_amount(999) == "999");
    CHECK(format_amount(1000, "\xC2\xA0") == "1\xC2\xA0" "000");
    CHECK(format_amount(-100'000) == "-100 000");
    CHECK(format_amount(0) == "0");
}

TEST_CASE("sums report overflow instead of wrapping") {
    CHECK(checked_add(1, 2) == 3);
    CHECK_FALSE(checked_add(std::numeric_limits<Amount>::max(), 1).has_value());
}

TEST_CASE("quantities keep three decimals exactly") {
    CHECK(parse_milli("2") == 2000);
    CHECK(parse_milli("0.5") == 500);
    CHECK(parse_milli("1.125") == 1125);
    CHECK_FALSE(parse_milli("1,25").has_value());  // a decimal comma: see parse_milli
    CHECK_FALSE(parse_milli("0.1234").has_value());
    CHECK_FALSE(parse_milli("-1").has_value());
    CHECK_FALSE(parse_milli("1.").has_value());
    CHECK_FALSE(parse_milli("to").has_value());
    CHECK(format_milli(1500) == "1,5");
    CHECK(format_milli(3000) == "3");
}

TEST_CASE("FTE × rate rounds half away from zero to whole kroner") {
    CHECK(multiply(2000, 770'000) == 1'540'000);
    CHECK(multiply(333, 1'000'001) == 333'000);  // 333 000.333 → 333 000
    CHECK(multiply(500, 3) == 2);                // 1.5 → 2
    CHECK_FALSE(multiply(1'000'000'000'000, kMaxAmount).has_value());
}
