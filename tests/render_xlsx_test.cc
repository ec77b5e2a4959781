#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "render/labels.h"
#include "plan/plan_index.h"
#include "render/workbook/cost_workbook.h"
#include "render/workbook/follow_up_workbook.h"
#include "render/workbook/overview_workbook.h"
#include "test_util.h"

using namespace legeplan;

namespace {

const std::string kBergen = std::string(LEGEPLAN_SOURCE_DIR) + "/plans/bergen/plan.yaml";

CheckedPlan checked(const std::string& path) {
    CheckedPlan c = check_plan(path);
    INFO(test::headlines(c));
    REQUIRE(c.usable(false));
    return c;
}

Labels labels_for(CheckedPlan& c) {
    Labels labels;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, c.plan.meta.language, labels, c.files, c.diags));
    return labels;
}

std::string render(CheckedPlan& c, const std::string& path) {
    std::string error;
    INFO(error);
    REQUIRE(render_xlsx(c.plan, c.figures, labels_for(c), path, error));
    return path;
}

// One cell as LibreOffice reports it (see tests/xlsx_check.py).
struct EngineCell {
    char kind = ' ';  // F formula, T text, N number
    std::string value;
    std::string formula;
    double number() const { return std::stod(value); }
};

// Everything xlsx_check.py printed: cells by "phase|sheet|A1", defined names by name.
struct EngineDump {
    std::map<std::string, EngineCell> cells;
    std::map<std::string, std::pair<std::string, std::string>> names;  // → sheet, A1

    const EngineCell* find(const std::string& phase, const std::string& sheet,
                           const std::string& a1) const {
        auto it = cells.find(phase + "|" + sheet + "|" + a1);
        return it == cells.end() ? nullptr : &it->second;
    }
    double number(const std::string& phase, const std::string& sheet, const std::string& a1) const {
        const EngineCell* c = find(phase, sheet, a1);
        INFO(phase + " " + sheet + "!" + a1);
        REQUIRE(c);
        return c->number();
    }
    double name_value(const std::string& phase, const std::string& name) const {
        auto it = names.find(name);
        INFO(name);
        REQUIRE(it != names.end());
        return number(phase, it->second.first, it->second.second);
    }
    // The row (1-based) in which column col of sheet holds text, or 0.
    int row_of(const std::string& sheet, const std::string& col, const std::string& text) const {
        for (int row = 1; row < 1000; ++row) {
            const EngineCell* c = find("recalc", sheet, col + std::to_string(row));
            if (c && c->value == text) return row;
        }
        return 0;
    }
};

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            char n = s[++i];
            out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, '\t')) fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    return fields;
}

// Runs tests/xlsx_check.py (LibreOffice through UNO) on a workbook; args may add --add NAME DELTA.
EngineDump run_engine(const test::TempDir& dir, const std::string& workbook, const std::string& args = "") {
    const char* python = std::getenv("LEGEPLAN_UNO_PYTHON");
    std::string out = dir.path() + "/engine.tsv";
    std::string command = std::string(python ? python : "/usr/bin/python3") + " '" +
                          LEGEPLAN_SOURCE_DIR + "/tests/xlsx_check.py' '" + workbook + "' " + args +
                          " > '" + out + "'";
    INFO(command);
    REQUIRE(std::system(command.c_str()) == 0);
    EngineDump dump;
    std::ifstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        auto f = split_tabs(line);
        if (f.size() == 5 && f[0] == "name") dump.names[f[2]] = {f[3], f[4]};
        if (f.size() == 8 && f[0] == "cell") {
            dump.cells[f[2] + "|" + f[3] + "|" + f[4]] = {f[5][0], unescape(f[6]), unescape(f[7])};
        }
    }
    REQUIRE_FALSE(dump.cells.empty());
    return dump;
}

// Checks that every formula's stored value is the number the engine computes; returns how many
// formulas there are.
int check_stored_values(const EngineDump& dump) {
    int formulas = 0;
    for (const auto& [key, cell] : dump.cells) {
        if (key.rfind("stored|", 0) != 0 || cell.kind != 'F') continue;
        ++formulas;
        std::size_t bar = key.find('|', 7);
        const EngineCell* recalc = dump.find("recalc", key.substr(7, bar - 7), key.substr(bar + 1));
        INFO(key << " " << cell.formula);
        REQUIRE(recalc);
        CHECK(recalc->value == cell.value);
        // A number (a difference, the budget sheet's income lines may be negative), never -0 or
        // an error text; or the "–" of a doctor's figure with nothing to divide by.
        if (recalc->value == "–") continue;
        std::string digits = recalc->value.substr(recalc->value.rfind('-', 0) == 0 ? 1 : 0);
        CHECK(digits.find_first_not_of("0123456789.") == std::string::npos);
        CHECK(recalc->value.rfind("-0.0", 0) != 0);
    }
    return formulas;
}

std::string col(int c) { return std::string(1, char('A' + c)); }

}  // namespace

TEST_CASE("the cost workbook is identical from build to build") {
    test::TempDir dir;
    CheckedPlan bergen = checked(kBergen);
    std::string first = test::read_file(render(bergen, dir.path() + "/a.xlsx"));
    std::string second = test::read_file(render(bergen, dir.path() + "/b.xlsx"));
    CHECK(first.size() > 5000);
    CHECK(first == second);
}

TEST_CASE("a workbook that cannot be written is an error with a reason") {
    test::TempDir dir;
    CheckedPlan bergen = checked(kBergen);
    std::string error;
    CHECK_FALSE(render_xlsx(bergen.plan, bergen.figures, labels_for(bergen), dir.path() + "/missing/dir/x.xlsx", error));
    CHECK(error.find("writing the workbook") != std::string::npos);
}

