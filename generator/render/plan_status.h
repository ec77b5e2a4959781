// How a plan's status reads in its outputs. A draft (draft, sent_to_lsu, lsu_statement) carries
// its mark on the cover and on every page; a plan sent to the council is a proposal to the body
// that adopts it; an adopted plan says when, by whom and under which case it was adopted.
#pragma once

#include <string>

#include "plan/model.h"
#include "render/labels.h"

namespace legeplan {

// True for the statuses whose pages carry the draft mark.
bool marked_as_draft(PlanStatus status);

// The short mark: "Utkast", "Utkast til LSU", "Utkast med uttalelse fra LSU", "Forslag", "Vedtatt".
std::string status_mark(PlanStatus status, const Labels& labels);

// The status as the cover states it: the mark, and for a proposal the body it goes to ("Forslag
// til Bergen bystyre"), for an adopted plan the body, the date and the case as far as the plan
// gives them ("Vedtatt i Bergen bystyre 15. juni 2027, sak 2027/123").
std::string status_line(const Metadata& meta, const Labels& labels);

}  // namespace legeplan
