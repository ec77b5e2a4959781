// The form LSU fills in: one row per measure with the measure's text, responsible unit and
// cost, a drop-down for LSU's view and a comment, a row per chapter for a comment on its text,
// and the statement's text and date; only the input cells can be edited. Made from a diff of
// two drafts, each measure also says whether it is new, changed, unchanged or removed, its
// cost before and after and what changed. A hidden sheet (plan/lsu_form.h) says which plan and
// version the form is for, where its inputs are and the digest of what it protects, for
// `lsu import`.
#pragma once

#include <string>

#include "compare/plan_diff.h"
#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// Writes the review form of a valid plan to path (a temporary path the caller renames); diff,
// when given, compares an earlier draft with this plan (its after). Returns false with a
// reason in error on any libxlsxwriter failure. Looks up every label before the file is
// created, so a MissingLabel leaves no file behind.
bool render_review(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                   std::string& error, const PlanDiff* diff = nullptr);

}  // namespace legeplan
