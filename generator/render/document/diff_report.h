// A PlanDiff as a report for LSU (Pandoc Markdown, turned into HTML or DOCX by pandoc.cc) and
// as a short summary for the terminal, both in the new version's language.
#pragma once

#include <string>

#include "compare/plan_diff.h"
#include "render/labels.h"

namespace legeplan {

// Throws MissingLabel when the label file lacks a word.
std::string diff_markdown(const PlanDiff& diff, const Labels& labels);
std::string diff_summary(const PlanDiff& diff, const Labels& labels);

}  // namespace legeplan
