// The words a regional overview's document and workbook share: its title and subtitle, the mark
// after a key figure from another year, what the key figures are and how the region's figure of
// each kind is formed.
#pragma once

#include <string>

#include "figures/region_sums.h"
#include "render/labels.h"

namespace legeplan {

// The overview's title: the region file's, else the labels' overview_title.
std::string overview_title(const Overview& overview, const Labels& labels);

// Under the title: the region's name and the year ("Vestre Viken – 2027"), or the year alone.
std::string overview_subtitle(const Overview& overview, const Labels& labels);

// After a key figure from another year than most of them (Overview::figure_year): " (2025)";
// more than kOldFigureYears older than the overview's year: " (2017, eldre tall)"; from no year
// said: " (uten år)".
std::string overview_year_mark(const FigureValue& value, const Overview& overview, const Labels& labels);

// What the key figures are, with the year most of them hold for, for the document and the sheet.
std::string key_figures_note(const Overview& overview, const Labels& labels);

// How the region's figure of a kind is formed, one sentence ("Fastleger 60 år og eldre: …").
std::string region_method_text(const RegionKeyFigure& figure, const Labels& labels);

}  // namespace legeplan
