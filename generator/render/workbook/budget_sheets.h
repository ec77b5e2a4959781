// The cost workbook's finance sheets: Tilskudd (every grant as an input cell, and the grants per
// funder and year), Budsjett (the budget lines, as the budget file lists them) and KOSTRA (own
// cost, grants and net per function and year). Every amount is a live formula over the Tiltak
// sheet's cost rows and the grant inputs, stored with the figures stage's value.
#pragma once

#include <map>
#include <string>

#include "figures/figures.h"
#include "render/labels.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

// Where the Tiltak sheet holds a cost's own amount and its grants: sheet-qualified references.
struct CostCells {
    std::string own;
    std::string grants;
};

struct FinanceSheets {
    const Plan& plan;
    const Figures& figures;
    const Labels& labels;
    std::string page_header;
    std::string page_footer;
    std::map<const Grant*, std::string> grant_cells;  // each grant's input cell, sheet-qualified
    std::map<const Cost*, CostCells> cost_cells;      // filled in by the Tiltak sheet
};

// Every label the finance sheets ask for.
inline constexpr const char* kFinanceLabelKeys[] = {
    "xlsx_sheet_grants", "xlsx_sheet_budget", "xlsx_sheet_kostra", "xlsx_grants_intro",
    "xlsx_budget_intro", "xlsx_kostra_intro", "xlsx_per_funder_title", "xlsx_kostra_own",
    "xlsx_no_kostra", "xlsx_col_gross", "xlsx_col_share", "xlsx_col_kostra_name",
    "budget_year", "budget_ansvar", "budget_kostra", "budget_number", "budget_grant",
    "budget_amount", "grants", "net_cost", "grant", "unit", "measure", "funding", "number",
    "total", "xlsx_col_period_sum", "xlsx_no_grants", "xlsx_covered_in_full"};

// Lists every grant on the grants sheet, one input cell each, and records the cells. Each input
// also gets a defined name, like the rates: tilskudd_<measure number>_<the grant's place>.
void write_grant_inputs(FinanceSheets& fs, xlsx::Book& book, xlsx::Sheet& grants);

// The budget lines, the sums per KOSTRA function, and the grants per funder under the grant
// inputs. Call after the Tiltak sheet has recorded its cost cells.
void write_budget_sheets(FinanceSheets& fs, xlsx::Sheet& budget, xlsx::Sheet& kostra, xlsx::Sheet& grants);

}  // namespace legeplan
