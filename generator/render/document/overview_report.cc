#include "render/document/overview_report.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "plan/choice_keys.h"
#include "render/cost_text.h"
#include "render/figure_text.h"
#include "render/charts/key_figure_charts.h"
#include "text/markdown_escape.h"

namespace legeplan {

namespace {

// An average in whole kroner, rounded half away from zero, as a table cell.
std::string average_cell(double value) {
    return amount_cell(static_cast<Amount>(std::llround(value)));
}

// "2,5" — an average count with the Norwegian decimal comma, one decimal.
std::string average_count(double value) {
    long tenths = std::lround(value * 10);
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "," + std::to_string(tenths % 10);
    return text;
}

std::string plans_table(const Overview& overview, const Labels& labels) {
    std::string md = "| " + labels.get("overview_municipality") + " | " + labels.get("overview_plan") + " | " +
                     labels.get("status") + " | " + labels.get("overview_version") + " | " +
                     labels.get("period") + " |\n|:--|:--|:--|:--|:--|\n";
    for (const OverviewPlan& p : overview.plans) {
        const Metadata& meta = p.plan->meta;
        md += "| " + escape_inline(meta.municipality) + " | " + escape_inline(meta.title) + " | " +
              labels.get(label_key(meta.status)) + " | " + escape_inline(version_and_date(meta, labels)) +
              " | " + period_text(meta.period) + " |\n";
    }
    return md;
}

std::string costs_table(const Overview& overview, const Labels& labels) {
    bool grants = overview.sums.has_grants;
    std::string md = "| " + labels.get("overview_municipality") + " | " + labels.get("overview_measures") + " | " +
                     labels.get("overview_recurring") + " | " + labels.get("overview_one_time") + " | " +
                     labels.get("overview_total") + " |";
    std::string rule = "|:--|--:|--:|--:|--:|";
    if (grants) {
        md += " " + labels.get("overview_grants") + " | " + labels.get("overview_net") + " |";
        rule += "--:|--:|";
    }
    md += "\n" + rule + "\n";
    for (const OverviewPlan& p : overview.plans) {
        const Sums& s = p.figures->overall;
        md += "| " + escape_inline(p.plan->meta.municipality) + " | " + std::to_string(s.measures) + " | " +
              amount_cell(s.recurring) + " | " + amount_cell(s.one_time) + " | " + amount_cell(s.total) + " |";
        if (grants) {
            Amount own_grants = p.figures->has_grants_or_shares ? s.grants_total : 0;
            md += " " + amount_cell(own_grants) + " | " + amount_cell(overview_net(*p.figures)) + " |";
        }
        md += "\n";
    }
    const RegionSums& r = overview.sums;
    md += "| **" + labels.get("overview_sum_row") + "** | **" + std::to_string(r.measures) + "** | **" +
          amount_cell(r.recurring) + "** | **" + amount_cell(r.one_time) + "** | **" + amount_cell(r.total) + "** |";
    if (grants) md += " **" + amount_cell(r.grants_total) + "** | **" + amount_cell(r.net_total) + "** |";
    md += "\n| " + labels.get("overview_average_row") + " | " + average_count(r.average_measures()) + " | " +
          average_cell(static_cast<double>(r.recurring) / r.plans) + " | " +
          average_cell(static_cast<double>(r.one_time) / r.plans) + " | " + average_cell(r.average_total()) + " |";
    if (grants) {
        md += " " + average_cell(static_cast<double>(r.grants_total) / r.plans) + " | " +
              average_cell(r.average_net()) + " |";
    }
    return md + "\n";
}

// The most columns of key figures one table holds: wider tables do not fit a page.
constexpr std::size_t kKindsPerTable = 4;

std::string figure_cell(const std::optional<FigureValue>& value, int common_year, const Labels& labels) {
    if (!value) return "–";
    return milli_figure_text(value->value) + year_mark(*value, common_year, labels);
}

std::string key_figures_table(const Overview& overview, std::size_t from, std::size_t to, const Labels& labels,
                              int common_year) {
    std::string md = "| " + labels.get("overview_municipality") + " |";
    std::string rule = "|:--|";
    for (std::size_t k = from; k < to; ++k) {
        md += " " + escape_inline(kind_heading(*overview.key_figures[k].kind, labels)) + " |";
        rule += "--:|";
    }
    md += "\n" + rule + "\n";
    for (std::size_t p = 0; p < overview.plans.size(); ++p) {
        md += "| " + escape_inline(overview.plans[p].plan->meta.municipality) + " |";
        for (std::size_t k = from; k < to; ++k) md += " " + figure_cell(overview.key_figures[k].values[p], common_year, labels) + " |";
        md += "\n";
    }
    bool sums = false;
    for (std::size_t k = from; k < to; ++k) sums = sums || overview.key_figures[k].sum.has_value();
    if (sums) {
        md += "| **" + labels.get("overview_sum_row") + "** |";
        for (std::size_t k = from; k < to; ++k) {
            const auto& sum = overview.key_figures[k].sum;
            md += sum ? " **" + milli_figure_text(*sum) + "** |" : " |";
        }
        md += "\n";
    }
    md += "| " + labels.get("overview_average_row") + " |";
    for (std::size_t k = from; k < to; ++k) md += " " + milli_figure_text(overview.key_figures[k].average) + " |";
    md += "\n| " + labels.get("overview_figure_plans_row") + " |";
    for (std::size_t k = from; k < to; ++k) md += " " + std::to_string(overview.key_figures[k].plans) + " |";
    return md + "\n\n";
}

// Each kind across the municipalities that give it, the region's average last and light.
std::string key_figure_charts(const Overview& overview, const Labels& labels, int year, ChartSet& charts) {
    std::string md;
    for (const RegionKeyFigure& k : overview.key_figures) {
        std::vector<ChartBar> bars;
        for (std::size_t p = 0; p < overview.plans.size(); ++p) {
            if (const auto& v = k.values[p]) {
                bars.push_back({overview.plans[p].plan->meta.municipality + year_mark(*v, year, labels), v->value,
                                v->value});
            }
        }
        bars.push_back({labels.get("overview_average_row"), 0, k.average});
        std::string id(k.kind->id);
        Chart chart = figure_chart(labels, "diagram-region-" + id, labels.get("kind_" + id),
                                   labels.get("kind_" + id + "_unit"), ChartShape::bars, std::move(bars),
                                   labels.get("overview_chart_per_municipality"));
        md += chart_markdown(chart);
        charts.charts.push_back(std::move(chart));
    }
    return md;
}

std::string key_figures_section(const Overview& overview, const Labels& labels, ChartSet* charts) {
    int year = common_figure_year(overview);
    std::string md = "# " + labels.get("overview_key_figures_title") + "\n\n" + labels.get("overview_key_figures_note");
    if (year != 0) md += " " + labels.with_year("overview_key_figures_year", year);
    md += "\n\n";
    for (std::size_t from = 0; from < overview.key_figures.size(); from += kKindsPerTable) {
        md += key_figures_table(overview, from, std::min(from + kKindsPerTable, overview.key_figures.size()), labels, year);
    }
    if (charts && overview.plans.size() <= kMaxChartedPlans) md += key_figure_charts(overview, labels, year, *charts);
    return md;
}

std::string invalid_section(const Overview& overview, const Labels& labels) {
    std::string md = "# " + labels.get("overview_invalid_title") + "\n\n" + labels.get("overview_invalid_intro") + "\n\n";
    for (const InvalidPlan& p : overview.invalid) {
        md += "- " + escape_inline(p.path) + "\n";
        for (const std::string& e : p.errors) md += "    - " + escape_inline(e) + "\n";
    }
    return md + "\n";
}

}  // namespace

std::string overview_markdown(const Overview& overview, const Labels& labels, ChartSet* charts) {
    std::string md = labels.get("overview_intro") + "\n\n";
    if (overview.plans.empty()) {
        md += labels.get("overview_no_valid") + "\n\n";
    } else {
        md += "# " + labels.get("overview_plans_title") + "\n\n" + plans_table(overview, labels) + "\n";
        md += "# " + labels.get("overview_costs_title") + "\n\n" + labels.get("overview_amounts_note") + " " +
              labels.get("overview_sums_note");
        if (overview.sums.has_grants) md += " " + labels.get("overview_grants_note");
        md += "\n\n" + costs_table(overview, labels) + "\n";
        if (charts && overview.plans.size() <= kMaxChartedPlans) {
            std::vector<ChartBar> bars;
            for (const OverviewPlan& p : overview.plans) {
                bars.push_back({p.plan->meta.municipality, p.figures->overall.recurring, p.figures->overall.total});
            }
            if (auto chart = cost_chart(labels, "diagram-kostnader-per-kommune", ChartShape::bars, std::move(bars),
                                        labels.get("overview_chart_title"))) {
                md += chart_markdown(*chart);
                charts->charts.push_back(std::move(*chart));
            }
        }
        if (!overview.key_figures.empty()) md += key_figures_section(overview, labels, charts);
    }
    if (!overview.invalid.empty()) md += invalid_section(overview, labels);
    return md;
}

}  // namespace legeplan
