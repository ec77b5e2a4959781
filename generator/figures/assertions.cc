#include "figures/assertions.h"

#include "figures/checked_sum.h"
#include "text/translate.h"

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

// The asserted figure as computed, with its name for the message (translated where shown).
struct Computed {
    Amount value = 0;
    const char* name = "";
};

// The message for each scope an assertion may have: for a unit (4), in a chapter (2), in a year
// (1) added up to the index.
constexpr const char* kFailed[8] = {
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} is {value}, the plan states {expected} (difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} in {year} is {value}, the plan states {expected} (difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} in chapter '{chapter}' is {value}, the plan states {expected} "
                 "(difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} in chapter '{chapter}' in {year} is {value}, the plan states {expected} "
                 "(difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} for unit '{unit}' is {value}, the plan states {expected} "
                 "(difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} for unit '{unit}' in {year} is {value}, the plan states {expected} "
                 "(difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} for unit '{unit}' in chapter '{chapter}' is {value}, the plan states "
                 "{expected} (difference {difference})"),
    // TRANSLATORS: {what} is the figure checked, e.g. "total"; {value}, {expected} and {difference} are amounts such as "150 000 kr", or counts.
    gettext_noop("assertion failed: {what} for unit '{unit}' in chapter '{chapter}' in {year} is {value}, the "
                 "plan states {expected} (difference {difference})"),
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
        // TRANSLATORS: the figure an assertion checks, {what} in "assertion failed: {what} is {value}, …".
        case AssertedFigure::total: return {recurring + one_time, gettext_noop("total")};
        case AssertedFigure::recurring: return {recurring, gettext_noop("recurring cost")};
        case AssertedFigure::one_time: return {one_time, gettext_noop("one-time cost")};
        case AssertedFigure::measures: return {count, gettext_noop("number of measures")};
        case AssertedFigure::net: return {net, gettext_noop("net cost")};
        case AssertedFigure::grants: return {grants, gettext_noop("grants")};
    }
    return {};
}

}  // namespace

void check_assertions(const Plan& plan, const PlanIndex& index, const Figures& figures,
                      Diagnostics& diags) {
    for (const Assertion& a : plan.assertions) {
        Computed computed = computed_figure(a, plan, index, figures);
        if (computed.value == a.expected) continue;
        bool count = a.figure == AssertedFigure::measures;
        // TRANSLATORS: an amount of money in kroner, e.g. "150 000 kr" or "+50 000 kr".
        auto shown = [&](const std::string& amount) { return count ? amount : fill(tr("{amount} kr"), {{"amount", amount}}); };
        Amount diff = computed.value - a.expected;
        std::size_t scope = (a.unit ? 4 : 0) + (a.chapter ? 2 : 0) + (a.year ? 1 : 0);
        diags.report(DiagnosticKind::assertion_failed, a.pos,
                    fill(tr(kFailed[scope]),
                         {{"what", *computed.name ? tr(computed.name) : std::string()},  // tr("") would be the catalog's header
                          {"unit", a.unit ? a.unit->id : std::string()},
                          {"chapter", a.chapter ? a.chapter->id : std::string()},
                          {"year", a.year ? *a.year : 0},
                          {"value", shown(format_amount(computed.value))},
                          {"expected", shown(format_amount(a.expected))},
                          {"difference", shown((diff > 0 ? "+" : "") + format_amount(diff))}}));
    }
}

}  // namespace legeplan
