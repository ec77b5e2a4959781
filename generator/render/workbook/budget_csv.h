// The budget file, NAME-budsjett.csv: the budget lines (budget_lines.h) as a Norwegian Excel
// opens them — UTF-8 with a byte order mark, ';' between fields, CRLF line ends, whole kroner
// without grouping, a header row in the plan's language.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// How the file lays the budget out. wide (the default): one row per ansvar, art, function,
// project and budget (budget_rows), a column per year of the period and one with the period's
// sum, as budget systems import an economic plan. long: one line per year and cost, and per
// grant (budget_lines), as before.
enum class BudgetLayout { wide, long_lines };

// The whole file. Throws MissingLabel when the label file lacks a header word.
std::string budget_csv(const Plan& plan, const Figures& figures, const Labels& labels,
                       BudgetLayout layout = BudgetLayout::wide);

// A code (ansvar, art, function, project) as the file holds it: always quoted, so that a
// spreadsheet told to take quoted fields as text keeps its leading zeros ("04600").
std::string csv_code_field(const std::string& code);

// One field as the file holds it. Text that a spreadsheet would take for a formula (starting
// with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that it stays text;
// a field holding ';', '"' or a line break is quoted, its quotes doubled (RFC 4180).
std::string csv_text_field(const std::string& text);

}  // namespace legeplan
