// A regional overview: one row per municipality's plan with its own figures, the region's sums
// and averages, and the plans that failed validation with their errors, as Pandoc Markdown.
#pragma once

#include <string>
#include <vector>

#include "figures/figures.h"
#include "figures/region_sums.h"
#include "plan/model.h"
#include "render/charts.h"
#include "render/labels.h"

namespace legeplan {

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

// "0.3, 15. oktober 2026": the version and the date of a plan.
std::string version_and_date(const Metadata& meta, const Labels& labels);

// "2027–2030".
std::string period_text(const Period& period);

// The year most of the overview's key figures hold for (the latest when as many hold for
// another), or 0 when none says.
int common_figure_year(const Overview& overview);

// After a key figure from another year than most: " (2017)"; from no year said: " (uten år)".
std::string year_mark(const FigureValue& value, int common_year, const Labels& labels);

// A kind's column heading: "Fastlegelister"; with the unit for all but counts: "Fastleger 60 år
// og eldre (%)".
std::string kind_heading(const KeyFigureKind& kind, const Labels& labels);

// The most municipalities the overview draws a chart of; beyond them the table alone.
inline constexpr std::size_t kMaxChartedPlans = 40;

// The overview as Markdown; every text from a plan is escaped. With charts (and at most
// kMaxChartedPlans plans), the costs per municipality (recurring and one-time stacked) and each
// kind of key figure per municipality are drawn under their tables and added there.
// Throws MissingLabel.
std::string overview_markdown(const Overview& overview, const Labels& labels, ChartSet* charts = nullptr);

}  // namespace legeplan
