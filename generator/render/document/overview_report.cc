#include "render/document/overview_report.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "plan/choice_keys.h"
#include "render/cost_text.h"
#include "render/figure_text.h"
#include "render/overview_text.h"
#include "render/charts/key_figure_charts.h"
#include "text/markdown_escape.h"
#include "text/translate.h"

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

// "Bratteli kommune, Lundvik kommune og Nesøy kommune".
std::string joined_names(const std::vector<std::string>& names, const Labels& labels) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " " + labels.get("and") + " " : ", ";
        text += names[i];
    }
    return text;
}

// Why a valid plan is not counted: "Bergen kommune (planperioden 2017–2020 dekker ikke 2027)".
std::string outside_text(const OverviewPlan& p, int year, const Labels& labels) {
    return p.plan->meta.municipality + " (" +
           fill(labels.with_year("overview_outside_reason", year), {{"period", period_text(p.plan->meta.period)}}) + ")";
}

// The cover's lines, which the DOCX moves onto its title page: region, year, date, the plans in
// and the plans left out with why.
std::string cover(const Overview& overview, const Labels& labels) {
    std::vector<std::string> lines;
    // The region stands on the cover as the documents' author and the year in the subtitle.
    lines.push_back(labels.get("overview_cover_date") + ": " + date_text(overview.date, labels));
    std::vector<std::string> in;
    for (const OverviewPlan& p : overview.plans) in.push_back(escape_inline(p.plan->meta.municipality));
    lines.push_back(labels.get("overview_cover_plans") + ": " +
                    (in.empty() ? labels.get("overview_cover_none") : joined_names(in, labels)));
    std::vector<std::string> out;
    for (const OverviewPlan& p : overview.outside) out.push_back(escape_inline(outside_text(p, overview.year, labels)));
    for (const InvalidPlan& p : overview.invalid) {
        out.push_back(escape_inline(p.path) + " (" + labels.get("overview_invalid_reason") + ")");
    }
    if (!out.empty()) lines.push_back(labels.get("overview_cover_outside") + ": " + joined_names(out, labels));
    std::string md = "::: {.front-matter custom-style=\"Forside\"}\n";
    for (std::size_t i = 0; i < lines.size(); ++i) md += lines[i] + (i + 1 < lines.size() ? "\\\n" : "\n");
    return md + ":::\n\n";
}

std::string plans_table(const std::vector<OverviewPlan>& plans, const Labels& labels) {
    std::string md = "| " + labels.get("overview_municipality") + " | " + labels.get("overview_plan") + " | " +
                     labels.get("status") + " | " + labels.get("overview_version") + " | " +
                     labels.get("period") + " |\n|:--|:--|:--|:--|:--|\n";
    for (const OverviewPlan& p : plans) {
        const Metadata& meta = p.plan->meta;
        md += "| " + escape_inline(meta.municipality) + " | " + escape_inline(meta.title) + " | " +
              labels.get(label_key(meta.status)) + " | " + escape_inline(version_and_date(meta, labels)) +
              " | " + period_text(meta.period) + " |\n";
    }
    return md;
}

std::string outside_section(const Overview& overview, const Labels& labels) {
    return "# " + labels.with_year("overview_outside_title", overview.year) + "\n\n" +
           labels.with_year("overview_outside_intro", overview.year) + "\n\n" + plans_table(overview.outside, labels) + "\n";
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
        const YearCosts& c = p.year;
        md += "| " + escape_inline(p.plan->meta.municipality) + " | " + std::to_string(c.measures) + " | " +
              amount_cell(c.recurring) + " | " + amount_cell(c.one_time) + " | " + amount_cell(c.total) + " |";
        if (grants) md += " " + amount_cell(c.grants) + " | " + amount_cell(c.net) + " |";
        md += "\n";
    }
    const RegionSums& r = overview.sums;
    md += "| **" + labels.get("overview_sum_row") + "** | **" + std::to_string(r.measures) + "** | **" +
          amount_cell(r.recurring) + "** | **" + amount_cell(r.one_time) + "** | **" + amount_cell(r.total) + "** |";
    if (grants) md += " **" + amount_cell(r.grants_total) + "** | **" + amount_cell(r.net_total) + "** |";
    md += "\n| " + labels.get("overview_average_row") + " | " + average_count(static_cast<double>(r.measures) / r.plans) +
          " | " + average_cell(static_cast<double>(r.recurring) / r.plans) + " | " +
          average_cell(static_cast<double>(r.one_time) / r.plans) + " | " +
          average_cell(static_cast<double>(r.total) / r.plans) + " |";
    if (grants) {
        md += " " + average_cell(static_cast<double>(r.grants_total) / r.plans) + " | " +
              average_cell(static_cast<double>(r.net_total) / r.plans) + " |";
    }
    return md + "\n";
}

