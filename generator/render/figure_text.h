// How a key figure's numbers are written in the documents: the Norwegian way, with a decimal
// comma and digits grouped by non-breaking spaces, whatever way the plan wrote them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figures/figures.h"
#include "plan/key_figure_kinds.h"
#include "plan/model.h"
#include "render/labels.h"

namespace legeplan {

// A number's parts, read from "1 300 000", "11.49" or "2,6".
struct FigureNumber {
    std::string whole;     // digits only
    std::string decimals;  // digits only, empty for a whole number
};

// The numbers a cell holds: one, two for a range "46–47", none for text. "ca. " before them
// is allowed.
std::vector<FigureNumber> numbers_in(std::string_view cell);

// A cell that stands for no value: it neither makes a column numeric nor keeps it from being so.
bool is_blank(const std::string& cell);

// A figure as written, shown the Norwegian way: "2.6" → "2,6", "50000" → "50 000" (with a
// non-breaking space), "46–47" → "46–47"; anything that is not a number or a range of numbers is
// returned as written. Four-digit numbers are grouped only when group_four_digits is set, so a
// year stays "2017".
std::string figure_text(std::string_view value, bool group_four_digits = true);

// A number in thousandths as the document writes it: 1100000 → "1 100", 97500 → "97,5".
std::string milli_figure_text(Milli value);

// A number in thousandths with exactly `decimals` decimals (0–3), as the document writes it:
// (29100, 1) → "29,1", (9000, 1) → "9,0", (12075000, 0) → "12 075". The value must already be
// rounded to them.
std::string fixed_figure_text(Milli value, int decimals);

// A title with its unit in brackets, as captions give it: "Fastleger 60 år og eldre (%)"; the
// title alone without a unit, or when the unit only repeats it ("Innbyggere (innbyggere)").
std::string titled(const std::string& title, const std::string& unit);

// The unit a key figure is shown in: its own, else its kind's from the labels; "" for none.
std::string figure_unit(const KeyFigure& figure, const Labels& labels);

// After a key figure from another year than most: " (2017)"; from no year said: " (uten år)".
std::string year_mark(const FigureValue& value, int common_year, const Labels& labels);

// A kind's column heading: "Fastlegelister"; with the unit for all but counts: "Fastleger 60 år
// og eldre (%)".
std::string kind_heading(const KeyFigureKind& kind, const Labels& labels);

}  // namespace legeplan
