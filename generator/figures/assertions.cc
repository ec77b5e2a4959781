#include "figures/assertions.h"

#include "figures/checked_sum.h"

#include <optional>
#include <vector>
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
        default: break;  // the doctors' figures: check_doctor_assertion
    }
    return {};
}

// The doctors' figure an assertion states, as documents show it; nullopt when the plan lacks what
// it is computed from, said then in why_not.
struct DoctorComputed {
    std::optional<Decimal> value;
    const char* name = "";
    std::string why_not;
    std::string hint;
};

const char* const kNeedsListedPatients =
    // TRANSLATORS: {what} is the figure checked, e.g. "corrected list length".
    gettext_noop("assertion cannot hold: {what} is computed from the persons on GP lists, and the plan has no key "
                 "figure of kind 'listed_patients'");

DoctorComputed computed_doctor_figure(const Assertion& a, const PlanIndex& index, const Plan& plan,
                                      const DoctorFigures& f) {
    auto count = [](std::optional<std::int64_t> v) {
        return v ? std::optional<Decimal>(Decimal{*v, 0}) : std::nullopt;
    };
    const std::string listed_hint = tr("add a key figure with 'kind: listed_patients' and its value");
    switch (a.figure) {
        // TRANSLATORS: the figure an assertion checks, {what} in "assertion failed: {what} is {value}, …".
        case AssertedFigure::list_ceilings: return {Decimal{f.list_ceilings, 0}, gettext_noop("sum of list ceilings"), {}, {}};
        case AssertedFigure::gp_fte: return {f.gp_fte, gettext_noop("GP FTE"), {}, {}};
        case AssertedFigure::curative_fte: return {f.curative_fte, gettext_noop("curative FTE"), {}, {}};
        case AssertedFigure::patients_per_curative_fte: {
            DoctorComputed c{count(f.patients_per_curative_fte), gettext_noop("listed patients per curative FTE"), {}, {}};
            if (!f.listed_patients) {
                c.why_not = fill(tr(kNeedsListedPatients), {{"what", tr(c.name)}});
                c.hint = listed_hint;
            } else if (!c.value) {
                c.why_not = tr("assertion cannot hold: the plan's doctors have no curative hours");
            }
            return c;
        }
        case AssertedFigure::corrected_list_length: {
            DoctorComputed c{count(f.corrected_list_length), gettext_noop("corrected list length"), {}, {}};
            if (!f.listed_patients) {
                c.why_not = fill(tr(kNeedsListedPatients), {{"what", tr(c.name)}});
                c.hint = listed_hint;
            } else if (!c.value) {
                c.why_not = tr("assertion cannot hold: none of the plan's doctors has a list ceiling");
            }
            return c;
        }
        case AssertedFigure::list_per_curative_day: {
            DoctorComputed c{std::nullopt, gettext_noop("list per curative day"), {}, {}};
            auto found = index.doctors.find(a.doctor->id);
            if (found == index.doctors.end()) return c;  // validate has said so (E021)
            const Doctor& d = *found->second;
            const DoctorFigure& df = f.doctors.at(static_cast<std::size_t>(&d - plan.doctors.data()));
            c.value = count(df.list_per_curative_day);
            if (!d.list_ceiling) {
                c.why_not = fill(tr("assertion cannot hold: doctor '{doctor}' has no 'list_ceiling'"),
                                 {{"doctor", d.id}});
            } else if (!c.value) {
                c.why_not = fill(tr("assertion cannot hold: doctor '{doctor}' has no curative hours"),
                                 {{"doctor", d.id}});
            }
            return c;
        }
        default: break;
    }
    return {};
}

// The stated figure in the decimals the computed one is shown with.
Decimal stated(const Assertion& a, int decimals) {
    if (decimals == 0) return {a.expected, 0};
    std::int64_t per = 1;
    for (int i = decimals; i < 3; ++i) per *= 10;
    return {a.expected / per, decimals};  // build_model allows no more decimals than shown
}

void check_doctor_assertion(const Assertion& a, const Plan& plan, const PlanIndex& index,
                            const DoctorFigures& figures, Diagnostics& diags) {
    DoctorComputed computed = computed_doctor_figure(a, index, plan, figures);
    if (!computed.value) {
        // An unknown doctor has its E021 from validate, and then no assertion is checked.
        if (!computed.why_not.empty()) {
            diags.report(DiagnosticKind::assertion_failed, a.pos, computed.why_not, computed.hint);
        }
        return;
    }
    Decimal expected = stated(a, computed.value->decimals);
    if (expected == *computed.value) return;
    int decimals = computed.value->decimals;
    std::int64_t diff = computed.value->value - expected.value;
    std::string value = point_text(computed.value->value, decimals, false);
    std::string shown_expected = point_text(expected.value, decimals, false);
    std::string difference = (diff > 0 ? "+" : "") + point_text(diff, decimals, false);
    if (a.figure == AssertedFigure::list_per_curative_day) {
        // TRANSLATORS: {what} is the figure checked, e.g. "list per curative day"; {value}, {expected} and {difference} are numbers.
        diags.report(DiagnosticKind::assertion_failed, a.pos,
                     fill(tr("assertion failed: {what} for doctor '{doctor}' is {value}, the plan states {expected} "
                             "(difference {difference})"),
                          {{"what", tr(computed.name)}, {"doctor", a.doctor->id}, {"value", value},
                           {"expected", shown_expected}, {"difference", difference}}));
        return;
    }
    diags.report(DiagnosticKind::assertion_failed, a.pos,
                 fill(tr(kFailed[0]), {{"what", tr(computed.name)}, {"value", value},
                                       {"expected", shown_expected}, {"difference", difference}}));
}

}  // namespace

void check_assertions(const Plan& plan, const PlanIndex& index, const Figures& figures,
                      Diagnostics& diags) {
    for (const Assertion& a : plan.assertions) {
        if (a.figure > AssertedFigure::grants) {
            check_doctor_assertion(a, plan, index, figures.doctors, diags);
            continue;
        }
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