TEST_CASE("a missing label is reported before the workbook is created") {
    test::TempDir dir;
    CheckedPlan bergen = checked(kBergen);
    std::map<std::string, std::string> words = labels_for(bergen).all();
    words.erase("xlsx_col_fte");
    std::string error;
    std::string path = dir.path() + "/x.xlsx";
    CHECK_THROWS_AS(render_xlsx(bergen.plan, bergen.figures, Labels(words), path, error), MissingLabel);
    CHECK_FALSE(std::ifstream(path).good());
}

// Bergen's workbook recalculated by LibreOffice: every stored value is what the engine computes,
// and the totals, the sums per unit, chapter and year are those of the figures stage.
TEST_CASE("LibreOffice recalculates Bergen's workbook to the plan's totals", "[.engine]") {
    test::TempDir dir;
    CheckedPlan bergen = checked(kBergen);
    std::string path = render(bergen, dir.path() + "/bergen.xlsx");
    EngineDump dump = run_engine(dir, path, "--add sats_radgiver_helsetjenester 10000");
    const Sums& totals = bergen.figures.overall;

    CHECK(check_stored_values(dump) > 100);

    CHECK(dump.name_value("recalc", "sum_totalt") == 18'400'000);
    CHECK(dump.name_value("recalc", "sum_aarlig") == 17'100'000);
    CHECK(dump.name_value("recalc", "sum_engangs") == 1'300'000);

    // Per ansvar: each unit's and chapter's row is found by its key in column H.
    // A unit leading only measures without kroner has no row (the note under the table names it).
    int units = 0;
    for (const Unit& u : bergen.plan.units) {
        int row = dump.row_of("Per ansvar", "H", u.id);
        const Sums* led = bergen.figures.unit(u.id);
        INFO(u.id);
        CHECK((row > 0) == (led && !led->costs_nothing()));
        if (row == 0) continue;
        ++units;
        const Sums& t = *led;
        std::string r = std::to_string(row);
        // The unit's ansvar beside its name, as text (Bergen's plan gives none: a blank cell).
        const EngineCell* ansvar = dump.find("recalc", "Per ansvar", "B" + r);
        CHECK((u.ansvar.empty() ? ansvar == nullptr || ansvar->value.empty()
                                : ansvar && ansvar->kind == 'T' && ansvar->value == u.ansvar));
        CHECK(dump.number("recalc", "Per ansvar", "C" + r) == t.recurring);
        CHECK(dump.number("recalc", "Per ansvar", "D" + r) == t.one_time);
        CHECK(dump.number("recalc", "Per ansvar", "E" + r) == t.total);
    }
    CHECK(units == 5);
    int chapters = 0;
    for (const Chapter& c : bergen.plan.chapters) {
        int row = dump.row_of("Per ansvar", "H", c.id);
        if (row == 0) continue;
        ++chapters;
        const Sums& t = *bergen.figures.chapter(c.id);
        INFO(c.id);
        CHECK(dump.number("recalc", "Per ansvar", "E" + std::to_string(row)) == t.total);
    }
    CHECK(chapters == 6);

    // Økonomiplan: the sum row and the one-time row below it, one column per year from E.
    int sum_row = dump.row_of("Økonomiplan", "B", "Sum");
    REQUIRE(sum_row > 0);
    for (std::size_t i = 0; i < totals.per_year.size(); ++i) {
        std::string c = col(4 + static_cast<int>(i));
        INFO("year " << bergen.plan.meta.period.from + static_cast<int>(i));
        CHECK(dump.number("recalc", "Økonomiplan", c + std::to_string(sum_row)) == totals.per_year[i]);
        CHECK(dump.number("recalc", "Økonomiplan", c + std::to_string(sum_row + 1)) ==
              totals.per_year_one_time[i]);
        CHECK(dump.number("changed", "Økonomiplan", c + std::to_string(sum_row)) ==
              totals.per_year[i] + 20'000);
    }
    // The period's column: the sum, and both parts of it, one-time and recurring (the row under them).
    std::string period_col = col(4 + static_cast<int>(totals.per_year.size()));
    CHECK(dump.number("recalc", "Økonomiplan", period_col + std::to_string(sum_row)) == totals.period_total);
    CHECK(dump.number("recalc", "Økonomiplan", period_col + std::to_string(sum_row + 1)) == totals.period_one_time);
    CHECK(dump.number("recalc", "Økonomiplan", period_col + std::to_string(sum_row + 2)) ==
          totals.period_recurring());
    CHECK(totals.period_recurring() == 68'400'000);

    // Raising the rate by 10 000 kr raises measure 10 (2 FTE) and every total by 20 000 kr.
    int row10 = 0;
    for (int row = 5; row < 100 && !row10; ++row) {
        const EngineCell* c = dump.find("recalc", "Tiltak", "A" + std::to_string(row));
        if (c && c->kind == 'N' && c->number() == 10) row10 = row;
    }
    REQUIRE(row10 > 0);
    const EngineCell* cost10 = dump.find("stored", "Tiltak", "F" + std::to_string(row10));
    REQUIRE(cost10);
    // LibreOffice shows formulas with ; between arguments.
    CHECK(cost10->formula ==
          "=ROUND(Q" + std::to_string(row10) + "*sats_radgiver_helsetjenester;0)");
    CHECK(cost10->number() == 1'540'000);
    CHECK(dump.number("changed", "Tiltak", "F" + std::to_string(row10)) == 1'560'000);
    CHECK(dump.name_value("changed", "sum_totalt") == 18'420'000);
    CHECK(dump.name_value("changed", "sum_aarlig") == 17'120'000);
    CHECK(dump.name_value("changed", "sum_engangs") == 1'300'000);
    int unit_row = dump.row_of("Per ansvar", "H", "etat-helsetjenester");
    CHECK(dump.number("changed", "Per ansvar", "C" + std::to_string(unit_row)) -
              dump.number("recalc", "Per ansvar", "C" + std::to_string(unit_row)) ==
          20'000);
}

// The sums per goal search each measure's list of goals: a measure serving two goals counts in
// both rows, and the total row under them counts it once.
TEST_CASE("LibreOffice recalculates the sums per goal to the figures stage's", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = checked(std::string(LEGEPLAN_SOURCE_DIR) + "/examples/liten-kommune/plan.yaml");
    REQUIRE(plan.plan.goals.size() == 3);
    std::string path = render(plan, dir.path() + "/liten.xlsx");
    EngineDump dump = run_engine(dir, path);
    CHECK(check_stored_values(dump) > 20);
    Amount rows_total = 0;
    for (const Goal& g : plan.plan.goals) {
        int row = dump.row_of("Per ansvar", "H", g.id);
        INFO(g.id);
        REQUIRE(row > 0);
        const Sums& t = *plan.figures.goal(g.id);
        std::string r = std::to_string(row);
        CHECK(dump.number("recalc", "Per ansvar", "C" + r) == t.recurring);
        CHECK(dump.number("recalc", "Per ansvar", "D" + r) == t.one_time);
        CHECK(dump.number("recalc", "Per ansvar", "E" + r) == t.total);
        rows_total += t.total;
    }
    const Sums& overall = plan.figures.overall;
    CHECK(rows_total > overall.total);  // measure 8 serves two goals
    int total_row = dump.row_of("Per ansvar", "A", "Sum, hvert tiltak én gang");
    REQUIRE(total_row > 0);
    CHECK(dump.number("recalc", "Per ansvar", "E" + std::to_string(total_row)) == overall.total);
}

TEST_CASE("plan text that looks like a formula stays text in the workbook", "[.engine]") {
    test::TempDir dir;
    const std::vector<std::string> titles = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(1)",
                                             "-2+3", "=1+1"};
    std::string yaml = test::plan_header() + R"yaml(
units:
  - {id: helse, name: "=SUM(A1:A9)"}
chapters:
  - {id: k1, title: "=k1"}
measures:
)yaml";
    for (std::size_t i = 0; i < titles.size(); ++i) {
        std::string title = titles[i];
        std::string quoted;
        for (char c : title) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        yaml += "  - id: m" + std::to_string(i + 1) + "\n    number: " + std::to_string(i + 1) +
                "\n    section: k1\n    title: '" + quoted +
                "'\n    text: x\n    responsible: helse\n    costs:\n"
                "      - {type: yearly, amount: 1000, note: '=2*3'}\n";
    }
    CheckedPlan plan = test::check_text(dir, yaml);
    INFO(test::headlines(plan));
    REQUIRE(plan.usable(false));
    std::string path = render(plan, dir.path() + "/hostile.xlsx");
    EngineDump dump = run_engine(dir, path);
    for (std::size_t i = 0; i < titles.size(); ++i) {
        std::string row = std::to_string(5 + i);
        for (const char* sheet : {"Tiltak", "Økonomiplan"}) {
            const EngineCell* c = dump.find("recalc", sheet, "B" + row);
            INFO(sheet << "!B" << row);
            REQUIRE(c);
            CHECK(c->kind == 'T');
            CHECK(c->value == titles[i]);
        }
        const EngineCell* note = dump.find("recalc", "Tiltak", "O" + row);
        REQUIRE(note);
        CHECK(note->kind == 'T');
        CHECK(note->value == "=2*3");
    }
    const EngineCell* unit = dump.find("recalc", "Per ansvar", "A5");
    REQUIRE(unit);
    CHECK(unit->kind == 'T');
    CHECK(unit->value == "=SUM(A1:A9)");
    CHECK(dump.number("recalc", "Per ansvar", "C5") == 5000);
    CHECK(dump.name_value("recalc", "sum_totalt") == 5000);
}

