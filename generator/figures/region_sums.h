// The sums of a regional overview: several municipalities' plans, each with its own figures,
// added up the same overflow-checked way a plan's own costs are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "plan/key_figure_kinds.h"
#include "plan/diag.h"

namespace legeplan {

struct RegionSums {
    int plans = 0;       // the plans counted (valid ones only)
    int measures = 0;
    Amount recurring = 0;
    Amount one_time = 0;
    Amount total = 0;
    bool has_grants = false;  // some plan shows grants and net beside its own cost
    Amount grants_total = 0;  // of the plans that show grants; the others count as none
    Amount net_total = 0;     // of every plan: a plan without grants has net = total
    // Per municipality: the sum divided by plans, as a spreadsheet's AVERAGE computes it.
    double average_total() const { return plans == 0 ? 0.0 : static_cast<double>(total) / plans; }
    double average_measures() const { return plans == 0 ? 0.0 : static_cast<double>(measures) / plans; }
    double average_net() const { return plans == 0 ? 0.0 : static_cast<double>(net_total) / plans; }
};

// One standard kind of key figure across the region: each plan's latest figure of that kind and
// the region's figures of the plans that give it. The sum is given for kinds that add up
// (plan/key_figure_kinds.h); the average, rounded half away from zero to a hundredth, for all.
struct RegionKeyFigure {
    const KeyFigureKind* kind = nullptr;
    std::vector<std::optional<FigureValue>> values;  // per plan, in the plans' order
    int plans = 0;                                   // the plans that give it
    std::optional<Milli> sum;                        // for a kind whose region figure is its sum
    Milli average = 0;
};

// The kinds any of the plans gives, in the order of the list of kinds.
std::vector<RegionKeyFigure> region_key_figures(const std::vector<const Plan*>& plans);

// A plan's net as the overview shows it: its own net when it has grants or shares, else its total.
Amount overview_net(const Figures& figures);

// Adds up each plan's overall sums. A sum beyond kMaxExactFigure is reported (E029, without a
// position: it belongs to no single plan), and the sums are then incomplete.
RegionSums compute_region_sums(const std::vector<const Figures*>& plans, Diagnostics& diags);

// A valid plan and its figures, as the overview's rows show them.
struct OverviewPlan {
    const Plan* plan = nullptr;
    const Figures* figures = nullptr;
};

// A plan that could not be counted: the path given and its errors, each one line
// ("path:line: E012 message").
struct InvalidPlan {
    std::string path;
    std::vector<std::string> errors;
};

struct Overview {
    std::vector<OverviewPlan> plans;  // in the order given
    std::vector<InvalidPlan> invalid;
    RegionSums sums;                  // of plans only
    std::vector<RegionKeyFigure> key_figures;  // the standard kinds the plans give
    Language language = Language::nb;
};

// The year most of the overview's key figures hold for (the latest when as many hold for
// another), or 0 when none says.
int common_figure_year(const Overview& overview);

}  // namespace legeplan
