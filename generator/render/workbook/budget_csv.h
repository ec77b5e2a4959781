// The budget file, NAME-budsjett.csv: the budget lines (budget_lines.h) as a Norwegian Excel
// opens them — UTF-8 with a byte order mark, ';' between fields, CRLF line ends, whole kroner
// without grouping, a header row in the plan's language.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// The whole file. Throws MissingLabel when the label file lacks a header word.
std::string budget_csv(const Plan& plan, const Figures& figures, const Labels& labels);

// One field as the file holds it. Text that a spreadsheet would take for a formula (starting
// with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that it stays text;
// a field holding ';', '"' or a line break is quoted, its quotes doubled (RFC 4180).
std::string csv_text_field(const std::string& text);

}  // namespace legeplan
