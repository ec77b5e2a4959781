#include "totals.h"

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

TotalsResult compute_totals(const Plan& plan, const PlanIndex& index, const TotalsScope& scope) {
    TotalsResult result;
    Totals& t = result.totals;
    const Period& period = plan.meta.period;
    t.per_year.assign(period.to >= period.from ? period.years() : 0, 0);
    t.per_year_one_time = t.per_year;
    for (const Measure& m : plan.measures) {
        if (!in_scope(m, index, scope)) continue;
        ++t.measures;
        for (const Cost& c : m.costs) {
            auto value = cost_value(index, c);
            if (!value) continue;  // unknown rate: validate reports it
            bool ok = true;
            if (value->is_range()) {
                t.has_estimates = true;
                AmountRange& r = c.type == CostType::yearly ? t.estimated_recurring
                                                            : t.estimated_one_time;
                ok = add_into(r.low, value->low) && add_into(r.high, value->high);
            } else {
                ok = add_into(c.type == CostType::yearly ? t.recurring : t.one_time, value->low);
                for (int y = c.from; ok && y <= c.to; ++y) {
                    if (!period.contains(y)) continue;
                    ok = add_into(t.per_year[y - period.from], value->low);
                    if (ok && c.type == CostType::one_time) {
                        ok = add_into(t.per_year_one_time[y - period.from], value->low);
                    }
                }
            }
            if (!ok) {
                result.overflow_at = c.pos;
                return result;
            }
        }
    }
    auto total = checked_add(t.recurring, t.one_time);
    if (!total) {
        result.overflow_at = plan.measures.empty() ? SourcePos{} : plan.measures.back().pos;
        return result;
    }
    t.total = *total;
    return result;
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
