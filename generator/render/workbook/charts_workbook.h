// The cost workbook's native chart of the phasing: recurring and one-time costs per year,
// stacked, drawn from the Økonomiplan sheet's own cells, so that it follows every change a
// reader makes to the measures. Its values are the figures stage's; nothing is added here.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

// Where the phasing sheet's sums are (rows and columns from 0).
struct PhasingCells {
    int year_row = 0;        // the header row holding the years
    int first_year_col = 0;  // the first year's column; the years follow it
    int years = 0;
    int label_col = 0;       // where a row's words go
    int total_row = 0;       // every cost per year
    int one_time_row = 0;    // the one-time part per year, right under total_row
};

struct PhasingChartWords {
    std::string recurring_row;  // the row of the recurring part: "herav årlige kostnader"
    std::string recurring;      // the series' names in the legend
    std::string one_time;
    std::string title;
    std::string unit;           // the value axis: "kr"
};

// Writes the recurring part of each year under the one-time row (the total less the one-time
// part, as a formula with the figures' value) and the stacked column chart under that.
// Failures are kept by the book.
void add_phasing_chart(xlsx::Book& book, xlsx::Sheet& sheet, const PhasingCells& cells, const Sums& totals,
                       const PhasingChartWords& words);

}  // namespace legeplan
