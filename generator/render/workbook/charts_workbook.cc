#include "render/workbook/charts_workbook.h"

#include <algorithm>

#include "text/translate.h"

namespace legeplan {

namespace {

constexpr lxw_color_t kRecurringColour = 0x1F4E79;  // as in the document's charts (charts.cc)
constexpr lxw_color_t kOneTimeColour = 0x9DC3E6;
constexpr int kChartRows = 19;  // the rows the chart covers
constexpr int kRowsWithChart = 3;  // the table's rows that print on the chart's page at least

lxw_chart_series* add_series(xlsx::Book& book, lxw_chart* chart, const xlsx::Sheet& sheet,
                             const PhasingCells& cells, int row, const std::string& name, lxw_color_t colour) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    if (!series) {
        book.fail(tr("adding a series to the phasing chart"));
        return nullptr;
    }
    int last_col = cells.first_year_col + cells.years - 1;
    chart_series_set_categories(series, sheet.name().c_str(), static_cast<lxw_row_t>(cells.year_row),
                                static_cast<lxw_col_t>(cells.first_year_col),
                                static_cast<lxw_row_t>(cells.year_row), static_cast<lxw_col_t>(last_col));
    chart_series_set_values(series, sheet.name().c_str(), static_cast<lxw_row_t>(row),
                            static_cast<lxw_col_t>(cells.first_year_col), static_cast<lxw_row_t>(row),
                            static_cast<lxw_col_t>(last_col));
    chart_series_set_name(series, name.c_str());
    lxw_chart_fill fill{};
    fill.color = colour;
    chart_series_set_fill(series, &fill);
    return series;
}

}  // namespace

void add_phasing_chart(xlsx::Book& book, xlsx::Sheet& sheet, const PhasingCells& cells, const Sums& totals,
                       const PhasingChartWords& words) {
    if (!book.get() || !sheet.usable()) return;
    const xlsx::Formats& f = sheet.formats();
    int recurring_row = cells.one_time_row + 1;
    sheet.text(recurring_row, cells.label_col, words.recurring_row, f.text);
    // Each year and, in the column after them, the period, as the one-time row has it.
    for (int i = 0; i <= cells.years; ++i) {
        int col = cells.first_year_col + i;
        Amount value = i < cells.years ? totals.recurring_in(static_cast<std::size_t>(i)) : totals.period_recurring();
        sheet.formula(recurring_row, col, xlsx::cell(cells.total_row, col) + "-" + xlsx::cell(cells.one_time_row, col),
                      static_cast<double>(value), f.kr);
    }
    lxw_chart* chart = workbook_add_chart(book.get(), LXW_CHART_COLUMN_STACKED);
    if (!chart) {
        book.fail(tr("adding the phasing chart"));
        return;
    }
    if (!add_series(book, chart, sheet, cells, recurring_row, words.recurring, kRecurringColour) ||
        !add_series(book, chart, sheet, cells, cells.one_time_row, words.one_time, kOneTimeColour)) {
        return;
    }
    chart_title_set_name(chart, words.title.c_str());
    chart_axis_set_name(chart->y_axis, words.unit.c_str());
    chart_axis_set_num_format(chart->y_axis, "[$-414]#,##0");
    chart_axis_set_min(chart->y_axis, 0);  // stacked bars read true only from zero
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options place{};
    place.x_scale = 1.5;
    place.y_scale = 1.3;
    int top = recurring_row + 2;
    sheet.call(worksheet_insert_chart_opt(sheet.get(), static_cast<lxw_row_t>(top),
                                          static_cast<lxw_col_t>(cells.label_col), chart, &place),
               tr("placing the phasing chart"));
    // A blank cell under the chart (288 × 1.3 pixels, 20 to a row) takes the print area down to
    // it, so that the chart prints too, under its table: on the page of the table's last rows and
    // sums, never on a page of its own nor cut in two.
    sheet.text(top + kChartRows, cells.label_col, "", f.text);
    sheet.keep_together(std::max(cells.year_row + 1, cells.total_row - kRowsWithChart), top + kChartRows);
}

}  // namespace legeplan
