#include "render/workbook/budget_sheets.h"

#include <algorithm>
#include <map>

#include "plan/kostra_functions.h"
#include "render/workbook/budget_lines.h"

namespace legeplan {

namespace {

using xlsx::cell;
using xlsx::column_range;
using xlsx::Sheet;
using xlsx::sheet_prefix;

// Rows above each table: a title, an introduction, a blank row, then the header.
constexpr int kHeaderRow = 3;
constexpr int kFirstRow = kHeaderRow + 1;

// Columns of the budget sheet, as the budget file has them.
enum BudgetCol { kYear, kAnsvar, kUnit, kKostra, kNumber, kTitle, kFunding, kGrant, kAmount, kBudgetColumns };

// Columns of the grant inputs.
enum GrantCol { kGrantNumber, kGrantTitle, kGrantName, kGrantFunding, kGrantAmount };

std::string word(const FinanceSheets& fs, const std::string& key) { return fs.labels.get(key); }

xlsx::PrintSetup print_setup(const FinanceSheets& fs, int header_row, int frozen_cols) {
    return {fs.page_header, fs.page_footer, header_row, frozen_cols, -1};
}

void write_title(Sheet& s, int last_col, const std::string& title, const std::string& intro) {
    s.merged(0, 0, last_col, title, s.formats().title);
    s.merged(1, 0, last_col, intro, s.formats().wrap);
}

// The plan's measures in number order.
std::vector<const Measure*> by_number(const Plan& plan) {
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    return measures;
}

// The exact costs' grants, in measure number order: the ones the budget lines book.
std::vector<std::pair<const Measure*, const Grant*>> listed_grants(const FinanceSheets& fs) {
    std::vector<std::pair<const Measure*, const Grant*>> out;
    for (const Measure* m : by_number(fs.plan)) {
        const MeasureFigures& mf = fs.figures.of(fs.plan, *m);
        for (std::size_t i = 0; i < m->costs.size(); ++i) {
            if (!mf.costs[i].exact()) continue;
            for (const Grant& g : m->costs[i].grants) out.emplace_back(m, &g);
        }
    }
    return out;
}

// The exact costs covered in full by their funding (a state grant, external funding): income the
// budget lines book as grants though the plan names no grant, listed after the named grants.
std::vector<std::pair<const Measure*, std::size_t>> covered_costs(const FinanceSheets& fs) {
    std::vector<std::pair<const Measure*, std::size_t>> out;
    for (const Measure* m : by_number(fs.plan)) {
        const MeasureFigures& mf = fs.figures.of(fs.plan, *m);
        for (std::size_t i = 0; i < m->costs.size(); ++i) {
            if (mf.costs[i].exact() && mf.costs[i].implicit_grant) out.emplace_back(m, i);
        }
    }
    return out;
}

// Where the budget sheet's columns lie, for the formulas that sum it.
struct BudgetRanges {
    std::string year, kostra, funding, grant, amount;
};

BudgetRanges budget_ranges(const Sheet& budget, int last_row) {
    std::string p = sheet_prefix(budget.name());
    return {p + column_range(kYear, kFirstRow, last_row), p + column_range(kKostra, kFirstRow, last_row),
            p + column_range(kFunding, kFirstRow, last_row), p + column_range(kGrant, kFirstRow, last_row),
            p + column_range(kAmount, kFirstRow, last_row)};
}

std::string grant_name(const FinanceSheets& fs, const BudgetLine& line) {
    if (line.grant) return line.grant->name;
    return line.implicit_grant ? fs.labels.text(label_key(line.funding)) : std::string();
}

// The budget lines; returns the last row of the table.
int write_budget_lines(FinanceSheets& fs, Sheet& s) {
    const xlsx::Formats& f = s.formats();
    const double widths[kBudgetColumns] = {7, 9, 28, 17, 6, 36, 20, 24, 15};
    for (int col = 0; col < kBudgetColumns; ++col) s.width(col, col, widths[col]);
    write_title(s, kAmount, word(fs, "xlsx_sheet_budget"), word(fs, "xlsx_budget_intro"));
    s.headers(kHeaderRow,
              {word(fs, "budget_year"), word(fs, "budget_ansvar"), word(fs, "unit"), word(fs, "budget_kostra"),
               word(fs, "budget_number"), word(fs, "measure"), word(fs, "funding"), word(fs, "budget_grant"),
               word(fs, "budget_amount")},
              kAmount, kAmount);
    int r = kFirstRow;
    for (const BudgetLine& line : budget_lines(fs.plan, fs.figures)) {
        s.number(r, kYear, line.year, f.year);
        s.text(r, kAnsvar, line.unit ? line.unit->ansvar : std::string(), f.text);
        s.wrapped(r, kUnit, line.unit ? line.unit->name : std::string(), f.wrap);
        s.text(r, kKostra, line.kostra, f.text);
        s.number(r, kNumber, line.measure->number, f.ordinal);
        s.wrapped(r, kTitle, line.measure->title, f.wrap);
        s.wrapped(r, kFunding, fs.labels.text(label_key(line.funding)), f.wrap);
        s.wrapped(r, kGrant, grant_name(fs, line), f.wrap);
        const CostCells& cells = fs.cost_cells.at(line.cost);
        std::string formula = cells.own;
        if (line.grant) formula = "-" + fs.grant_cells.at(line.grant);
        if (line.implicit_grant) formula = "-" + cells.grants;
        s.formula(r, kAmount, formula, static_cast<double>(line.amount), f.kr);
        ++r;
    }
    int last = std::max(r - 1, kFirstRow);  // no lines: one empty row, so the sums have a range
    s.autofilter(kHeaderRow, 0, last, kAmount);
    s.setup_print(print_setup(fs, kHeaderRow, 0));
    return last;
}

// The header of a table of years: its key columns, each year of the period, the period's sum.
void year_headers(const FinanceSheets& fs, Sheet& s, int row, const std::vector<std::string>& keys) {
    s.headers(row, keys);
    const Period& p = fs.plan.meta.period;
    int first = static_cast<int>(keys.size());
    for (int i = 0; i < p.years(); ++i) s.number(row, first + i, p.from + i, s.formats().header_year);
    s.wrapped(row, first + p.years(), word(fs, "xlsx_col_period_sum"), s.formats().header_amount);
}

// One block of the KOSTRA sheet: a row per function, a column per year and the sum. part picks
// the own cost (+1: the positive lines), the grants (−1: the negative lines, shown as income)
// or the net (0: every line). Returns the row after the block.
int write_kostra_block(FinanceSheets& fs, Sheet& s, int row, const std::string& title, int part,
                       const BudgetRanges& b) {
    const xlsx::Formats& f = s.formats();
    const Period& p = fs.plan.meta.period;
    const int first_year = 2;
    const int sum_col = first_year + p.years();
    s.text(row, 0, title, f.bold);
    int header = row + 1;
    year_headers(fs, s, header, {word(fs, "budget_kostra"), word(fs, "xlsx_col_kostra_name")});
    int r = header + 1;
    // 0-x, not -x: negating a sum of nothing gives -0, which a spreadsheet shows as "-0".
    std::string sign = part < 0 ? "0-" : "";
    std::string filter = part > 0 ? "*(" + b.amount + ">0)" : part < 0 ? "*(" + b.amount + "<0)" : "";
    std::vector<Amount> column_sums(static_cast<std::size_t>(p.years()) + 1, 0);
    for (const KostraFigures& k : fs.figures.by_kostra) {
        const KostraFunction* known = find_kostra_function(k.code);
        s.text(r, 0, k.code, f.key);
        s.wrapped(r, 1, k.code.empty() ? word(fs, "xlsx_no_kostra") : known ? std::string(known->name) : k.code,
                  f.wrap);
        const std::vector<Amount>& values = part > 0 ? k.years.own : part < 0 ? k.years.grants : k.years.net;
        Amount total = part > 0 ? k.years.own_total : part < 0 ? k.years.grants_total : k.years.net_total;
        for (int i = 0; i < p.years(); ++i) {
            int col = first_year + i;
            // Costs booked on no function have a blank cell, which matches "" in every spreadsheet.
            std::string code = k.code.empty() ? "\"\"" : cell(r, 0, true);
            std::string formula = sign + "SUMPRODUCT((" + b.kostra + "=" + code + ")*(" + b.year + "=" +
                                  cell(header, col, false, true) + ")" + filter + "*" + b.amount + ")";
            s.formula(r, col, formula, static_cast<double>(values[static_cast<std::size_t>(i)]), f.kr);
        }
        s.formula(r, sum_col, "SUM(" + cell(r, first_year) + ":" + cell(r, sum_col - 1) + ")",
                  static_cast<double>(total), f.kr);
        ++r;
    }
    int first = header + 1;
    if (r == first) ++r;
    int last = r - 1;
    for (int col = 0; col <= sum_col; ++col) s.text(r, col, "", f.total_blank);
    s.text(r, 1, word(fs, "total"), f.total_label);
    const Sums& o = fs.figures.overall;
    const std::vector<Amount>& per_year = part > 0 ? o.per_year : part < 0 ? o.grants_per_year : o.net_per_year;
    Amount period_sum = part > 0 ? o.period_total : part < 0 ? o.period_grants : o.period_net;
    for (int i = 0; i <= p.years(); ++i) {
        int col = first_year + i;
        Amount value = i == p.years() ? period_sum : per_year[static_cast<std::size_t>(i)];
        s.formula(r, col, "SUM(" + cell(first, col) + ":" + cell(last, col) + ")", static_cast<double>(value),
                  f.kr_total);
    }
    return r + 1;
}

void write_kostra_sheet(FinanceSheets& fs, Sheet& s, const BudgetRanges& b) {
    const Period& p = fs.plan.meta.period;
    s.width(0, 0, 17);
    s.width(1, 1, 36);
    s.width(2, 2 + p.years(), 15);
    write_title(s, 2 + p.years(), word(fs, "xlsx_sheet_kostra"), word(fs, "xlsx_kostra_intro"));
    int row = write_kostra_block(fs, s, kHeaderRow - 1, word(fs, "xlsx_kostra_own"), 1, b);
    row = write_kostra_block(fs, s, row + 1, word(fs, "grants"), -1, b);
    write_kostra_block(fs, s, row + 1, word(fs, "net_cost"), 0, b);
    s.setup_print(print_setup(fs, kHeaderRow, 2));
}

// Under the grant inputs: what each funder pays in each year, summed from the budget lines.
void write_funders(FinanceSheets& fs, Sheet& s, int row, const BudgetRanges& b) {
    const xlsx::Formats& f = s.formats();
    const Period& p = fs.plan.meta.period;
    // Beside the inputs' number column, so that the names have the wide columns.
    const int first_year = 3;
    const int sum_col = first_year + p.years();
    s.text(row, 1, word(fs, "xlsx_per_funder_title"), f.bold);
    int header = row + 1;
    year_headers(fs, s, header, {"", word(fs, "grant"), word(fs, "funding")});
    int r = header + 1;
    for (const FunderFigures& funder : fs.figures.by_funder) {
        std::string funding = fs.labels.text(label_key(funder.funding));
        s.wrapped(r, 1, funder.name.empty() ? funding : funder.name, f.wrap);
        s.wrapped(r, 2, funding, f.wrap);
        for (int i = 0; i < p.years(); ++i) {
            int col = first_year + i;
            std::string formula = "0-SUMPRODUCT((" + b.grant + "=" + cell(r, 1, true) + ")*(" + b.funding + "=" +
                                  cell(r, 2, true) + ")*(" + b.year + "=" + cell(header, col, false, true) + ")*" +
                                  b.amount + ")";
            s.formula(r, col, formula, static_cast<double>(funder.per_year[static_cast<std::size_t>(i)]), f.kr);
        }
        s.formula(r, sum_col, "SUM(" + cell(r, first_year) + ":" + cell(r, sum_col - 1) + ")",
                  static_cast<double>(funder.total), f.kr);
        ++r;
    }
}

}  // namespace

void write_grant_inputs(FinanceSheets& fs, xlsx::Book& book, Sheet& s) {
    if (!s.usable()) return;
    const xlsx::Formats& f = s.formats();
    const Period& p = fs.plan.meta.period;
    s.width(kGrantNumber, kGrantNumber, 8);
    s.width(kGrantTitle, kGrantTitle, 30);
    s.width(kGrantName, kGrantName, 28);
    s.width(kGrantFunding, 3 + p.years(), 15);
    write_title(s, kGrantAmount, word(fs, "xlsx_sheet_grants"), word(fs, "xlsx_grants_intro"));
    s.headers(kHeaderRow,
              {word(fs, "number"), word(fs, "measure"), word(fs, "grant"), word(fs, "funding"),
               word(fs, "budget_amount")},
              kGrantAmount, kGrantAmount);
    int r = kFirstRow;
    std::map<int, int> placed;  // measure number → grants listed so far
    for (const auto& [measure, grant] : listed_grants(fs)) {
        s.number(r, kGrantNumber, measure->number, f.ordinal);
        s.wrapped(r, kGrantTitle, measure->title, f.wrap);
        s.wrapped(r, kGrantName, grant->name, f.wrap);
        s.wrapped(r, kGrantFunding, fs.labels.text(label_key(grant->funding)), f.wrap);
        s.number(r, kGrantAmount, static_cast<double>(grant->amount), f.kr_input);
        fs.grant_cells[grant] = s.ref(r, kGrantAmount);
        std::string name = "tilskudd_" + std::to_string(measure->number) + "_" + std::to_string(++placed[measure->number]);
        book.define_name(name, s.ref(r, kGrantAmount));
        ++r;
    }
    // No grant to list: a sentence says so where the rows would be, so the page is not an empty table.
    if (r == kFirstRow && covered_costs(fs).empty()) {
        s.merged(r, kGrantNumber, kGrantAmount, word(fs, "xlsx_no_grants"), f.wrap);
    }
}

void write_budget_sheets(FinanceSheets& fs, Sheet& budget, Sheet& kostra, Sheet& grants) {
    if (!budget.usable() || !kostra.usable() || !grants.usable()) return;
    int last = write_budget_lines(fs, budget);
    BudgetRanges ranges = budget_ranges(budget, last);
    write_kostra_sheet(fs, kostra, ranges);
    int grant_rows = static_cast<int>(listed_grants(fs).size());
    // After the named grants, each cost its funding covers in full: the amount follows the cost on
    // the Tiltak sheet (a formula, not an input), so that this list names every grant the
    // per-funder sums count.
    const xlsx::Formats& f = grants.formats();
    for (const auto& [measure, index] : covered_costs(fs)) {
        int r = kFirstRow + grant_rows++;
        const Cost& cost = measure->costs[index];
        const CostFigure& figure = fs.figures.of(fs.plan, *measure).costs[index];
        grants.number(r, kGrantNumber, measure->number, f.ordinal);
        grants.wrapped(r, kGrantTitle, measure->title, f.wrap);
        grants.wrapped(r, kGrantName, word(fs, "xlsx_covered_in_full"), f.wrap);
        grants.wrapped(r, kGrantFunding, fs.labels.text(label_key(effective_funding(*measure, cost))), f.wrap);
        grants.formula(r, kGrantAmount, fs.cost_cells.at(&cost).grants, static_cast<double>(figure.grants), f.kr);
    }
    // The funders' sums only where some cost has a funder: an empty table prints as a blank page.
    if (!fs.figures.by_funder.empty()) write_funders(fs, grants, kFirstRow + std::max(grant_rows, 1) + 2, ranges);
    grants.setup_print(print_setup(fs, kHeaderRow, 2));
}

}  // namespace legeplan
