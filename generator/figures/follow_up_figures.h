// The figures of the yearly follow-up reports: for each measure, what the economic plan set
// aside for the report's year (the phasing), what was spent and the difference, and the year's
// totals. Computed once, with the plan's other figures, from the measures' own phasing.
#pragma once

#include <utility>
#include <vector>

#include "figures/checked_sum.h"
#include "plan/model.h"

namespace legeplan {

struct Sums;
struct MeasureFigures;

// One measure in one year's report. `spent` is what the municipality paid out on the measure
// in the year before any grant came in (its share of a joint service), so it is set against
// the own cost; set against the net it shows how much of the spending the grants must cover.
struct FollowUpLine {
    std::size_t measure = 0;                   // into plan.measures
    const FollowUpMeasure* entry = nullptr;    // null when the report leaves the measure out
    Amount planned = 0;                        // the measure's exact own costs in the year
    Amount grants = 0;                         // the grants planned against them in the year
    Amount net = 0;                            // planned − grants
    Amount spent = 0;                          // 0 when not reported
    Amount difference() const { return spent - planned; }  // above 0: more spent than planned
    Amount difference_from_net() const { return spent - net; }
};

struct FollowUpFigures {
    std::size_t report = 0;           // into plan.follow_up
    std::vector<FollowUpLine> lines;  // every measure, in number order
    Amount planned = 0;               // the year's totals
    Amount grants = 0;
    Amount net = 0;
    Amount spent = 0;
    Amount difference() const { return spent - planned; }
    Amount difference_from_net() const { return spent - net; }
    // Grants are planned in the year: then the report shows grants and net beside the own
    // cost; a year without any (and a plan without any) shows the own cost alone.
    bool shows_grants = false;
    // How many measures the report gives each status, in the format's order; statuses no
    // measure has are left out.
    std::vector<std::pair<MeasureStatus, int>> status_counts;
    int not_reported = 0;
};

// One FollowUpFigures per report, parallel to plan.follow_up. measures is parallel to
// plan.measures; sums beyond the exact limit are noted in sum.
std::vector<FollowUpFigures> follow_up_figures(const Plan& plan,
                                               const std::vector<MeasureFigures>& measures,
                                               CheckedSum& sum);

// The report for a year, or null.
const FollowUp* report_for(const Plan& plan, int year);

}  // namespace legeplan
