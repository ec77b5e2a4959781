// The plan's costs as a finance officer books them: one line per year and cost, each grant a
// line of its own with a negative amount. The budget file and the workbook's budget sheet both
// list these lines, so the two cannot disagree.
#pragma once

#include <string>
#include <vector>

#include "figures/figures.h"

namespace legeplan {

struct BudgetLine {
    int year = 0;
    const Measure* measure = nullptr;
    const Cost* cost = nullptr;
    std::size_t cost_index = 0;    // into measure->costs and its figures
    const Unit* unit = nullptr;    // the lead unit; null for a measure without one
    std::string kostra;            // the cost's function, else its measure's; "" when neither says
    std::string art;               // the cost's art, else its measure's; a grant's own or its default
    std::string project;           // the cost's project, else its measure's; "" when neither says
    BudgetKind budget = BudgetKind::operating;  // the cost's budget; its grants are income in the same
    Funding funding = Funding::none;  // the cost's (else its measure's); for a grant, the grant's
    const Grant* grant = nullptr;  // the grant this line is income from; null for the cost itself
    bool implicit_grant = false;   // the income of a cost covered in full by its funding
    Amount amount = 0;             // own kroner, negative for income
    bool is_income() const { return grant || implicit_grant; }
};

// Every exact cost of every measure (estimates stay out), year by year over the plan period, by
// year, then measure number, then the cost's place in its measure; a cost's grants follow it.
// The amounts of one year add up to that year's net in figures.overall.net_per_year.
std::vector<BudgetLine> budget_lines(const Plan& plan, const Figures& figures);

// One row of the budget as a budget system imports it: the lines that share ansvar, art,
// function, project and budget, with their amounts per year of the period.
struct BudgetRow {
    std::string ansvar;  // the lead unit's ansvar; "" when it has none
    std::string art;
    std::string kostra;
    std::string project;
    BudgetKind budget = BudgetKind::operating;
    std::vector<Amount> per_year;  // one per year of the period
    Amount total = 0;              // the sum of per_year
};

// The lines grouped into rows, operating before investment, then by ansvar, art, function and
// project (codes compared as text; "" first). Only adds the lines' amounts: the rows of one year
// add up to what its lines do, which is figures' net for the year. Rows whose every year is 0
// (a cost and a grant that cancel out) are kept, so that the coding stays visible.
std::vector<BudgetRow> budget_rows(const std::vector<BudgetLine>& lines, const Period& period);

}  // namespace legeplan
