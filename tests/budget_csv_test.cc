#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "commands/check.h"
#include "render/workbook/budget_csv.h"

using namespace legeplan;

TEST_CASE("a budget file field stays text in a spreadsheet and in one field") {
    CHECK(csv_text_field("ALIS-stilling") == "ALIS-stilling");
    CHECK(csv_text_field("") == "");
    // What a spreadsheet would run as a formula gets an apostrophe in front.
    CHECK(csv_text_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_text_field("+47 legevakt") == "'+47 legevakt");
    CHECK(csv_text_field("-tilskudd") == "'-tilskudd");
    CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_text_field("\tfane") == "'\tfane");
    CHECK(csv_text_field("a = b") == "a = b");
    // RFC 4180: a separator, a quote or a line break makes a quoted field, its quotes doubled.
    CHECK(csv_text_field("Legevakt; felles") == "\"Legevakt; felles\"");
    CHECK(csv_text_field("«Bil» \"ny\"") == "\"«Bil» \"\"ny\"\"\"");
    CHECK(csv_text_field("to\nlinjer") == "\"to\nlinjer\"");
    CHECK(csv_text_field("\rx") == "\"'\rx\"");
}

// Issue 16's acceptance plan: the file's lines of each year add up to that year's net cost.
TEST_CASE("the budget file's lines of a year add up to the year's net cost") {
    CheckedPlan c = check_plan(std::string(LEGEPLAN_SOURCE_DIR) + "/tests/fixtures/finance/plan.yaml");
    REQUIRE(c.usable(false));
    Labels labels;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, c.plan.meta.language, labels, c.files, c.diags));
    std::string csv = budget_csv(c.plan, c.figures, labels);
    REQUIRE(csv.rfind("\xEF\xBB\xBF" "År;Ansvar;Enhet;KOSTRA-funksjon;Tiltak nr.;Tiltak;Finansiering;Tilskudd;Beløp\r\n", 0) == 0);
    std::map<int, Amount> per_year;
    std::istringstream in(csv.substr(3));
    std::string line;
    std::getline(in, line);  // the header
    int lines = 0;
    while (std::getline(in, line)) {
        REQUIRE(line.back() == '\r');
        ++lines;
        per_year[std::stoi(line)] += std::stoll(line.substr(line.rfind(';') + 1));
    }
    CHECK(lines == 14);
    const Sums& t = c.figures.overall;
    REQUIRE(per_year.size() == t.net_per_year.size());
    for (std::size_t i = 0; i < t.net_per_year.size(); ++i) {
        INFO(2027 + static_cast<int>(i));
        CHECK(per_year[2027 + static_cast<int>(i)] == t.net_per_year[i]);
        CHECK(t.net_per_year[i] == 870'000);
    }
}
