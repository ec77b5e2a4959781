// Stage figures/: every sum and figure an output shows, computed once and overflow-checked. It
// offers the plan's figures (this header), the doctors' (doctor_figures.h), the follow-up's
// (follow_up_figures.h), the region's
// (region_sums.h) and the check of a plan's own assertions against them (assertions.h).
//
// Every figure any output shows, computed once: per cost, per measure, per responsible unit,
// per chapter, per year of the economic plan and overall, with estimates (ranges) apart.
// Renderers read these figures and never add money themselves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "figures/doctor_figures.h"
#include "figures/follow_up_figures.h"
#include "plan/diag.h"
#include "plan/model.h"
#include "plan/plan_index.h"

namespace legeplan {

// The largest sum an output can hold exactly: a workbook's numbers are doubles, exact up to
// 2^53. Every figure is kept at or below it, so int64 overflow cannot happen either.
constexpr Amount kMaxExactFigure = Amount{1} << 53;

// The kroner a cost stands for (per year for a yearly cost). nullopt when its rate is unknown
// or the product is above kMaxAmount.
std::optional<AmountRange> cost_value(const PlanIndex& index, const Cost& cost);

// The part of a joint service's gross a municipality pays: gross × percent (thousandths of a
// percent) / 100, rounded half away from zero to whole kroner.
Amount share_of(Amount gross, Milli percent);

// The funding that applies to a cost: its own, else its measure's.
Funding effective_funding(const Measure& measure, const Cost& cost);

// What a group of measures adds up to. Exact costs and estimates (ranges) are kept apart. Every
// amount is the municipality's own cost: its share of a joint service.
struct Sums {
    int measures = 0;
    Amount recurring = 0;  // exact yearly costs, per year at full run
    Amount one_time = 0;   // exact one-time costs
    Amount total = 0;      // recurring + one_time, as plans print their table's sum
    std::vector<Amount> per_year;           // exact costs falling in each year of the period
    std::vector<Amount> per_year_one_time;  // the one-time part of per_year
    Amount period_total = 0;                // the sum of per_year
    Amount period_one_time = 0;             // the sum of per_year_one_time
    // Grants beside the own figures above (only exact costs carry them), and the net: own − grants.
    Amount grants_recurring = 0;
    Amount grants_one_time = 0;
    Amount grants_total = 0;
    Amount net_recurring = 0;
    Amount net_one_time = 0;
    Amount net_total = 0;
    std::vector<Amount> grants_per_year;
    std::vector<Amount> net_per_year;
    Amount period_grants = 0;
    Amount period_net = 0;
    AmountRange estimated_recurring;        // yearly estimates
    AmountRange estimated_one_time;
    bool has_estimates = false;

