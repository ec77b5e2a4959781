#include "figures/region_sums.h"

#include <algorithm>
#include <map>

#include "figures/checked_sum.h"
#include "text/money.h"
#include "text/translate.h"

namespace legeplan {

namespace {

__extension__ typedef __int128 Wide;  // GCC and Clang both have it; products of two Milli fit

// numerator / denominator (both positive) in thousandths, rounded half away from zero to
// `decimals` decimals.
Milli rounded(Wide numerator, Wide denominator, int decimals) {
    Wide step = 1;
    for (int d = decimals; d < 3; ++d) step *= 10;
    Wide units = (2 * numerator + step * denominator) / (2 * step * denominator);
    return static_cast<Milli>(units * step);
}

const FigureValue* value_of(const RegionKeyFigure& r, std::size_t plan) {
    return r.values[plan] ? &*r.values[plan] : nullptr;
}

const RegionKeyFigure* find(const std::vector<RegionKeyFigure>& all, std::string_view id) {
    for (const RegionKeyFigure& r : all) {
        if (r.kind->id == id) return &r;
    }
    return nullptr;
}

// Each plan's figure of a kind in year, whether or not any plan gives it.
RegionKeyFigure values_of(const KeyFigureKind& kind, const std::vector<const Plan*>& plans, int year) {
    RegionKeyFigure r;
    r.kind = &kind;
    for (const Plan* plan : plans) {
        std::optional<FigureValue> value;
        for (const KeyFigure& k : plan->key_figures) {
            if (k.kind == kind.id) value = value_in_year(k, year);
        }
        if (value) ++r.plans;
        r.values.push_back(value);
    }
    return r;
}

// The region figure of a sum kind, or a plain average. Validation keeps a kind's figure at most
// kMaxKindFigure, so fewer than 90 million plans cannot overflow the sum.
void sum_or_plain(RegionKeyFigure& r, bool sum) {
    Milli total = 0;
    int decimals = 0;
    for (std::size_t p = 0; p < r.values.size(); ++p) {
        if (const FigureValue* v = value_of(r, p)) {
            total += v->value;
            decimals = std::max(decimals, decimals_of(v->value));
            ++r.counted;
        }
    }
    if (r.kind->measure == FigureMeasure::count) decimals = std::min(decimals, 1);
    r.decimals = decimals;
    r.method = sum ? RegionMethod::sum : RegionMethod::plain;
    if (r.counted == 0) return;
    r.region = sum ? total : rounded(total, r.counted, decimals);
}

// A share from its counts: sum of the parts / sum of the wholes over the plans giving both,
// when every plan that gives the share gives them too. One decimal of a percent.
bool from_counts(RegionKeyFigure& r, const RegionKeyFigure* part, const RegionKeyFigure* whole) {
    if (!part || !whole) return false;
    Wide parts = 0;
    Wide wholes = 0;
    int counted = 0;
    for (std::size_t p = 0; p < r.values.size(); ++p) {
        bool both = value_of(*part, p) && value_of(*whole, p);
        if (value_of(r, p) && !both) return false;
        if (!both) continue;
        parts += value_of(*part, p)->value;
        wholes += value_of(*whole, p)->value;
        ++counted;
    }
    if (counted == 0 || wholes == 0) return false;
    r.method = RegionMethod::from_counts;
    r.counted = counted;
    r.decimals = 1;
    r.region = rounded(parts * 100 * 1000, wholes, 1);
    return true;
}

// An average weighted by another kind's counts, over the plans that give both.
bool weighted(RegionKeyFigure& r, const RegionKeyFigure* weight) {
    if (!weight) return false;
    Wide sum = 0;
    Wide weights = 0;
    int counted = 0;
    int decimals = 0;
    for (std::size_t p = 0; p < r.values.size(); ++p) {
        const FigureValue* v = value_of(r, p);
        const FigureValue* w = value_of(*weight, p);
        if (!v || !w) continue;
        sum += Wide{v->value} * w->value;
        weights += w->value;
        decimals = std::max(decimals, decimals_of(v->value));
        ++counted;
    }
    if (counted == 0 || weights == 0) return false;
    r.method = RegionMethod::weighted;
    r.counted = counted;
    r.decimals = decimals;
    r.region = rounded(sum, weights, decimals);
    return true;
}

}  // namespace

YearCosts costs_in_year(const Plan& plan, const Figures& figures, int year) {
    const Sums& s = figures.overall;
    std::size_t i = static_cast<std::size_t>(year - plan.meta.period.from);
    YearCosts c;
    c.measures = s.measures;
    if (year < plan.meta.period.from || i >= s.per_year.size()) return c;
    c.total = s.per_year[i];
    c.one_time = s.per_year_one_time[i];
    c.recurring = s.recurring_in(i);
    bool grants = figures.has_grants_or_shares && i < s.grants_per_year.size() && i < s.net_per_year.size();
    c.grants = grants ? s.grants_per_year[i] : 0;
    c.net = grants ? s.net_per_year[i] : c.total;
    return c;
}

RegionSums compute_region_sums(const std::vector<YearCosts>& plans, const std::vector<bool>& with_grants,
                               Diagnostics& diags) {
    RegionSums sums;
    CheckedSum checked;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const YearCosts& c = plans[p];
        ++sums.plans;
        sums.measures += c.measures;
        checked.add(sums.recurring, c.recurring, {});
        checked.add(sums.one_time, c.one_time, {});
        checked.add(sums.total, c.total, {});
        checked.add(sums.net_total, c.net, {});
        if (p < with_grants.size() && with_grants[p]) {
            sums.has_grants = true;
            checked.add(sums.grants_total, c.grants, {});
        }
    }
    if (checked.exceeded()) {
        diags.report(DiagnosticKind::amount_overflow, {},
                     fill(tr("the plans' costs add up to more than {amount} kr, the largest sum a spreadsheet holds "
                             "exactly"),
                          {{"amount", format_amount(kMaxExactFigure)}}),
                     tr("check each plan's total with 'legeplan validate'"));
    }
    return sums;
}

