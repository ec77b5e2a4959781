#include "render/summary.h"

#include "plan/plan_index.h"
#include "figures/totals.h"

namespace legeplan {

namespace {

std::string range_text(const AmountRange& r) {
    return format_amount(r.low) + "–" + format_amount(r.high);
}

// Estimates in sections count too: they are part of what the plan argues for.
AmountRange section_estimates(const Plan& plan, const PlanIndex& index, CostType type) {
    AmountRange sum;
    for (const Chapter& c : plan.chapters) {
        for (const Section& s : c.sections) {
            for (const Cost& cost : s.estimates) {
                auto v = cost_value(index, cost);
                if (!v || cost.type != type) continue;
                sum.low = checked_add(sum.low, v->low).value_or(sum.low);
                sum.high = checked_add(sum.high, v->high).value_or(sum.high);
            }
        }
    }
    return sum;
}

}  // namespace

std::string summary_text(const Plan& plan) {
    PlanIndex index(plan);
    Totals t = compute_totals(plan, index).totals;
    std::string out = std::to_string(t.measures) + (t.measures == 1 ? " measure" : " measures") +
                      " · recurring " + format_amount(t.recurring) + " kr/yr · one-time " +
                      format_amount(t.one_time) + " kr · total " + format_amount(t.total) +
                      " kr\n";
    AmountRange yearly = section_estimates(plan, index, CostType::yearly);
    AmountRange once = section_estimates(plan, index, CostType::one_time);
    yearly.low += t.estimated_recurring.low;
    yearly.high += t.estimated_recurring.high;
    once.low += t.estimated_one_time.low;
    once.high += t.estimated_one_time.high;
    if (yearly.high > 0 || once.high > 0) {
        out += "estimates outside the total:";
        if (yearly.high > 0) out += " recurring " + range_text(yearly) + " kr/yr";
        if (yearly.high > 0 && once.high > 0) out += " ·";
        if (once.high > 0) out += " one-time " + range_text(once) + " kr";
        out += "\n";
    }
    return out;
}

}  // namespace legeplan