TEST_CASE("a plan without measures gives a workbook whose sums are 0", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = test::check_text(dir, test::plan_header() + "chapters:\n  - {id: k1, title: K}\n");
    INFO(test::headlines(plan));
    REQUIRE(plan.usable(false));
    EngineDump dump = run_engine(dir, render(plan, dir.path() + "/empty.xlsx"));
    CHECK(check_stored_values(dump) > 10);
    CHECK(dump.name_value("recalc", "sum_totalt") == 0);
    // Without doctors, no doctors' sheet.
    CHECK(dump.find("recalc", "Om planen", "A1"));
    for (const auto& [key, cell] : dump.cells) CHECK(key.find("|Leger|") == std::string::npos);
}

namespace {

// The shipped plans named (folders from the source tree), checked, and their overview for 2027;
// the overview points into plans, which the caller keeps.
Overview overview_of(std::initializer_list<const char*> names, std::vector<CheckedPlan>& plans) {
    plans.reserve(names.size());
    for (const char* name : names) plans.push_back(checked(std::string(LEGEPLAN_SOURCE_DIR) + "/" + name + "/plan.yaml"));
    Overview overview;
    overview.year = 2027;
    std::vector<OverviewPlan> valid;
    for (const CheckedPlan& p : plans) valid.push_back({&p.plan, &p.figures, {}});
    Diagnostics diags;
    count_plans(overview, valid, diags);
    REQUIRE_FALSE(diags.has_errors());
    return overview;
}

}  // namespace

