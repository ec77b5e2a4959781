// The form LSU fills in: one row per measure with the measure's text, responsible unit and
// cost, a drop-down for LSU's view and a comment; only the input cells can be edited.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// Writes the review form of a valid plan to path (a temporary path the caller renames).
// Returns false with a reason in error on any libxlsxwriter failure. Looks up every label
// before the file is created, so a MissingLabel leaves no file behind.
bool render_review(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                   std::string& error);

}  // namespace legeplan