std::string costs_section(const Overview& overview, const Labels& labels, ChartSet* charts) {
    std::string md = "# " + labels.with_year("overview_costs_title", overview.year) + "\n\n" +
                     labels.with_year("overview_amounts_note", overview.year) + " " + labels.get("overview_sums_note");
    if (overview.sums.has_grants) md += " " + labels.get("overview_grants_note");
    if (!overview.outside.empty()) {
        std::vector<std::string> out;
        for (const OverviewPlan& p : overview.outside) out.push_back(escape_inline(outside_text(p, overview.year, labels)));
        md += " " + fill(labels.get("overview_outside_note"), {{"plans", joined_names(out, labels)}});
    }
    md += "\n\n" + costs_table(overview, labels) + "\n";
    if (charts && overview.plans.size() <= kMaxChartedPlans) {
        std::vector<ChartBar> bars;
        for (const OverviewPlan& p : overview.plans) bars.push_back({p.plan->meta.municipality, p.year.recurring, p.year.total});
        if (auto chart = cost_chart(labels, "diagram-kostnader-per-kommune", ChartShape::bars, std::move(bars),
                                    labels.with_year("overview_chart_title", overview.year))) {
            md += chart_markdown(*chart);
            charts->charts.push_back(std::move(*chart));
        }
    }
    return md;
}

// The most columns of key figures one table holds: wider tables do not fit a page.
constexpr std::size_t kKindsPerTable = 4;

std::string figure_cell(const std::optional<FigureValue>& value, const Overview& overview, const Labels& labels) {
    if (!value) return "–";
    return milli_figure_text(value->value) + escape_inline(overview_year_mark(*value, overview, labels));
}

std::string key_figures_table(const Overview& overview, std::size_t from, std::size_t to, const Labels& labels) {
    std::string md = "| " + labels.get("overview_municipality") + " |";
    std::string rule = "|:--|";
    for (std::size_t k = from; k < to; ++k) {
        md += " " + escape_inline(kind_heading(*overview.key_figures[k].kind, labels)) + " |";
        rule += "--:|";
    }
    md += "\n" + rule + "\n";
    for (std::size_t p = 0; p < overview.plans.size(); ++p) {
        md += "| " + escape_inline(overview.plans[p].plan->meta.municipality) + " |";
        for (std::size_t k = from; k < to; ++k) md += " " + figure_cell(overview.key_figures[k].values[p], overview, labels) + " |";
        md += "\n";
    }
    md += "| **" + labels.get("overview_region_row") + "** |";
    for (std::size_t k = from; k < to; ++k) {
        const RegionKeyFigure& r = overview.key_figures[k];
        md += r.region ? " **" + fixed_figure_text(*r.region, r.decimals) + "** |" : " – |";
    }
    md += "\n| " + labels.get("overview_figure_plans_row") + " |";
    for (std::size_t k = from; k < to; ++k) md += " " + std::to_string(overview.key_figures[k].plans) + " |";
    return md + "\n\n";
}

// Each kind across the municipalities that give it, each bar named with its year when that is
// not the overview's.
std::string key_figure_charts(const Overview& overview, const Labels& labels, ChartSet& charts) {
    std::string md;
    // The year the figures hold for, as the tables' note says; a bar of another year carries its own.
    std::string per_municipality = overview.figure_year != 0
                                       ? labels.with_year("overview_chart_per_municipality_year", overview.figure_year)
                                       : labels.get("overview_chart_per_municipality");
    for (const RegionKeyFigure& k : overview.key_figures) {
        std::vector<ChartBar> bars;
        for (std::size_t p = 0; p < overview.plans.size(); ++p) {
            if (const auto& v = k.values[p]) {
                bars.push_back({overview.plans[p].plan->meta.municipality + overview_year_mark(*v, overview, labels),
                                v->value, v->value});
            }
        }
        std::string id(k.kind->id);
        Chart chart = figure_chart(labels, "diagram-region-" + id, labels.get("kind_" + id),
                                   labels.get("kind_" + id + "_unit"), ChartShape::bars, std::move(bars),
                                   per_municipality);
        md += chart_markdown(chart);
        charts.charts.push_back(std::move(chart));
    }
    return md;
}

std::string key_figures_section(const Overview& overview, const Labels& labels, ChartSet* charts) {
    std::string md = "# " + labels.get("overview_key_figures_title") + "\n\n" + key_figures_note(overview, labels) + "\n\n";
    for (std::size_t from = 0; from < overview.key_figures.size(); from += kKindsPerTable) {
        md += key_figures_table(overview, from, std::min(from + kKindsPerTable, overview.key_figures.size()), labels);
    }
    md += labels.get("overview_method_title") + ":\n\n";
    for (const RegionKeyFigure& k : overview.key_figures) md += "- " + escape_inline(region_method_text(k, labels)) + "\n";
    md += "\n";
    if (charts && overview.plans.size() <= kMaxChartedPlans) md += key_figure_charts(overview, labels, *charts);
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
    std::string md = cover(overview, labels) + labels.with_year("overview_intro", overview.year) + "\n\n";
    if (overview.plans.empty()) {
        md += labels.with_year("overview_no_valid", overview.year) + "\n\n";
    } else {
        md += "# " + labels.get("overview_plans_title") + "\n\n" + plans_table(overview.plans, labels) + "\n";
    }
    if (!overview.outside.empty()) md += outside_section(overview, labels);
    if (!overview.plans.empty()) {
        md += costs_section(overview, labels, charts);
        if (!overview.key_figures.empty()) md += key_figures_section(overview, labels, charts);
    }
    if (!overview.invalid.empty()) md += invalid_section(overview, labels);
    return md;
}

}  // namespace legeplan
