// A PlanDiff as a report for LSU (Pandoc Markdown, turned into HTML or DOCX by pandoc.cc) and
// as a short summary for the terminal, both in the new version's language.
#pragma once

#include <string>
#include <vector>

#include "compare/plan_diff.h"
#include "render/labels.h"

namespace legeplan {

// The blocks of the measures added and removed as the plan's document shows them
// (render_measure_blocks in plan_markdown.h), one for each of diff.added and diff.removed, in
// their order.
struct MeasureBlocks {
    std::vector<std::string> added;
    std::vector<std::string> removed;
};

// Throws MissingLabel when the label file lacks a word.
std::string diff_markdown(const PlanDiff& diff, const Labels& labels, const MeasureBlocks& blocks);
// "Versjon 1.0 → 1.1", or "Versjon 1.0" when the version is the same.
std::string diff_version_line(const PlanDiff& diff, const Labels& labels);
// Pieces of a word-by-word comparison as Pandoc Markdown: ~~deleted~~ and [inserted]{.underline},
// spaced as the texts were; a long unchanged stretch shortened to its ends around "…".
std::string text_change_markdown(const std::vector<TextPiece>& pieces);
std::string diff_summary(const PlanDiff& diff, const Labels& labels);

}  // namespace legeplan
