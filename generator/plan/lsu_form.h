// What LSU's review form and `lsu import` agree on: the hidden sheet that tells which plan and
// version the form was made for and where its input cells are, and the digest of every cell
// the form protects, so that the import can tell a form as written from one changed after.
// The form is written in render/workbook/review_form.cc and read in commands/lsu_form_reading.cc
// (its cells through plan/xlsx_cells.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "plan/model.h"

namespace legeplan {

// The hidden sheet's name, and its rows: the plan's identifier, the draft's version, the digest,
// the review sheet's name; then a header and one row per input cell (cell, kind, id).
inline constexpr const char* kLsuFormDataSheet = "legeplan";
inline constexpr int kLsuFormPlanRow = 0;
inline constexpr int kLsuFormVersionRow = 1;
inline constexpr int kLsuFormDigestRow = 2;
inline constexpr int kLsuFormSheetRow = 3;
inline constexpr int kLsuFormFirstInputRow = 5;

// Columns of the hidden sheet that list, from its first row, each review-sheet row with protected
// cells (its number as the spreadsheet shows it) and that row's digest: what lets the import say
// which row was changed.
inline constexpr int kLsuFormRowNumberColumn = 4;
inline constexpr int kLsuFormRowDigestColumn = 5;

// The kinds of input cell, as the hidden sheet names them.
inline constexpr const char* kLsuInputPosition = "position";  // id: a measure id
inline constexpr const char* kLsuInputComment = "comment";    // id: a measure id
inline constexpr const char* kLsuInputChapter = "chapter";    // id: a chapter id
inline constexpr const char* kLsuInputText = "text";          // the statement's text
inline constexpr const char* kLsuInputDate = "date";          // the statement's date

// A sheet's cells that hold something, by (row, column) from 0, as text: a number as
// lsu_form_number_text writes it.
using FormCells = std::map<std::pair<int, int>, std::string>;

// Which plan a form belongs to, the same for every draft of it: "Bergen kommune · 2017–2020 ·
// Plan for legetjenester".
std::string lsu_form_identifier(const Metadata& meta);

// A number as the digest counts it: whole numbers without decimals, others with up to 15
// significant digits, so that a number LibreOffice or Excel writes back reads the same.
std::string lsu_form_number_text(double value);

// The digest (FNV-1a, 64 bits, as 16 hex digits) of the review sheet's protected cells and the
// hidden sheet's, the hidden sheet's digest cell left out.
std::string lsu_form_digest(const FormCells& review, const FormCells& data);

// The digest of each row's protected cells, by row (from 0).
std::map<int, std::string> lsu_form_row_digests(const FormCells& review);

// "G6" for row 5, column 6; and back (false when it is no cell reference).
std::string lsu_form_cell(int row, int col);
bool lsu_form_parse_cell(const std::string& ref, int& row, int& col);

}  // namespace legeplan
