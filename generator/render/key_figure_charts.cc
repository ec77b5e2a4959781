#include "render/key_figure_charts.h"

#include "figures/key_figure_values.h"
#include "render/figure_text.h"

namespace legeplan {

namespace {

// "Fastlegar 60 år og eldre (%)"
std::string titled(const KeyFigure& figure, const std::string& unit) {
    return unit.empty() ? figure.title : figure.title + " (" + unit + ")";
}

std::string with_unit(Milli value, const std::string& unit) {
    std::string text = milli_figure_text(value);
    if (unit.empty()) return text;
    return unit == "%" ? text + "\xC2\xA0%" : text + "\xC2\xA0" + unit;
}

Chart figure_chart(const KeyFigure& figure, const DocumentParts& parts, const std::string& suffix,
                   ChartShape shape, std::vector<ChartBar> bars, const std::string& what) {
    std::string unit = figure_unit(figure, parts.labels);
    Chart chart;
    chart.name = "diagram-nokkeltall-" + figure.id + "-" + suffix;
    chart.shape = shape;
    chart.stacked = false;
    chart.scale = 1000;
    chart.unit_word = unit;
    chart.caption = titled(figure, unit) + ", " + what + ". " + parts.label("chart_numbers_above");
    std::string alt = parts.label(shape == ChartShape::columns ? "chart_columns" : "chart_bars") + ": " +
                      figure.title + ", " + what + ".";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        alt += (i == 0 ? " " : "; ") + bars[i].label + ": " + with_unit(bars[i].total, unit);
    }
    chart.alt = alt + ".";
    chart.bars = std::move(bars);
    return chart;
}

}  // namespace

std::optional<Chart> series_chart(const KeyFigure& figure, const DocumentParts& parts) {
    if (figure.series.size() < 2) return std::nullopt;
    std::vector<ChartBar> bars;
    for (const KeyFigurePoint& p : figure.series) bars.push_back({std::to_string(p.year), p.value, p.value});
    std::string years = std::to_string(figure.series.front().year) + "–" + std::to_string(figure.series.back().year);
    return figure_chart(figure, parts, "ar", ChartShape::columns, std::move(bars),
                        parts.label("chart_figure_series") + ", " + years);
}

std::optional<Chart> comparison_chart(const KeyFigure& figure, const DocumentParts& parts) {
    if (figure.comparisons.empty()) return std::nullopt;
    std::vector<ChartBar> bars;
    auto own = latest_value(figure);
    std::string what = parts.label("chart_figure_groups");
    if (own) {
        bars.push_back({parts.plan.meta.municipality, own->value, own->value});
        what = parts.plan.meta.municipality + " " + parts.label("chart_figure_compared");
    }
    for (std::size_t i = 0; i < figure.comparisons.size(); ++i) {
        const KeyFigureComparison& c = figure.comparisons[i];
        bars.push_back({c.label, own ? 0 : c.value, c.value});
        if (own) what += (i == 0 ? " " : i + 1 == figure.comparisons.size() ? " " + parts.label("and") + " " : ", ") + c.label;
    }
    return figure_chart(figure, parts, "sammenligning", ChartShape::bars, std::move(bars), what);
}

}  // namespace legeplan
