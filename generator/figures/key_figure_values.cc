#include "figures/key_figure_values.h"

#include "plan/key_figure_kinds.h"

namespace legeplan {

std::optional<FigureValue> latest_value(const KeyFigure& figure) {
    if (!figure.series.empty()) return FigureValue{figure.series.back().value, figure.series.back().year};
    if (figure.table || figure.value.empty()) return std::nullopt;
    auto value = key_figure_number(figure.value);
    if (!value) return std::nullopt;
    return FigureValue{*value, figure.date ? figure.date->year : 0};
}

}  // namespace legeplan
