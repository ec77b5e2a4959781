// The cost workbook's sheet of doctors (Leger, nynorsk Legar), written only for a plan with
// doctors: one row per GP position with its position, its public hours per task and its list
// ceiling as inputs a municipal adviser may change, and the derived columns (public hours in all,
// curative hours when the plan derives them, curative days, list per curative day and per
// curative FTE) as live formulas; a sum row, and under it the municipality's figures (GP FTE,
// curative FTE, lists, and with the listed patients the patients per curative FTE and SSB's
// corrected list length). Each formula is stored with the value figures/doctor_figures computed
// and rounds as that figure is rounded, so a spreadsheet that recalculates shows the same.
#pragma once

#include <string>

#include "figures/doctor_figures.h"
#include "render/labels.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

// Every label the doctors' sheet asks for (the tasks' words too).
inline constexpr const char* kDoctorsLabelKeys[] = {
    "xlsx_sheet_doctors", "xlsx_doctors_title", "xlsx_doctors_intro", "xlsx_col_doctor_id",
    "xlsx_col_doctor", "xlsx_col_position", "xlsx_doctors_public_hours", "public_task_nursing_home",
    "public_task_health_station", "public_task_supervision", "public_task_community_medicine",
    "public_task_refugee_health", "public_task_prison", "public_task_other", "xlsx_col_public_hours",
    "xlsx_col_curative_hours", "xlsx_col_curative_days", "xlsx_col_list_ceiling", "xlsx_col_list_per_day",
    "xlsx_col_list_per_fte", "xlsx_col_public_note", "xlsx_doctors_figures", "xlsx_doctors_gp_fte",
    "xlsx_doctors_gp_fte_how", "xlsx_doctors_curative_fte", "xlsx_doctors_curative_fte_how",
    "xlsx_doctors_lists", "xlsx_doctors_lists_how", "kind_listed_patients",
    "xlsx_doctors_listed_patients_how", "xlsx_doctors_per_fte", "xlsx_doctors_per_fte_how",
    "xlsx_doctors_corrected", "xlsx_doctors_corrected_how", "xlsx_howto_doctors", "total", "none"};

// Writes the doctors' sheet of a valid plan with doctors; page_header and page_footer as the
// other sheets print them.
void write_doctors_sheet(const Plan& plan, const DoctorFigures& figures, const Labels& labels, xlsx::Sheet& s,
                         const std::string& page_header, const std::string& page_footer);

}  // namespace legeplan
