#include "figures/figures.h"

#include <algorithm>
#include <map>
#include <set>

#include "figures/checked_sum.h"
#include "plan/key_figure_kinds.h"
#include "text/translate.h"

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

Amount share_of(Amount gross, Milli percent) {
    // gross × percent may not fit in 64 bits (10^15 × 10^5), so the gross is split at 100 000:
    // both parts' products do, and only the remainder's needs rounding. Amounts are never negative.
    Amount whole = gross / 100'000;
    Amount rest = gross % 100'000;
    return whole * percent + (rest * percent + 50'000) / 100'000;
}

Funding effective_funding(const Measure& measure, const Cost& cost) {
    return cost.funding != Funding::none ? cost.funding : measure.funding;
}

std::string kostra_of(const Measure& measure, const Cost& cost) {
    if (cost.kostra) return cost.kostra->id;
    return measure.kostra ? measure.kostra->id : std::string();
}

const MeasureFigures& Figures::of(const Plan& plan, const Measure& measure) const {
    return measures.at(static_cast<std::size_t>(&measure - plan.measures.data()));
}

namespace {

const Sums* find_group(const std::vector<GroupSums>& groups, const std::string& id) {
    auto found = std::find_if(groups.begin(), groups.end(), [&](const GroupSums& g) { return g.id == id; });
    return found == groups.end() ? nullptr : &found->sums;
}

}  // namespace

const Sums* Figures::unit(const std::string& id) const { return find_group(by_unit, id); }
const Sums* Figures::chapter(const std::string& id) const { return find_group(by_chapter, id); }
const Sums* Figures::goal(const std::string& id) const { return find_group(by_goal, id); }

namespace {

Sums empty_sums(const Period& period) {
    Sums s;
    s.per_year.assign(period.to >= period.from ? static_cast<std::size_t>(period.years()) : 0, 0);
    s.per_year_one_time = s.per_year;
    s.grants_per_year = s.per_year;
    s.net_per_year = s.per_year;
    return s;
}

// One cost's phasing, and its figures added into its measure's sums.
void add_cost(Sums& s, CostFigure& figure, const Cost& c, const Period& period, CheckedSum& sum) {
    const AmountRange& value = *figure.value;
    if (value.is_range()) {
        s.has_estimates = true;
        AmountRange& r = c.type == CostType::yearly ? s.estimated_recurring : s.estimated_one_time;
        sum.add(r.low, value.low, c.pos);
        sum.add(r.high, value.high, c.pos);
        return;
    }
    bool yearly = c.type == CostType::yearly;
    Amount net = figure.net();
    sum.add(yearly ? s.recurring : s.one_time, value.low, c.pos);
    sum.add(yearly ? s.grants_recurring : s.grants_one_time, figure.grants, c.pos);
    sum.add(yearly ? s.net_recurring : s.net_one_time, net, c.pos);
    figure.per_year.assign(s.per_year.size(), 0);
    figure.grants_per_year.assign(s.per_year.size(), 0);
    for (int y = std::max(c.from, period.from); y <= std::min(c.to, period.to); ++y) {
        auto i = static_cast<std::size_t>(y - period.from);
        figure.per_year[i] = value.low;
        figure.grants_per_year[i] = figure.grants;
        sum.add(figure.period_total, value.low, c.pos);
        sum.add(s.per_year[i], value.low, c.pos);
        sum.add(s.period_total, value.low, c.pos);
        sum.add(s.grants_per_year[i], figure.grants, c.pos);
        sum.add(s.period_grants, figure.grants, c.pos);
        sum.add(s.net_per_year[i], net, c.pos);
        sum.add(s.period_net, net, c.pos);
        if (c.type == CostType::one_time) {
            sum.add(s.per_year_one_time[i], value.low, c.pos);
            sum.add(s.period_one_time, value.low, c.pos);
        }
    }
}

// A shared cost's value becomes the municipality's part of it; the joint gross is kept beside.
void apply_share(CostFigure& figure, const Cost& c) {
    if (!c.share) return;
    figure.gross = figure.value;
    figure.value = AmountRange{share_of(figure.gross->low, c.share->percent),
                               share_of(figure.gross->high, c.share->percent)};
}

// The grants of an exact cost: those it lists, or its whole own amount when its funding is a
// state grant or external money. False (and E043 reported at the grant that goes beyond) when
// they add up to more than the own cost. An estimate's grants are checked against its low end.
bool add_grants(CostFigure& figure, const Measure& m, const Cost& c, CheckedSum& sum, Diagnostics& diags) {
    const AmountRange& own = *figure.value;
    Amount grants = 0;
    for (const Grant& g : c.grants) {
        sum.add(grants, g.amount, g.pos);
        if (grants <= own.low) continue;
        bool yearly = c.type == CostType::yearly;
        bool share = c.share && figure.gross;
        const char* message;
        if (yearly && share) {
            // TRANSLATORS: {grants} and {own} are amounts in kroner; {percent} is the municipality's share of the whole cost, {gross}.
            // xgettext:no-c-format
            message = gettext_noop("the grants of this cost add up to {grants} kr a year, more than the {own} kr a year "
                                   "the municipality pays (its share, {percent} % of {gross} kr)");
        } else if (yearly) {
            message = gettext_noop("the grants of this cost add up to {grants} kr a year, more than the {own} kr a year "
                                   "the municipality pays");
        } else if (share) {
            // TRANSLATORS: {grants} and {own} are amounts in kroner; {percent} is the municipality's share of the whole cost, {gross}.
            // xgettext:no-c-format
            message = gettext_noop("the grants of this cost add up to {grants} kr, more than the {own} kr the "
                                   "municipality pays (its share, {percent} % of {gross} kr)");
        } else {
            message = gettext_noop("the grants of this cost add up to {grants} kr, more than the {own} kr the "
                                   "municipality pays");
        }
        diags.report(DiagnosticKind::grants_exceed_cost, g.pos,
                     fill(tr(message), {{"grants", format_amount(grants)},
                                        {"own", format_amount(own.low)},
                                        {"percent", share ? format_milli(c.share->percent) : std::string()},
                                        {"gross", share ? format_amount(figure.gross->low) : std::string()}}),
                     tr("grants cover at most what the municipality itself pays for the cost; lower them"));
        return false;
    }
    if (c.grants.empty()) {
        Funding funding = effective_funding(m, c);
        figure.implicit_grant = funding == Funding::state_grant || funding == Funding::external;
        if (figure.implicit_grant) grants = own.low;
    }
    if (!own.is_range()) figure.grants = grants;
    return true;
}

MeasureFigures measure_figures(const Measure& m, const PlanIndex& index, const Period& period,
                               CheckedSum& sum, Diagnostics& diags) {
    MeasureFigures mf;
    mf.sums = empty_sums(period);
    mf.sums.measures = 1;
    for (const Cost& c : m.costs) {
        CostFigure figure;
        figure.value = cost_value(index, c);
        bool rate_known = !c.rate || index.rates.count(c.rate->id);
        if (!figure.value && rate_known) report_too_large_cost(c, diags);
        if (figure.value) {
            apply_share(figure, c);
            if (!add_grants(figure, m, c, sum, diags)) figure.grants = 0;
            add_cost(mf.sums, figure, c, period, sum);
        }
        mf.costs.push_back(figure);
    }
    sum.add(mf.sums.total, mf.sums.recurring, m.pos);
    sum.add(mf.sums.total, mf.sums.one_time, m.pos);
    sum.add(mf.sums.grants_total, mf.sums.grants_recurring, m.pos);
    sum.add(mf.sums.grants_total, mf.sums.grants_one_time, m.pos);
    sum.add(mf.sums.net_total, mf.sums.net_recurring, m.pos);
    sum.add(mf.sums.net_total, mf.sums.net_one_time, m.pos);
    return mf;
}

// Adds one measure's sums into a group's (or the plan's).
void add_sums(Sums& into, const Sums& s, SourcePos pos, CheckedSum& sum) {
    into.measures += s.measures;
    sum.add(into.recurring, s.recurring, pos);
    sum.add(into.one_time, s.one_time, pos);
    sum.add(into.total, s.total, pos);
    for (std::size_t i = 0; i < into.per_year.size(); ++i) {
        sum.add(into.per_year[i], s.per_year[i], pos);
        sum.add(into.per_year_one_time[i], s.per_year_one_time[i], pos);
        sum.add(into.grants_per_year[i], s.grants_per_year[i], pos);
        sum.add(into.net_per_year[i], s.net_per_year[i], pos);
    }
    sum.add(into.period_total, s.period_total, pos);
    sum.add(into.period_one_time, s.period_one_time, pos);
    sum.add(into.grants_recurring, s.grants_recurring, pos);
    sum.add(into.grants_one_time, s.grants_one_time, pos);
    sum.add(into.grants_total, s.grants_total, pos);
    sum.add(into.net_recurring, s.net_recurring, pos);
    sum.add(into.net_one_time, s.net_one_time, pos);
    sum.add(into.net_total, s.net_total, pos);
    sum.add(into.period_grants, s.period_grants, pos);
    sum.add(into.period_net, s.period_net, pos);
    sum.add(into.estimated_recurring.low, s.estimated_recurring.low, pos);
    sum.add(into.estimated_recurring.high, s.estimated_recurring.high, pos);
    sum.add(into.estimated_one_time.low, s.estimated_one_time.low, pos);
    sum.add(into.estimated_one_time.high, s.estimated_one_time.high, pos);
    into.has_estimates = into.has_estimates || s.has_estimates;
}

// The group with this id, appended (with empty sums) the first time it is asked for.
Sums& group(std::vector<GroupSums>& groups, const std::string& id, const Period& period) {
    for (GroupSums& g : groups) {
        if (g.id == id) return g.sums;
    }
    groups.push_back({id, empty_sums(period)});
    return groups.back().sums;
}

// Groups in the order their ids appear in items; the rest (only "", measures without a unit)
// after them.
template <typename Items>
void order_groups(std::vector<GroupSums>& groups, const Items& items) {
    std::map<std::string, std::size_t> rank;
    for (const auto& item : items) rank.emplace(item.id, rank.size());
    auto rank_of = [&](const GroupSums& g) {
        auto found = rank.find(g.id);
        return found == rank.end() ? rank.size() : found->second;
    };
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const GroupSums& a, const GroupSums& b) { return rank_of(a) < rank_of(b); });
}

