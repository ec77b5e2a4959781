// The cost chapter's data (templates/cost_tables.md.mustache): the measures with what each
// costs, recurring and one-time costs apart, the phasing over the economic plan with a sum for
// the period, sums per responsible unit and per chapter, and the estimates kept outside every
// sum. Each table is a numbered section of the chapter; every figure is the figures stage's.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

#include "render/document_parts.h"

namespace legeplan {

// Where the cost tables go: the chapter's number ("8"; "" for an unnumbered chapter) and how
// many sections of its own come before them.
struct CostChapterPlace {
    std::string chapter_number;
    std::size_t sections_before = 0;
};

struct CostTables {
    kainjow::mustache::data data;
    // The measure table's section, which every measure's block links back to.
    std::string measure_table_number;  // "8.1", "" in an unnumbered chapter
    std::string measure_table_id;
};

CostTables cost_tables(DocumentParts& parts, const CostChapterPlace& place);

}  // namespace legeplan
