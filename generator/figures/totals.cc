#include "figures/totals.h"

#include <algorithm>

namespace legeplan {

std::optional<AmountRange> cost_value(const PlanIndex& index, const Cost& cost) {
    switch (cost.basis) {
        case CostBasis::amount:
            return cost.amount;
        case CostBasis::fte: {
            if (!cost.rate) return std::nullopt;
            auto rate = index.rates.find(cost.rate->id);
            if (rate == index.rates.end()) return std::nullopt;
            auto low = multiply(cost.quantity.low, rate->second->amount);
            auto high = multiply(cost.quantity.high, rate->second->amount);
            if (!low || !high) return std::nullopt;
            return AmountRange{*low, *high};
        }
        case CostBasis::count: {
            auto low = multiply(cost.quantity.low, cost.amount.low);
            auto high = multiply(cost.quantity.high, cost.amount.high);
            if (!low || !high) return std::nullopt;
            return AmountRange{*low, *high};
        }
    }
    return std::nullopt;
}

namespace {

bool in_scope(const Measure& m, const PlanIndex& index, const TotalsScope& scope) {
    if (!scope.unit.empty() && (m.responsible.empty() || m.responsible.front().id != scope.unit)) {
        return false;
    }
    if (!scope.chapter.empty()) {
        const Chapter* c = index.chapter_of_measure(m);
        if (!c || c->id != scope.chapter) return false;
    }
    return true;
}

// Adds b into a; false on overflow.
bool add_into(Amount& a, Amount b) {
    auto sum = checked_add(a, b);
    if (!sum) return false;
    a = *sum;
    return true;
}

}  // namespace

namespace {

Totals empty_totals(const Period& period) {
    Totals t;
    t.per_year.assign(period.to >= period.from ? period.years() : 0, 0);
    t.per_year_one_time = t.per_year;
    return t;
}

// Adds one measure's costs into t; the cost at which a sum overflowed, if one did.
std::optional<SourcePos> add_measure(Totals& t, const Measure& m, const PlanIndex& index,
                                     const Period& period) {
    ++t.measures;
    for (const Cost& c : m.costs) {
        auto value = cost_value(index, c);
        if (!value) continue;  // unknown rate: validate reports it
        bool ok = true;
        if (value->is_range()) {
            t.has_estimates = true;
            AmountRange& r = c.type == CostType::yearly ? t.estimated_recurring : t.estimated_one_time;
            ok = add_into(r.low, value->low) && add_into(r.high, value->high);
        } else {
            ok = add_into(c.type == CostType::yearly ? t.recurring : t.one_time, value->low);
            for (int y = std::max(c.from, period.from); ok && y <= std::min(c.to, period.to); ++y) {
                ok = add_into(t.per_year[y - period.from], value->low);
                if (ok && c.type == CostType::one_time) {
                    ok = add_into(t.per_year_one_time[y - period.from], value->low);
                }
            }
        }
        if (!ok) return c.pos;
    }
    return std::nullopt;
}

// recurring + one_time; false on overflow.
bool finish(Totals& t) {
    auto total = checked_add(t.recurring, t.one_time);
    if (!total) return false;
    t.total = *total;
    return true;
}

}  // namespace

TotalsResult compute_totals(const Plan& plan, const PlanIndex& index, const TotalsScope& scope) {
    TotalsResult result;
    result.totals = empty_totals(plan.meta.period);
    for (const Measure& m : plan.measures) {
        if (!in_scope(m, index, scope)) continue;
        result.overflow_at = add_measure(result.totals, m, index, plan.meta.period);
        if (result.overflow_at) return result;
    }
    if (!finish(result.totals)) {
        result.overflow_at = plan.measures.empty() ? SourcePos{} : plan.measures.back().pos;
    }
    return result;
}

GroupedTotals compute_grouped_totals(const Plan& plan, const PlanIndex& index) {
    GroupedTotals g;
    const Period& period = plan.meta.period;
    for (const Measure& m : plan.measures) {
        std::string unit = m.responsible.empty() ? std::string() : m.responsible.front().id;
        auto u = g.by_unit.try_emplace(unit, empty_totals(period)).first;
        add_measure(u->second, m, index, period);
        const Chapter* chapter = index.chapter_of_measure(m);
        auto c = g.by_chapter.try_emplace(chapter ? chapter->id : std::string(), empty_totals(period)).first;
        add_measure(c->second, m, index, period);
    }
    for (auto& [id, t] : g.by_unit) finish(t);
    for (auto& [id, t] : g.by_chapter) finish(t);
    return g;
}

std::vector<Amount> measure_phasing(const PlanIndex& index, const Measure& measure, const Period& period) {
    Totals t = empty_totals(period);
    add_measure(t, measure, index, period);
    return t.per_year;
}

MeasureCost measure_cost(const PlanIndex& index, const Measure& measure) {
    MeasureCost mc;
    for (const Cost& c : measure.costs) {
        auto value = cost_value(index, c);
        if (!value || value->is_range()) continue;
        Amount& target = c.type == CostType::yearly ? mc.recurring : mc.one_time;
        target = checked_add(target, value->low).value_or(target);
    }
    return mc;
}

}  // namespace legeplan
