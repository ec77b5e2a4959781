#include "figures/assertions.h"

#include "figures/checked_sum.h"

namespace legeplan {

namespace {

bool in_scope(const Assertion& a, const Measure& m, const PlanIndex& index) {
    if (a.unit && (m.responsible.empty() || m.responsible.front().id != a.unit->id)) return false;
    if (a.chapter) {
        const Chapter* c = index.chapter_of_measure(m);
        if (!c || c->id != a.chapter->id) return false;
    }
    return true;
}

// The asserted figure as computed, with its name for the message.
struct Computed {
    Amount value = 0;
    std::string name;
};

Computed computed_figure(const Assertion& a, const Plan& plan, const PlanIndex& index,
                         const Figures& figures) {
    Amount count = 0, recurring = 0, one_time = 0, grants = 0, net = 0;
    CheckedSum sum;  // within the plan's total, which has been checked already
    const Period& period = plan.meta.period;
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        if (!in_scope(a, plan.measures[i], index)) continue;
        const Sums& s = figures.measures[i].sums;
        ++count;
        if (a.year) {
            auto y = static_cast<std::size_t>(*a.year - period.from);
            sum.add(recurring, s.recurring_in(y), {});
            sum.add(one_time, s.per_year_one_time[y], {});
            sum.add(grants, s.grants_per_year[y], {});
            sum.add(net, s.net_per_year[y], {});
        } else {
            sum.add(recurring, s.recurring, {});
            sum.add(one_time, s.one_time, {});
            sum.add(grants, s.grants_total, {});
            sum.add(net, s.net_total, {});
        }
    }
    switch (a.figure) {
        case AssertedFigure::total: return {recurring + one_time, "total"};
        case AssertedFigure::recurring: return {recurring, "recurring cost"};
        case AssertedFigure::one_time: return {one_time, "one-time cost"};
        case AssertedFigure::measures: return {count, "number of measures"};
        case AssertedFigure::net: return {net, "net cost"};
        case AssertedFigure::grants: return {grants, "grants"};
    }
    return {};
}

}  // namespace

void check_assertions(const Plan& plan, const PlanIndex& index, const Figures& figures,
                      Diagnostics& diags) {
    for (const Assertion& a : plan.assertions) {
        Computed computed = computed_figure(a, plan, index, figures);
        if (computed.value == a.expected) continue;
        std::string scope_text;
        if (a.unit) scope_text += " for unit '" + a.unit->id + "'";
        if (a.chapter) scope_text += " in chapter '" + a.chapter->id + "'";
        if (a.year) scope_text += " in " + std::to_string(*a.year);
        std::string kr = a.figure == AssertedFigure::measures ? "" : " kr";
        Amount diff = computed.value - a.expected;
        diags.report(DiagnosticKind::assertion_failed, a.pos,
                    "assertion failed: " + computed.name + scope_text + " is " +
                        format_amount(computed.value) + kr + ", the plan states " +
                        format_amount(a.expected) + kr + " (difference " + (diff > 0 ? "+" : "") +
                        format_amount(diff) + kr + ")");
    }
}

}  // namespace legeplan