void add_section_estimates(Figures& f, const Plan& plan, const PlanIndex& index, CheckedSum& sum,
                           Diagnostics& diags) {
    for (std::size_t c = 0; c < plan.chapters.size(); ++c) {
        const Chapter& chapter = plan.chapters[c];
        for (std::size_t s = 0; s < chapter.sections.size(); ++s) {
            const std::vector<Cost>& estimates = chapter.sections[s].estimates;
            for (std::size_t e = 0; e < estimates.size(); ++e) {
                const Cost& cost = estimates[e];
                SectionEstimate estimate{c, s, e, {}};
                estimate.figure.value = cost_value(index, cost);
                bool rate_known = !cost.rate || index.rates.count(cost.rate->id);
                if (!estimate.figure.value && rate_known) report_too_large_cost(cost, diags);
                if (estimate.figure.value) {
                    AmountRange& r = cost.type == CostType::yearly ? f.all_estimates_recurring
                                                                   : f.all_estimates_one_time;
                    sum.add(r.low, estimate.figure.value->low, cost.pos);
                    sum.add(r.high, estimate.figure.value->high, cost.pos);
                }
                f.section_estimates.push_back(estimate);
            }
        }
    }
}

// Each goal's measures, each counted once per goal however often it names the goal.
void add_goal_sums(Figures& f, const Plan& plan, const Period& period, CheckedSum& sum) {
    if (plan.goals.empty()) return;
    for (const Goal& g : plan.goals) group(f.by_goal, g.id, period);
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        const Measure& m = plan.measures[i];
        std::set<std::string> goals;
        for (const Ref& g : m.goals) goals.insert(g.id);
        if (goals.empty()) goals.insert("");
        for (const std::string& id : goals) add_sums(group(f.by_goal, id, period), f.measures[i].sums, m.pos, sum);
    }
    order_groups(f.by_goal, plan.goals);
}