    // The recurring part of a year's figure (index into per_year).
    Amount recurring_in(std::size_t year_index) const {
        return per_year[year_index] - per_year_one_time[year_index];
    }
    // The recurring part of the period's figure: the sum of recurring_in over its years.
    Amount period_recurring() const { return period_total - period_one_time; }
    bool costs_nothing() const { return recurring == 0 && one_time == 0; }
};

// One cost of a measure or one estimate of a section.
struct CostFigure {
    std::optional<AmountRange> value;  // own kroner; nullopt when the cost cannot be counted (see cost_value)
    std::vector<Amount> per_year;      // an exact cost's kroner in each year of the period
    Amount period_total = 0;           // the sum of per_year
    std::optional<AmountRange> gross;  // a shared cost's joint gross, of which value is the share
    Amount grants = 0;                 // an exact cost's grants, per year for a yearly cost
    bool implicit_grant = false;       // covered in full by its funding (state_grant, external)
    std::vector<Amount> grants_per_year;
    bool exact() const { return value && !value->is_range(); }
    Amount net() const { return exact() ? value->low - grants : 0; }
};

struct MeasureFigures {
    std::vector<CostFigure> costs;  // parallel to the measure's costs
    Sums sums;                      // the measure alone
};

// A group's sums with its key: a unit id or a chapter id ("" for measures without a unit).
struct GroupSums {
    std::string id;
    Sums sums;
};

// A section's estimate, shown apart from the measures.
struct SectionEstimate {
    std::size_t chapter = 0;  // indexes into plan.chapters and its sections and estimates
    std::size_t section = 0;
    std::size_t estimate = 0;
    CostFigure figure;
};

// Own cost, grants and net in each year of the period, with their sums over the period.
struct YearlyFinance {
    std::vector<Amount> own;
    std::vector<Amount> grants;
    std::vector<Amount> net;
    Amount own_total = 0;
    Amount grants_total = 0;
    Amount net_total = 0;
};

// The exact costs booked on one KOSTRA function ("" for costs that name none).
struct KostraFigures {
    std::string code;
    YearlyFinance years;
};

// The grants of one funder in each year: a named grant, or (name "") the income of costs
// covered in full by their funding.
struct FunderFigures {
    std::string name;
    Funding funding = Funding::state_grant;
    std::vector<Amount> per_year;
    Amount total = 0;
};

// The KOSTRA function a cost is booked on: its own, else its measure's; "" when neither says.
std::string kostra_of(const Measure& measure, const Cost& cost);

struct Figures {
    Sums overall;
    std::vector<MeasureFigures> measures;  // parallel to plan.measures
    std::vector<GroupSums> by_unit;        // lead units in the plan's order; no unit ("") last
    std::vector<GroupSums> by_chapter;     // chapters in the plan's order, those with measures
    // Every goal in the plan's order, then "" for the measures that serve none (when any). A
    // measure serving two goals counts in both, so these do not add up to overall.
    std::vector<GroupSums> by_goal;
    Sums units_total;                      // the sum of by_unit: the per-unit table's total row
    Sums chapters_total;                   // the sum of by_chapter
    std::vector<SectionEstimate> section_estimates;
    // Every estimate, of measures and of sections: what the plan argues for outside its total.
    AmountRange all_estimates_recurring;
    AmountRange all_estimates_one_time;
    std::vector<FollowUpFigures> follow_up;  // parallel to plan.follow_up
    DoctorFigures doctors;                   // the GP positions' hours and lists

    // Some exact cost is a share of a joint service or carries grants (its own or, by its
    // funding, in full): then outputs show grants and net beside the own cost.
    bool has_grants_or_shares = false;
    std::vector<KostraFigures> by_kostra;    // in code order, "" last
    std::vector<FunderFigures> by_funder;    // in the order the plan first names them
    // The exact costs by the budget they belong to (a cost's 'budget'): operating (drift) and
    // investment; the two add up to overall's own, grants and net per year.
    YearlyFinance operating;
    YearlyFinance investment;
    bool has_investment = false;             // some exact cost is booked in the investment budget

    const MeasureFigures& of(const Plan& plan, const Measure& measure) const;
    const Sums* unit(const std::string& id) const;     // null when the unit leads no measure
    const Sums* chapter(const std::string& id) const;  // null when the chapter has no measure
    const Sums* goal(const std::string& id) const;     // null when the plan has no such goal
};

// Computes every figure. Reports, located at the cost that causes it, a cost larger than
// legeplan counts and any sum larger than kMaxExactFigure (E029). sums_checked is false when
// earlier errors left gaps in the model: then only the costs are reported, not the sums.
// The figures of a plan with errors are incomplete and must not be rendered.
Figures compute_figures(const Plan& plan, const PlanIndex& index, Diagnostics& diags,
                        bool sums_checked = true);

// A key figure as one number: what a plan's figure is now, to set beside other plans' figures
// of the same kind and to draw beside its comparisons.
struct FigureValue {
    Milli value = 0;  // in thousandths
    int year = 0;     // the year it held for; 0 when the plan does not say
};

// The last year of the series; else the value when it is a number, in the year of the figure's
// date. nullopt for a table, a text or a figure with comparisons only.
std::optional<FigureValue> latest_value(const KeyFigure& figure);

}  // namespace legeplan
