#include "render/charts/key_figure_charts.h"

#include "figures/figures.h"
#include "render/figure_text.h"

namespace legeplan {

namespace {

std::string with_unit(Milli value, const std::string& unit) {
    std::string text = milli_figure_text(value);
    if (unit.empty()) return text;
    return text + "\xC2\xA0" + unit;
}

}  // namespace

Chart figure_chart(const Labels& labels, const std::string& name, const std::string& title, const std::string& unit,
                   ChartShape shape, std::vector<ChartBar> bars, const std::string& what) {
    Chart chart;
    chart.name = name;
    chart.shape = shape;
    chart.stacked = false;
    chart.scale = 1000;
    chart.unit_word = unit;
    chart.caption = titled(title, unit) + ", " + what + ". " + labels.get("chart_numbers_above");
    std::string alt = labels.get(shape == ChartShape::columns ? "chart_columns" : "chart_bars") + ": " + title + ", " +
                      what + ".";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        alt += (i == 0 ? " " : "; ") + bars[i].label + ": " + with_unit(bars[i].total, unit);
    }
    chart.alt = alt + ".";
    chart.bars = std::move(bars);
    return chart;
}

std::optional<Chart> series_chart(const KeyFigure& figure, const DocumentParts& parts) {
    if (figure.series.size() < 2) return std::nullopt;
    std::vector<ChartBar> bars;
    for (const KeyFigurePoint& p : figure.series) bars.push_back({std::to_string(p.year), p.value, p.value});
    std::string years = std::to_string(figure.series.front().year) + "–" + std::to_string(figure.series.back().year);
    return figure_chart(parts.labels, "diagram-nokkeltall-" + figure.id + "-ar", figure.title,
                        figure_unit(figure, parts.labels), ChartShape::columns, std::move(bars),
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
    return figure_chart(parts.labels, "diagram-nokkeltall-" + figure.id + "-sammenligning", figure.title,
                        figure_unit(figure, parts.labels), ChartShape::bars, std::move(bars), what);
}

}  // namespace legeplan
