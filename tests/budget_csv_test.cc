#include <catch2/catch.hpp>

#include <map>
#include <tuple>
#include <vector>
#include <sstream>

#include "commands/check.h"
#include "render/workbook/budget_csv.h"
#include "render/workbook/budget_lines.h"

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
    std::string csv = budget_csv(c.plan, c.figures, labels, BudgetLayout::long_lines);
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

namespace {

// The wide layout's fields of one line, quotes taken off (codes never hold ';').
std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ';')) {
        if (field.size() >= 2 && field.front() == '"') field = field.substr(1, field.size() - 2);
        out.push_back(field);
    }
    return out;
}

// Each year's column of the wide layout, summed over the rows of one budget ("" for all).
std::vector<Amount> column_sums(const std::string& csv, const std::string& budget, int years) {
    std::vector<Amount> sums(static_cast<std::size_t>(years), 0);
    std::istringstream in(csv.substr(3));
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        REQUIRE(line.back() == '\r');
        line.pop_back();
        std::vector<std::string> f = fields_of(line);
        REQUIRE(f.size() == static_cast<std::size_t>(6 + years + 1));
        if (!budget.empty() && f[4] != budget) continue;
        Amount row = 0;
        for (int y = 0; y < years; ++y) {
            Amount a = std::stoll(f[static_cast<std::size_t>(6 + y)]);
            sums[static_cast<std::size_t>(y)] += a;
            row += a;
        }
        CHECK(row == std::stoll(f.back()));  // the period's sum
    }
    return sums;
}

}  // namespace

// The wide layout: every year's column adds up to figures' net for the year, and the operating
// and the investment rows apart to each budget's net — for the finance plan and the examples.
TEST_CASE("each year's column of the wide budget file sums to the year's net, operating and investment apart") {
    for (const char* path : {"/tests/fixtures/finance/plan.yaml", "/examples/liten-kommune/plan.yaml",
                             "/examples/nynorsk/plan.yaml", "/plans/bergen/plan.yaml"}) {
        INFO(path);
        CheckedPlan c = check_plan(std::string(LEGEPLAN_SOURCE_DIR) + path);
        REQUIRE(c.usable(false));
        Labels labels;
        REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, c.plan.meta.language, labels, c.files, c.diags));
        std::string csv = budget_csv(c.plan, c.figures, labels);
        int years = c.plan.meta.period.years();
        CHECK(column_sums(csv, "", years) == c.figures.overall.net_per_year);
        CHECK(column_sums(csv, labels.get("budget_operating"), years) == c.figures.operating.net);
        CHECK(column_sums(csv, labels.get("budget_investment"), years) == c.figures.investment.net);
        // One row per coding: no two rows share ansvar, art, function, project and budget.
        std::vector<BudgetRow> rows = budget_rows(budget_lines(c.plan, c.figures), c.plan.meta.period);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const BudgetRow& a = rows[i - 1];
            const BudgetRow& b = rows[i];
            CHECK(std::tie(a.budget, a.ansvar, a.art, a.kostra, a.project) <
                  std::tie(b.budget, b.ansvar, b.art, b.kostra, b.project));
        }
    }
}

TEST_CASE("a code in the wide budget file is always quoted") {
    CHECK(csv_code_field("04600") == "\"04600\"");
    CHECK(csv_code_field("") == "\"\"");
    CHECK(csv_code_field("P;1") == "\"P;1\"");
}