// The regional overview of the region's examples and Bergen for 2027: each municipality's total
// is its own plan's figure for 2027, Bergen's 2017–2020 plan is set apart, and LibreOffice
// recalculates the sums, the share from counts and the weighted average to the figures stage's.
TEST_CASE("LibreOffice recalculates the regional overview to each plan's own figures for the year", "[.engine]") {
    test::TempDir dir;
    std::vector<CheckedPlan> plans;
    Overview overview = overview_of({"examples/region/bratteli", "examples/region/lundvik", "examples/region/nesoy",
                                     "examples/region/solvang", "plans/bergen"},
                                    plans);
    REQUIRE(overview.plans.size() == 4);
    REQUIRE(overview.outside.size() == 1);
    CHECK(overview.outside[0].plan->meta.municipality == "Bergen kommune");
    std::string path = dir.path() + "/regionoversikt.xlsx";
    std::string error;
    REQUIRE(render_overview_workbook(overview, labels_for(plans.front()), 0, path, error));
    EngineDump dump = run_engine(dir, path);
    // Sum and average of six columns; on Nøkkeltall the region figure and the count of the
    // plans that give it for each of the seven kinds.
    CHECK(check_stored_values(dump) == 12 + 7 + 7);
    const std::string sheet = "Regionoversikt";
    Amount sum = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        int row = kOverviewFirstRow + 1 + static_cast<int>(i);
        const Plan& plan = plans[i].plan;
        INFO(plan.meta.municipality);
        CHECK(dump.find("recalc", sheet, "A" + std::to_string(row))->value == plan.meta.municipality);
        Amount year_total = plans[i].figures.overall.per_year.at(static_cast<std::size_t>(2027 - plan.meta.period.from));
        CHECK(dump.number("recalc", sheet, col(kOverviewTotalCol) + std::to_string(row)) == static_cast<double>(year_total));
        sum += year_total;
    }
    int sum_row = kOverviewFirstRow + 5;
    CHECK(dump.find("recalc", sheet, "A" + std::to_string(sum_row))->value == "Sum for regionen");
    CHECK(sum == 3'530'000);  // 900 000 + 2 270 000 + 60 000 + 300 000, without Bergen
    CHECK(dump.number("recalc", sheet, col(kOverviewTotalCol) + std::to_string(sum_row)) == static_cast<double>(sum));
    CHECK(dump.number("recalc", sheet, col(kOverviewTotalCol) + std::to_string(sum_row + 1)) == 882'500);
    CHECK(dump.number("recalc", sheet, "F" + std::to_string(sum_row + 1)) == 2.5);  // measures per municipality
    CHECK(dump.find("recalc", sheet, "A" + std::to_string(sum_row + 5))->value == "Bergen kommune");

    // The kinds: inhabitants, GPs, GPs aged 60+ (count), lists, lists without a GP, GPs aged 60+
    // (%), contract years.
    const std::string figures_sheet = "Nøkkeltall";
    std::string region_row = std::to_string(sum_row);
    CHECK(dump.number("recalc", figures_sheet, "B" + region_row) == 48'300);
    CHECK(dump.number("recalc", figures_sheet, "C" + region_row) == 40);
    CHECK(dump.number("recalc", figures_sheet, "D" + region_row) == 11);
    // (4 + 1 + 1 + 5) / (12 + 7 + 2 + 19) = 11 / 40 = 27.5 %, not the average of the percentages (31.0).
    CHECK(dump.number("recalc", figures_sheet, "G" + region_row) == 27.5);
    // (10.4·12 + 8.1·7 + 4.5·2 + 12.2·19) / 40 = 422.3 / 40 = 10.5575 → 10.6
    CHECK(dump.number("recalc", figures_sheet, "H" + region_row) == Approx(10.6));
    CHECK(dump.number("recalc", figures_sheet, "B" + std::to_string(sum_row + 1)) == 4);
    CHECK(dump.number("recalc", figures_sheet, "H7") == 4.5);  // Nesøy's, from 2025: still a number
    CHECK(overview.key_figures[5].region == 27'500);
    CHECK(overview.key_figures[6].region == 10'600);
}

// Plans that give different kinds: "–" where one lacks a figure, which SUM, AVERAGE, SUMIFS and
// SUMPRODUCT must pass over; the shares weighted by GPs where a plan lacks the count behind them.
TEST_CASE("LibreOffice recalculates the overview's region figures over missing figures", "[.engine]") {
    test::TempDir dir;
    std::vector<CheckedPlan> plans;
    Overview overview = overview_of({"examples/region/bratteli", "examples/region/lundvik", "examples/region/nesoy",
                                     "examples/region/solvang", "examples/liten-kommune", "examples/nynorsk"},
                                    plans);
    REQUIRE(overview.plans.size() == 6);
    std::string path = dir.path() + "/regionoversikt.xlsx";
    std::string error;
    REQUIRE(render_overview_workbook(overview, labels_for(plans.front()), 0, path, error));
    EngineDump dump = run_engine(dir, path);
    CHECK(check_stored_values(dump) == 12 + 10 + 10);  // every stored value is what LibreOffice computes
    const std::string figures_sheet = "Nøkkeltall";
    CHECK(dump.find("recalc", figures_sheet, "H5")->value == "–");
    // (33.3·12 + 14.3·7 + 50·2 + 26.3·19 + 40·5) / 45 = 1 299.4 / 45 = 28.876 → 28.9
    CHECK(dump.number("recalc", figures_sheet, "J11") == Approx(28.9));
    // (10.4·12 + 8.1·7 + 4.5·2 + 12.2·19 + 8.2·3) / 43 = 446.9 / 43 = 10.393 → 10.4
    CHECK(dump.number("recalc", figures_sheet, "K11") == Approx(10.4));
    CHECK(dump.number("recalc", figures_sheet, "H11") == 1'050);  // one plan gives the list length
}

TEST_CASE("LibreOffice recalculates the follow-up workbook to the figures stage's", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = checked(std::string(LEGEPLAN_SOURCE_DIR) + "/examples/nynorsk/plan.yaml");
    REQUIRE(plan.plan.follow_up.size() == 1);
    const FollowUpFigures& year = plan.figures.follow_up.at(0);
    std::string path = dir.path() + "/oppfolging.xlsx";
    std::string error;
    REQUIRE(render_follow_up_workbook(plan.plan, plan.figures, 0, labels_for(plan), path, error));
    EngineDump dump = run_engine(dir, path);
    CHECK(check_stored_values(dump) >= 15);
    const std::string sheet = "Oppfølging 2027";
    int sum = dump.row_of(sheet, "B", "Sum");
    REQUIRE(sum > 0);
    std::string r = std::to_string(sum);
    CHECK(dump.number("recalc", sheet, "E" + r) == 180'000);
    CHECK(dump.number("recalc", sheet, "F" + r) == 178'400);
    CHECK(dump.number("recalc", sheet, "G" + r) == -1'600);
    CHECK(year.planned == 180'000);
    CHECK(year.spent == 178'400);
    // Measure 3: 60 000 planned for 2027, 68 400 spent.
    int three = dump.row_of(sheet, "B", "Nytt akuttutstyr på legekontoret");
    REQUIRE(three > 0);
    CHECK(dump.find("recalc", sheet, "D" + std::to_string(three))->value == "Gjennomført");
    CHECK(dump.number("recalc", sheet, "G" + std::to_string(three)) == 8'400);
    // The count per status is counted from the status column.
    int in_progress = dump.row_of(sheet, "B", "Pågår");
    REQUIRE(in_progress > sum);
    CHECK(dump.number("recalc", sheet, "D" + std::to_string(in_progress)) == 3);
    int all = dump.row_of(sheet, "B", "Alle tiltak");
    REQUIRE(all > in_progress);
    CHECK(dump.number("recalc", sheet, "D" + std::to_string(all)) == 5);
    // Indicators: 4 → 8 hours, the target 8: a change of 4 and nothing left to go.
    int hours = dump.row_of("Indikatorar", "B", "Legetid på omsorgssenteret");
    REQUIRE(hours > 0);
    CHECK(dump.number("recalc", "Indikatorar", "G" + std::to_string(hours)) == 4);
    CHECK(dump.number("recalc", "Indikatorar", "J" + std::to_string(hours)) == 0);
    int wait = dump.row_of("Indikatorar", "B", "Ventetid på time hos fastlege");
    REQUIRE(wait > 0);
    CHECK(dump.number("recalc", "Indikatorar", "G" + std::to_string(wait)) == -0.5);
}

TEST_CASE("LibreOffice recalculates the follow-up workbook's grants and net to the figures stage's", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = checked(std::string(LEGEPLAN_SOURCE_DIR) + "/tests/fixtures/follow-up-grants/plan.yaml");
    REQUIRE(plan.plan.follow_up.size() == 1);
    const FollowUpFigures& year = plan.figures.follow_up.at(0);
    REQUIRE(year.shows_grants);
    std::string path = dir.path() + "/oppfolging.xlsx";
    std::string error;
    REQUIRE(render_follow_up_workbook(plan.plan, plan.figures, 0, labels_for(plan), path, error));
    const std::string sheet = "Oppfølging 2028";
    // ALIS: own 1 250 000, grant 500 000, net 750 000, spent 1 230 000. Spending 10 000 more moves
    // both deviations and their sums by 10 000.
    EngineDump dump = run_engine(dir, path, "--add '" + sheet + "!H6' 10000");
    CHECK(check_stored_values(dump) >= 20);
    CHECK(dump.find("recalc", sheet, "F5")->value == "Tilskudd 2028");
    CHECK(dump.find("recalc", sheet, "G5")->value == "Netto 2028");
    CHECK(dump.find("recalc", sheet, "I5")->value == "Avvik mot egen kostnad");
    CHECK(dump.find("recalc", sheet, "J5")->value == "Avvik mot netto");
    int alis = dump.row_of(sheet, "B", "ALIS-stilling");
    REQUIRE(alis == 6);
    CHECK(dump.number("recalc", sheet, "G6") == 750'000);
    CHECK(dump.number("recalc", sheet, "I6") == -20'000);
    CHECK(dump.number("recalc", sheet, "J6") == 480'000);
    // The one-time cost covered in full by Nabovik: net 0, so all that was spent is set against the grant.
    int start = dump.row_of(sheet, "B", "Oppstart av felles legevakt");
    REQUIRE(start > alis);
    CHECK(dump.number("recalc", sheet, "G" + std::to_string(start)) == 0);
    CHECK(dump.number("recalc", sheet, "J" + std::to_string(start)) == 84'000);
    int sum = dump.row_of(sheet, "B", "Sum");
    REQUIRE(sum > start);
    std::string r = std::to_string(sum);
    CHECK(dump.number("recalc", sheet, "E" + r) == 1'450'000);
    CHECK(dump.number("recalc", sheet, "F" + r) == 580'000);
    CHECK(dump.number("recalc", sheet, "G" + r) == 870'000);
    CHECK(dump.number("recalc", sheet, "H" + r) == 1'440'000);
    CHECK(dump.number("recalc", sheet, "I" + r) == -10'000);
    CHECK(dump.number("recalc", sheet, "J" + r) == 570'000);
    CHECK(year.planned == 1'450'000);
    CHECK(year.grants == 580'000);
    CHECK(year.net == 870'000);
    CHECK(year.spent == 1'440'000);
    CHECK(year.difference() == -10'000);
    CHECK(year.difference_from_net() == 570'000);
    CHECK(dump.number("changed", sheet, "I6") == -10'000);
    CHECK(dump.number("changed", sheet, "J6") == 490'000);
    CHECK(dump.number("changed", sheet, "I" + r) == 0);
    CHECK(dump.number("changed", sheet, "J" + r) == 580'000);
    // The statuses are counted from the wrapped status column.
    int done = dump.row_of(sheet, "B", "Gjennomført");
    REQUIRE(done > sum);
    CHECK(dump.number("recalc", sheet, "D" + std::to_string(done)) == 2);
}

// Issue 16's acceptance plan: an ALIS position of 1 250 000 kr a year with a 500 000 kr state
// grant, a legevakt car of 300 000 kr a year of which the municipality pays 40 %, and a one-time
// cost covered in full by external money.
const std::string kFinance = std::string(LEGEPLAN_SOURCE_DIR) + "/tests/fixtures/finance/plan.yaml";

namespace {

// The rows (1-based) in which column col of sheet holds text, top to bottom.
std::vector<int> rows_of(const EngineDump& dump, const std::string& sheet, const std::string& col,
                         const std::string& text) {
    std::vector<int> rows;
    for (int row = 1; row < 200; ++row) {
        const EngineCell* c = dump.find("recalc", sheet, col + std::to_string(row));
        if (c && c->kind == 'T' && c->value == text) rows.push_back(row);
    }
    return rows;
}

}  // namespace

TEST_CASE("LibreOffice recalculates own cost, grants and net to the figures stage's", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = checked(kFinance);
    std::string path = render(plan, dir.path() + "/finance.xlsx");
    // Raising the ALIS grant by 100 000 kr lowers the net of every year by as much.
    EngineDump dump = run_engine(dir, path, "--add tilskudd_1_1 100000");
    const Sums& t = plan.figures.overall;
    REQUIRE(t.recurring == 1'370'000);
    REQUIRE(t.per_year == std::vector<Amount>{1'370'000, 1'450'000, 1'370'000, 1'370'000});
    REQUIRE(t.grants_per_year == std::vector<Amount>{500'000, 580'000, 500'000, 500'000});
    REQUIRE(t.net_per_year == std::vector<Amount>{870'000, 870'000, 870'000, 870'000});

    CHECK(check_stored_values(dump) > 60);

    // Tiltak: the car's own cost is its share of the gross beside it; grants and net per cost.
    int car = dump.row_of("Tiltak", "B", "=Legevaktbil sammen med Nabovik");
    REQUIRE(car > 0);
    std::string r = std::to_string(car);
    CHECK(dump.number("recalc", "Tiltak", "V" + r) == 300'000);
    CHECK(dump.number("recalc", "Tiltak", "W" + r) == 40);
    CHECK(dump.find("stored", "Tiltak", "F" + r)->formula == "=ROUND(V" + r + "*W" + r + "/100;0)");
    CHECK(dump.number("recalc", "Tiltak", "F" + r) == 120'000);
    CHECK(dump.number("recalc", "Tiltak", "Y" + r) == 120'000);
    int alis = dump.row_of("Tiltak", "B", "ALIS-stilling");
    REQUIRE(alis > 0);
    CHECK(dump.number("recalc", "Tiltak", "X" + std::to_string(alis)) == 500'000);
    CHECK(dump.number("recalc", "Tiltak", "Y" + std::to_string(alis)) == 750'000);
    CHECK(dump.number("changed", "Tiltak", "Y" + std::to_string(alis)) == 650'000);
    int sum = dump.row_of("Tiltak", "B", "Sum");
    REQUIRE(sum > 0);
    CHECK(dump.number("recalc", "Tiltak", "X" + std::to_string(sum)) == t.grants_total);
    CHECK(dump.number("recalc", "Tiltak", "Y" + std::to_string(sum)) == t.net_total);
    CHECK(t.net_total == 870'000);

    // Per ansvar: grants and net beside each unit's sums.
    for (const char* unit : {"helse", "legevakt"}) {
        int row = dump.row_of("Per ansvar", "H", unit);
        REQUIRE(row > 0);
        const Sums& u = *plan.figures.unit(unit);
        INFO(unit);
        // The unit's ansvar, as text, beside its name.
        const EngineCell* ansvar = dump.find("recalc", "Per ansvar", "B" + std::to_string(row));
        REQUIRE(ansvar);
        CHECK(ansvar->kind == 'T');
        CHECK(ansvar->value == (std::string(unit) == "helse" ? "4600" : "4610"));
        CHECK(dump.number("recalc", "Per ansvar", "F" + std::to_string(row)) == u.grants_total);
        CHECK(dump.number("recalc", "Per ansvar", "G" + std::to_string(row)) == u.net_total);
    }
    CHECK(plan.figures.unit("legevakt")->net_total == 120'000);

    // KOSTRA: three blocks (own, grants, net), each with its sum row; a column per year from C.
    std::vector<int> sums = rows_of(dump, "KOSTRA", "B", "Sum");
    REQUIRE(sums.size() == 3);
    for (std::size_t i = 0; i < t.per_year.size(); ++i) {
        std::string c = col(2 + static_cast<int>(i));
        INFO("year " << plan.plan.meta.period.from + static_cast<int>(i));
        CHECK(dump.number("recalc", "KOSTRA", c + std::to_string(sums[0])) == t.per_year[i]);
        CHECK(dump.number("recalc", "KOSTRA", c + std::to_string(sums[1])) == t.grants_per_year[i]);
        CHECK(dump.number("recalc", "KOSTRA", c + std::to_string(sums[2])) == t.net_per_year[i]);
        CHECK(dump.number("changed", "KOSTRA", c + std::to_string(sums[2])) == t.net_per_year[i] - 100'000);
    }
    int legevakt = rows_of(dump, "KOSTRA", "A", "256").at(2);  // the net block's row for 256
    CHECK(dump.number("recalc", "KOSTRA", "D" + std::to_string(legevakt)) == 120'000);  // 2028: 200 000 − 80 000

    // Budsjett: the lines of each year add up to that year's net.
    std::vector<double> per_year(t.per_year.size(), 0);
    int lines = 0;
    for (int row = 5; row < 100; ++row) {
        const EngineCell* year = dump.find("recalc", "Budsjett", "A" + std::to_string(row));
        if (!year || year->kind != 'N') continue;
        ++lines;
        auto y = static_cast<std::size_t>(year->number() - plan.plan.meta.period.from);
        per_year.at(y) += dump.number("recalc", "Budsjett", "I" + std::to_string(row));
    }
    CHECK(lines == 14);
    for (std::size_t i = 0; i < per_year.size(); ++i) CHECK(per_year[i] == t.net_per_year[i]);

    // Tilskudd: what each funder pays each year, under the inputs: names in B, years from D.
    int alis_grant = rows_of(dump, "Tilskudd", "B", "ALIS-tilskudd").at(0);
    CHECK(dump.number("recalc", "Tilskudd", "D" + std::to_string(alis_grant)) == 500'000);
    CHECK(dump.number("changed", "Tilskudd", "D" + std::to_string(alis_grant)) == 600'000);
    int external = rows_of(dump, "Tilskudd", "B", "Ekstern finansiering").at(0);
    CHECK(dump.number("recalc", "Tilskudd", "E" + std::to_string(external)) == 80'000);
    CHECK(dump.number("recalc", "Tilskudd", "D" + std::to_string(external)) == 0);
    // The list of grants names the cost its funding covers in full too (measure 3, external
    // funding), its amount a formula on the cost: 80 000 a year (the changed workbook edits only
    // the ALIS grant).
    std::vector<int> covered = rows_of(dump, "Tilskudd", "C", "Dekker hele kostnaden");
    REQUIRE(covered.size() == 1);
    CHECK(dump.number("recalc", "Tilskudd", "A" + std::to_string(covered[0])) == 3);
    CHECK(dump.number("recalc", "Tilskudd", "E" + std::to_string(covered[0])) == 80'000);
    CHECK(dump.number("changed", "Tilskudd", "E" + std::to_string(covered[0])) == 80'000);
}

namespace {

// Issue 27's five GPs (tests/fixtures/doctors), without the assertion that keeps the fixture from
// building.
CheckedPlan five_doctors(const test::TempDir& dir) {
    std::string yaml = test::read_file(std::string(LEGEPLAN_SOURCE_DIR) + "/tests/fixtures/doctors/plan.yaml");
    yaml = yaml.substr(0, yaml.find("\nassertions:") + 1);
    CheckedPlan plan = test::check_text(dir, yaml);
    INFO(test::headlines(plan));
    REQUIRE(plan.usable(false));
    return plan;
}

// The column (A, B, …) whose header in row 4 of sheet is text.
std::string column_of(const EngineDump& dump, const std::string& sheet, const std::string& text) {
    for (int c = 0; c < 26; ++c) {
        const EngineCell* cell = dump.find("recalc", sheet, col(c) + "4");
        if (cell && cell->value == text) return col(c);
    }
    FAIL("no column headed " << text << " in " << sheet);
    return "";
}

}  // namespace

// Issue 27 is done when the lists per curative day 200, 249, 195, 189 and 157 show in the
// workbook as LibreOffice recalculates it, and the municipality's figures are the figures stage's.
TEST_CASE("LibreOffice recalculates the doctors' sheet to the figures stage's lists", "[.engine]") {
    test::TempDir dir;
    CheckedPlan plan = five_doctors(dir);
    const DoctorFigures& f = plan.figures.doctors;
    REQUIRE(f.gp_fte == Decimal{455, 2});
    REQUIRE(f.curative_fte == Decimal{34, 1});
    REQUIRE(f.patients_per_curative_fte == 919);
    REQUIRE(f.corrected_list_length == 966);
    std::string path = render(plan, dir.path() + "/leger.xlsx");
    // Two more public hours for lege-a, whose curative hours the sheet derives: 13 curative hours
    // and 400 ÷ (13 ÷ 7.5) = 230.77 → 231 a day. lege-b's curative hours are given: 18.6 of them
    // make 650 × 7.5 ÷ 18.6 = 262.10 → 262.
    EngineDump dump = run_engine(dir, path, "--add Leger!J5 2 --add Leger!L6 -1");
    CHECK(check_stored_values(dump) > 30);
    const std::string sheet = "Leger";
    CHECK(dump.find("recalc", sheet, "A1")->value == "Legene – offentlige og kurative timer og listelengde");
    std::string per_day = column_of(dump, sheet, "Liste per kurativ dag");
    std::string per_fte = column_of(dump, sheet, "Liste per kurativt årsverk");
    std::string curative = column_of(dump, sheet, "Kurative timer");
    const double lists[] = {200, 249, 195, 189, 157};
    for (int i = 0; i < 5; ++i) {
        std::string row = std::to_string(5 + i);
        INFO(plan.plan.doctors[static_cast<std::size_t>(i)].id);
        CHECK(dump.find("recalc", sheet, "A" + row)->value == plan.plan.doctors[static_cast<std::size_t>(i)].id);
        CHECK(dump.number("recalc", sheet, per_day + row) == lists[i]);
        CHECK(dump.number("recalc", sheet, per_day + row) ==
              static_cast<double>(*f.doctors[static_cast<std::size_t>(i)].list_per_curative_day));
        CHECK(dump.number("recalc", sheet, per_fte + row) ==
              static_cast<double>(*f.doctors[static_cast<std::size_t>(i)].list_per_curative_fte));
    }
    // lege-a's curative hours are a formula over the position and the public hours; lege-b's are
    // the plan's, an input.
    CHECK(dump.find("stored", sheet, curative + "5")->kind == 'F');
    CHECK(dump.find("stored", sheet, curative + "6")->kind == 'N');
    CHECK(dump.find("stored", sheet, per_day + "6")->formula ==
          "=IF(AND(ISNUMBER(N6);L6>0);ROUND(N6/(L6/7.5);0);\"–\")");

    int sum = dump.row_of(sheet, "B", "Sum");
    REQUIRE(sum == 10);
    CHECK(dump.number("recalc", sheet, curative + "10") == 128.6);
    CHECK(dump.number("recalc", sheet, column_of(dump, sheet, "Offentlige timer i alt") + "10") == 42);
    CHECK(dump.number("recalc", sheet, column_of(dump, sheet, "Listetak") + "10") == 3300);
    auto figure = [&](const std::string& phase, const std::string& name) {
        int row = dump.row_of(sheet, "A", name);
        INFO(name);
        REQUIRE(row > sum);
        return dump.number(phase, sheet, "D" + std::to_string(row));
    };
    CHECK(figure("recalc", "Fastlegeårsverk") == 4.55);
    CHECK(figure("recalc", "Kurative årsverk") == 3.4);
    CHECK(figure("recalc", "Lister") == 5);
    CHECK(figure("recalc", "Personer på fastlegelister") == 3150);
    CHECK(figure("recalc", "Listepasienter per kurativt årsverk") == 919);
    CHECK(figure("recalc", "Listelengde korrigert for kommunale timer") == 966);

    // Changed hours: the derived columns and the figures follow.
    CHECK(dump.number("changed", sheet, curative + "5") == 13);
    CHECK(dump.number("changed", sheet, per_day + "5") == 231);
    CHECK(dump.number("changed", sheet, per_day + "6") == 262);
    CHECK(dump.number("changed", sheet, curative + "10") == 125.6);
    // 125.6 ÷ 37.5 = 3.349 → 3.3; 3 150 × 37.5 ÷ 125.6 = 940.49 → 940; SSB: 44 public hours,
    // (3 150 + 44 ÷ 37.5 × 1 500) ÷ 5 = (3 150 + 1 760) ÷ 5 = 982.
    CHECK(figure("changed", "Kurative årsverk") == 3.3);
    CHECK(figure("changed", "Listepasienter per kurativt årsverk") == 940);
    CHECK(figure("changed", "Listelengde korrigert for kommunale timer") == 982);
}

// A doctor without a list (a LIS1) and one whose position is all public work have "–" for the
// figures that divide by a list or by curative hours; without the listed patients the figures
// that need them are left out. In nynorsk, as the sheet's words are.
TEST_CASE("the doctors' sheet shows – where a list figure cannot be computed", "[.engine]") {
    test::TempDir dir;
    std::string header = test::plan_header();
    header.replace(header.find("language: nb"), 12, "language: nn");
    CheckedPlan plan = test::check_text(dir, header + R"(
chapters:
  - {id: k, title: K}
doctors:
  - {id: lis1, name: LIS1, position: 100, competence: lis1, public_hours: [{task: nursing_home, hours: 2.5}]}
  - {id: kol, position: 50, list_ceiling: 600, public_hours: [{task: community_medicine, hours: 18.75}]}
)");
    INFO(test::headlines(plan));
    REQUIRE(plan.usable(false));
    EngineDump dump = run_engine(dir, render(plan, dir.path() + "/lis.xlsx"));
    CHECK(check_stored_values(dump) > 10);
    const std::string sheet = "Legar";
    // Two task columns (D, E): the public hours in F, curative G, days H, ceiling I, lists J and K.
    CHECK(dump.find("recalc", sheet, "D4")->value == "Sjukeheim og KAD");
    CHECK(dump.find("recalc", sheet, "E4")->value == "Samfunnsmedisin");
    CHECK(dump.find("recalc", sheet, "J4")->value == "Liste per kurativ dag");
    CHECK(dump.number("recalc", sheet, "G5") == 35);
    CHECK(dump.number("recalc", sheet, "G6") == 0);
    for (const char* a1 : {"J5", "K5", "J6", "K6"}) {
        INFO(a1);
        CHECK(dump.find("stored", sheet, a1)->value == "–");
        CHECK(dump.find("recalc", sheet, a1)->value == "–");
    }
    int lists = dump.row_of(sheet, "A", "Lister");
    REQUIRE(lists > 0);
    CHECK(dump.number("recalc", sheet, "D" + std::to_string(lists)) == 1);
    CHECK(dump.row_of(sheet, "A", "Personar på fastlegelister") == 0);
    CHECK(dump.row_of(sheet, "A", "Listelengd korrigert for kommunale timar") == 0);
}
