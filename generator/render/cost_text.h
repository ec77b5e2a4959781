// How the document says what things cost: a cost with its basis and years, a measure that shows
// no kroner and why, amounts in tables. The figures come from the figures stage; nothing is
// added here.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// "18 400 000 kr" with non-breaking spaces, so figures never wrap.
std::string kroner(Amount amount);

// "300 000–600 000 kr".
std::string kroner_range(AmountRange range);

// A cell of a column of kroner (the text above the table says the unit): "1 540 000", and "–"
// for nothing; a range as "300 000–600 000".
std::string amount_cell(Amount amount);
std::string amount_cell(AmountRange range);

// One cost in words: "1 540 000 kr (2 årsverk × 770 000 kr) pr. år 2028–2030",
// "1 300 000 kr, engangsutgift i 2017". The cost's note follows in parentheses unless these words
// already say it.
std::string cost_text(const Cost& cost, const CostFigure& figure, const Plan& plan,
                      const PlanIndex& index, const Labels& labels);

// A cost's grants in words, "" when it has none: "500 000 kr pr. år: ALIS-tilskudd (Statlig
// tilskudd)"; a cost covered in full by its funding names the funding alone.
std::string grants_text(const Measure& measure, const Cost& cost, const CostFigure& figure,
                        const Labels& labels);

// What the municipality pays of a cost with grants after them: "750 000 kr pr. år"; "" without.
std::string net_text(const Cost& cost, const CostFigure& figure, const Labels& labels);

// Why a measure shows no kroner (it has no cost; a plan cannot state 0 kr): "Innenfor
// eksisterende ramme" when its funding is the existing budget, otherwise "Ikke
// kostnadsberegnet". "" for a measure with a cost or an estimate.
std::string no_cost_text(const Measure& measure, const MeasureFigures& figures, const Labels& labels);

}  // namespace legeplan
