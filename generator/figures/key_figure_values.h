// A key figure as one number: what a plan's figure is now, to set beside other plans' figures
// of the same kind and to draw beside its comparisons.
#pragma once

#include <optional>

#include "plan/model.h"

namespace legeplan {

struct FigureValue {
    Milli value = 0;  // in thousandths
    int year = 0;     // the year it held for; 0 when the plan does not say
};

// The last year of the series; else the value when it is a number, in the year of the figure's
// date. nullopt for a table, a text or a figure with comparisons only.
std::optional<FigureValue> latest_value(const KeyFigure& figure);

}  // namespace legeplan