std::optional<FigureValue> value_in_year(const KeyFigure& figure, int year) {
    if (!figure.series.empty()) {
        std::optional<FigureValue> found;
        for (const KeyFigurePoint& point : figure.series) {
            if (point.year <= year) found = FigureValue{point.value, point.year};
        }
        return found;
    }
    auto value = latest_value(figure);
    if (value && value->year > year) return std::nullopt;
    return value;
}

bool is_old_figure(const FigureValue& value, int year) {
    return value.year != 0 && year - value.year > kOldFigureYears;
}

int decimals_of(Milli value) {
    if (value % 1000 == 0) return 0;
    if (value % 100 == 0) return 1;
    if (value % 10 == 0) return 2;
    return 3;
}

std::vector<RegionKeyFigure> region_key_figures(const std::vector<const Plan*>& plans, int year) {
    std::vector<RegionKeyFigure> all;
    for (const KeyFigureKind& kind : key_figure_kinds()) all.push_back(values_of(kind, plans, year));
    std::vector<RegionKeyFigure> out;
    for (const RegionKeyFigure& given : all) {
        if (given.plans == 0) continue;
        RegionKeyFigure r = given;
        const KeyFigureKind& kind = *r.kind;
        const RegionKeyFigure* weight = kind.weight.empty() ? nullptr : find(all, kind.weight);
        switch (kind.region) {
            case RegionRule::sum: sum_or_plain(r, true); break;
            case RegionRule::share:
                if (!from_counts(r, find(all, kind.numerator), weight) && !weighted(r, weight)) sum_or_plain(r, false);
                break;
            case RegionRule::average:
                if (!weighted(r, weight)) sum_or_plain(r, false);
                break;
        }
        out.push_back(std::move(r));
    }
    return out;
}

int common_figure_year(const std::vector<RegionKeyFigure>& figures) {
    std::map<int, int> count;
    for (const RegionKeyFigure& k : figures) {
        for (const auto& v : k.values) {
            if (v && v->year != 0) ++count[v->year];
        }
    }
    int best = 0;
    int most = 0;
    for (const auto& [year, n] : count) {
        if (n >= most) {
            best = year;
            most = n;
        }
    }
    return best;
}

void count_plans(Overview& overview, const std::vector<OverviewPlan>& valid, Diagnostics& diags) {
    std::vector<const Plan*> counted;
    std::vector<YearCosts> costs;
    std::vector<bool> with_grants;
    for (const OverviewPlan& p : valid) {
        if (!p.plan->meta.period.contains(overview.year)) {
            overview.outside.push_back(p);
            continue;
        }
        OverviewPlan in = p;
        in.year = costs_in_year(*p.plan, *p.figures, overview.year);
        overview.plans.push_back(in);
        counted.push_back(p.plan);
        costs.push_back(in.year);
        with_grants.push_back(p.figures->has_grants_or_shares);
    }
    overview.sums = compute_region_sums(costs, with_grants, diags);
    overview.key_figures = region_key_figures(counted, overview.year);
    overview.figure_year = common_figure_year(overview.key_figures);
}

int overview_default_year(const std::vector<const Plan*>& plans) {
    std::map<int, int> covering;
    for (const Plan* plan : plans) {
        for (int y = plan->meta.period.from; y <= plan->meta.period.to; ++y) ++covering[y];
    }
    int best = 0;
    int most = 0;
    for (const auto& [year, n] : covering) {
        if (n > most) {
            best = year;
            most = n;
        }
    }
    return best;
}

}  // namespace legeplan