YearlyFinance empty_finance(std::size_t years) {
    return {std::vector<Amount>(years, 0), std::vector<Amount>(years, 0), std::vector<Amount>(years, 0), 0, 0, 0};
}

// Each exact cost's own, grants and net per year, by the KOSTRA function it is booked on; and
// each funder's grants per year.
void add_booking_sums(Figures& f, const Plan& plan, const Period& period, CheckedSum& sum) {
    std::size_t years = f.overall.per_year.size();
    std::map<std::string, YearlyFinance> kostra;
    f.operating = empty_finance(years);
    f.investment = empty_finance(years);
    for (std::size_t m = 0; m < plan.measures.size(); ++m) {
        const Measure& measure = plan.measures[m];
        for (std::size_t c = 0; c < measure.costs.size(); ++c) {
            const Cost& cost = measure.costs[c];
            const CostFigure& figure = f.measures[m].costs[c];
            if (!figure.exact() || figure.per_year.size() != years) continue;
            auto [it, added] = kostra.emplace(kostra_of(measure, cost), empty_finance(years));
            bool investment = cost.budget == BudgetKind::investment;
            f.has_investment = f.has_investment || investment;
            for (YearlyFinance* k : {&it->second, investment ? &f.investment : &f.operating}) {
                for (std::size_t y = 0; y < years; ++y) {
                    Amount own = figure.per_year[y];
                    Amount grants = figure.grants_per_year[y];
                    sum.add(k->own[y], own, cost.pos);
                    sum.add(k->grants[y], grants, cost.pos);
                    sum.add(k->net[y], own - grants, cost.pos);
                    sum.add(k->own_total, own, cost.pos);
                    sum.add(k->grants_total, grants, cost.pos);
                    sum.add(k->net_total, own - grants, cost.pos);
                }
            }
            struct Income {
                std::string name;
                Funding funding;
                Amount amount;
            };
            std::vector<Income> incomes;
            if (figure.implicit_grant) incomes.push_back({"", effective_funding(measure, cost), figure.grants});
            for (const Grant& g : cost.grants) incomes.push_back({g.name, g.funding, g.amount});
            for (const Income& income : incomes) {
                auto found = std::find_if(f.by_funder.begin(), f.by_funder.end(), [&income](const FunderFigures& x) {
                    return x.name == income.name && x.funding == income.funding;
                });
                if (found == f.by_funder.end()) {
                    f.by_funder.push_back({income.name, income.funding, std::vector<Amount>(years, 0), 0});
                    found = f.by_funder.end() - 1;
                }
                for (int year = std::max(cost.from, period.from); year <= std::min(cost.to, period.to); ++year) {
                    auto y = static_cast<std::size_t>(year - period.from);
                    sum.add(found->per_year[y], income.amount, cost.pos);
                    sum.add(found->total, income.amount, cost.pos);
                }
            }
        }
    }
    for (auto& [code, finance] : kostra) {
        if (!code.empty()) f.by_kostra.push_back({code, std::move(finance)});
    }
    if (kostra.count("")) f.by_kostra.push_back({"", std::move(kostra[""])});
}

}  // namespace

