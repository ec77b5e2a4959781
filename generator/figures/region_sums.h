// The figures of a regional overview: several municipalities' plans, each with its own figures,
// set side by side for one year. Costs are each plan's figure for that year from its phasing,
// added up the same overflow-checked way a plan's own costs are; plans whose period does not
// cover the year are set apart. Key figures are each plan's for that year or the latest before
// it; a kind's region figure is a sum, a share from the counts behind it, or an average
// (weighted where a count weighs it), rounded to the precision of its inputs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "plan/key_figure_kinds.h"
#include "plan/diag.h"

namespace legeplan {

// A key figure more than this many years older than the overview's year is flagged as old.
inline constexpr int kOldFigureYears = 3;

// A plan's costs in one year of its period, from its phasing (Sums::per_year): what it pays
// that year, the one-time part of it, the rest, and (for a plan with grants or a shared
// service) the grants and the net.
struct YearCosts {
    int measures = 0;      // the plan's measures, whatever year they cost in
    Amount recurring = 0;  // the year's cost less its one-time part
    Amount one_time = 0;
    Amount total = 0;
    Amount grants = 0;
    Amount net = 0;        // total − grants; the total for a plan without grants
};

// The costs of a plan whose period covers year.
YearCosts costs_in_year(const Plan& plan, const Figures& figures, int year);

struct RegionSums {
    int plans = 0;       // the plans counted (valid ones whose period covers the year)
    int measures = 0;
    Amount recurring = 0;
    Amount one_time = 0;
    Amount total = 0;
    bool has_grants = false;  // some plan shows grants and net beside its own cost
    Amount grants_total = 0;
    Amount net_total = 0;
};

// Adds up the plans' costs in the year. A sum beyond kMaxExactFigure is reported (E029, without
// a position: it belongs to no single plan), and the sums are then incomplete. with_grants:
// per plan, whether it shows grants (Figures::has_grants_or_shares).
RegionSums compute_region_sums(const std::vector<YearCosts>& plans, const std::vector<bool>& with_grants,
                               Diagnostics& diags);

// A key figure's value in year: the series' point for that year or the latest before it; a
// single value dated that year or before, or undated (year 0). nullopt when it has none by then.
std::optional<FigureValue> value_in_year(const KeyFigure& figure, int year);

// Whether a figure is more than kOldFigureYears older than the overview's year.
bool is_old_figure(const FigureValue& value, int year);

// How a kind's region figure is formed.
enum class RegionMethod {
    sum,           // the sum of the municipalities' figures
    from_counts,   // a share: the sum of the part's counts over the sum of the whole's
    weighted,      // an average weighted by the count of the kind's weight
    plain,         // an average of the municipalities' figures, nothing weighing them
};

// One standard kind across the region: each plan's figure in the year and the region's.
struct RegionKeyFigure {
    const KeyFigureKind* kind = nullptr;
    std::vector<std::optional<FigureValue>> values;  // per plan, in the plans' order
    int plans = 0;                                   // the plans that give it
    RegionMethod method = RegionMethod::sum;
    std::optional<Milli> region;  // thousandths, rounded half away from zero to `decimals`; none when nothing counts
    int decimals = 0;             // what the region figure shows: the inputs' precision
    int counted = 0;              // the plans the region figure counts
};

// The kinds any of the plans gives in year, in the order of the list of kinds.
std::vector<RegionKeyFigure> region_key_figures(const std::vector<const Plan*>& plans, int year);

// The decimals a number in thousandths needs: 12000 → 0, 14300 → 1, 97250 → 2.
int decimals_of(Milli value);

// A valid plan and its figures, with its costs in the overview's year.
struct OverviewPlan {
    const Plan* plan = nullptr;
    const Figures* figures = nullptr;
    YearCosts year;
};

// A plan that could not be counted: the path given and its errors, each one line
// ("path:line: E012 message").
struct InvalidPlan {
    std::string path;
    std::vector<std::string> errors;
};

struct Overview {
    std::string region;  // the region's name; empty when not given
    std::string title;   // empty: the labels' overview_title
    Date date;           // the overview's date
    int year = 0;        // the year the overview is for
    std::vector<OverviewPlan> plans;     // valid plans covering the year, in the order given
    std::vector<OverviewPlan> outside;   // valid plans whose period does not cover the year
    std::vector<InvalidPlan> invalid;
    RegionSums sums;                     // of plans only
    std::vector<RegionKeyFigure> key_figures;  // the standard kinds the plans give
    int figure_year = 0;                       // common_figure_year of key_figures
    Language language = Language::nb;
};

// Fills overview (whose year is set) from the valid plans, in their order: those whose period
// covers the year into plans, with their costs that year, the others into outside; then the
// sums (E029 to diags when they overflow), the key figures and their common year.
void count_plans(Overview& overview, const std::vector<OverviewPlan>& valid, Diagnostics& diags);

// The year most of the key figures' values hold for (the latest when as many hold for another),
// or 0 when none says: the year the overview names once, marking only figures from others.
int common_figure_year(const std::vector<RegionKeyFigure>& figures);

// The year an overview is for when none is given: the one most of the plans' periods cover,
// the earliest of those that as many cover; 0 for no plans.
int overview_default_year(const std::vector<const Plan*>& plans);

}  // namespace legeplan
