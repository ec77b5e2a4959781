// What the plan's costs add up to: per cost, per measure, overall, per unit, per chapter and
// per year of the economic plan. Exact figures and estimates (ranges) are kept apart.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plan/model.h"
#include "plan/plan_index.h"

namespace legeplan {

// The kroner a cost stands for (per year for a yearly cost). nullopt when its rate is unknown
// or the product overflows.
std::optional<AmountRange> cost_value(const PlanIndex& index, const Cost& cost);

// Which measures to count.
struct TotalsScope {
    std::string unit;     // lead unit id; empty for all
    std::string chapter;  // chapter id; empty for all
};

struct Totals {
    int measures = 0;
    Amount recurring = 0;  // exact yearly costs, per year at full run
    Amount one_time = 0;   // exact one-time costs
    Amount total = 0;      // recurring + one_time, as plans print their table's sum
    std::vector<Amount> per_year;           // exact costs falling in each year of the period
    std::vector<Amount> per_year_one_time;  // the one-time part of per_year
    AmountRange estimated_recurring;  // ranges: yearly estimates
    AmountRange estimated_one_time;
    bool has_estimates = false;
};

struct TotalsResult {
    Totals totals;
    std::optional<SourcePos> overflow_at;  // the cost at which a sum overflowed
};

TotalsResult compute_totals(const Plan& plan, const PlanIndex& index, const TotalsScope& scope = {});

// Totals for every lead unit and every chapter in one pass over the measures. Keyed by id;
// measures without a responsible unit (or, never in a valid plan, a chapter) are under "".
// Meant for valid plans, whose sums do not overflow.
struct GroupedTotals {
    std::map<std::string, Totals> by_unit;
    std::map<std::string, Totals> by_chapter;
};
GroupedTotals compute_grouped_totals(const Plan& plan, const PlanIndex& index);

// One measure's exact costs in each year of the period.
std::vector<Amount> measure_phasing(const PlanIndex& index, const Measure& measure, const Period& period);

// Exact kroner of one measure: recurring per year and one-time.
struct MeasureCost {
    Amount recurring = 0;
    Amount one_time = 0;
};
MeasureCost measure_cost(const PlanIndex& index, const Measure& measure);

}  // namespace legeplan
