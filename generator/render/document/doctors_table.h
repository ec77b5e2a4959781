// The doctors' table (templates/doctors_table.md.mustache): a row per GP position with its
// position, public hours (in all and per task), curative hours and days, list ceiling and the
// list per curative day and per curative FTE; a sum row with the positions as GP FTE, the hours,
// the curative FTE and the ceilings; under it how the list per curative day is found and, when
// the plan has the listed patients, the patients per curative FTE and SSB's corrected list
// length. Every figure is the figures stage's (figures/doctor_figures.h), written the Norwegian
// way; where the table goes is document_data's concern.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/document_parts.h"

namespace legeplan {

// The table's data; its rows are empty for a plan without doctors.
kainjow::mustache::data doctors_table(const DocumentParts& parts);

// The chapter the table ends the text of: the first with doctors_table: true, else the first
// whose id or title speaks of GPs ("fastlege…", "fastlegar") and does not say doctors_table:
// false; nullptr when none does, and for a plan without doctors.
const Chapter* doctors_chapter(const Plan& plan);

}  // namespace legeplan
