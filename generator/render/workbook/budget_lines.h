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

}  // namespace legeplan