Figures compute_figures(const Plan& plan, const PlanIndex& index, Diagnostics& diags, bool sums_checked) {
    const Period& period = plan.meta.period;
    Figures f;
    f.overall = empty_sums(period);
    CheckedSum sum;
    for (const Measure& m : plan.measures) {
        f.measures.push_back(measure_figures(m, index, period, sum, diags));
        for (std::size_t i = 0; i < m.costs.size(); ++i) {
            const CostFigure& c = f.measures.back().costs[i];
            if (c.exact() && (c.gross || c.grants > 0)) f.has_grants_or_shares = true;
        }
        const Sums& ms = f.measures.back().sums;
        add_sums(f.overall, ms, m.pos, sum);
        add_sums(group(f.by_unit, m.responsible.empty() ? std::string() : m.responsible.front().id, period),
                 ms, m.pos, sum);
        if (const Chapter* chapter = index.chapter_of_measure(m)) {
            add_sums(group(f.by_chapter, chapter->id, period), ms, m.pos, sum);
        }
    }
    order_groups(f.by_unit, plan.units);
    order_groups(f.by_chapter, plan.chapters);
    add_goal_sums(f, plan, period, sum);
    f.units_total = empty_sums(period);
    for (const GroupSums& g : f.by_unit) add_sums(f.units_total, g.sums, {}, sum);
    f.chapters_total = empty_sums(period);
    for (const GroupSums& g : f.by_chapter) add_sums(f.chapters_total, g.sums, {}, sum);
    add_booking_sums(f, plan, period, sum);
    add_section_estimates(f, plan, index, sum, diags);
    sum.add(f.all_estimates_recurring.low, f.overall.estimated_recurring.low, {});
    sum.add(f.all_estimates_recurring.high, f.overall.estimated_recurring.high, {});
    sum.add(f.all_estimates_one_time.low, f.overall.estimated_one_time.low, {});
    sum.add(f.all_estimates_one_time.high, f.overall.estimated_one_time.high, {});
    f.follow_up = follow_up_figures(plan, f.measures, sum);
    if (sums_checked) sum.report(diags);
    // A doctor's hours that failed to read are missing from its sums: the hours are checked
    // against the position only when nothing was left out.
    f.doctors = compute_doctor_figures(plan);
    return f;
}

std::optional<FigureValue> latest_value(const KeyFigure& figure) {
    if (!figure.series.empty()) return FigureValue{figure.series.back().value, figure.series.back().year};
    if (figure.table || figure.value.empty()) return std::nullopt;
    auto value = key_figure_number(figure.value);
    if (!value) return std::nullopt;
    return FigureValue{*value, figure.date ? figure.date->year : 0};
}

}  // namespace legeplan
