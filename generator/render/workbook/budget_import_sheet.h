// The cost workbook's Budsjettimport sheet: the rows of the wide budget file (budget_rows), with
// every code as text so that its leading zeros stay ("04600"), the amounts as numbers and one
// column per year, headers in the first row, as budget systems read a sheet in. Under the rows,
// apart from them, the sums for the operating budget, the investment budget and both: live
// formulas over the rows, stored with the figures stage's values.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

// Every label the sheet asks for.
inline constexpr const char* kBudgetImportLabelKeys[] = {
    "xlsx_sheet_budget_import", "xlsx_budget_import_intro", "budget_ansvar", "budget_art", "budget_kostra",
    "budget_project", "budget_kind", "budget_price_year", "budget_operating", "budget_investment",
    "budget_sum_operating", "budget_sum_investment", "budget_sum_all", "xlsx_col_period_sum"};

void write_budget_import_sheet(const Plan& plan, const Figures& figures, const Labels& labels, xlsx::Sheet& s,
                               const std::string& page_header, const std::string& page_footer);

}  // namespace legeplan
