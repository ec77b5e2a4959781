// One measure as the block a document shows it in (templates/measure.md.mustache): number,
// title, text and a line for each detail — responsible units, goals, each cost with its grants
// and net, funding, priority, status, deadline, basis, LSU's view. The plan's document shows
// each block in its chapter, linked to the measure table; the diff shows the blocks of measures
// added and removed, each with its place in the plan, where it has no table to link to.
#pragma once

#include <map>
#include <string>

#include "render/document/document_data.h"
#include "render/document_parts.h"

namespace legeplan {

struct MeasureBlock {
    std::string anchor;  // the block's id in the document
    // The chapter or section it stands in, as a line of its own; "" for none (the plan's
    // document, where the block stands under that heading).
    std::string place;
    // False when the plan's figures cannot be trusted (a draft with errors, compute_figures):
    // then the lines that show them (cost, grants, net) are left out.
    bool costs = true;
    const LsuMeasureView* lsu = nullptr;  // LSU's view on it, when the plan records one
    std::string table_id;      // the measure table the block links back to; "" for no link
    std::string table_number;  // that table's number; "" when tables are not numbered
};

// Each measure's view in LSU's statement, by measure id (the first, should it have two).
std::map<std::string, const LsuMeasureView*> lsu_views(const Plan& plan);

// The data the measure template sees for m. Throws MissingLabel when a label is missing.
TemplateData measure_block_data(const Measure& m, const DocumentParts& parts, const MeasureBlock& block);

}  // namespace legeplan
