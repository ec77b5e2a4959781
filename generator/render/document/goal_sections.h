// The plan's goals as the document shows them: each goal with its text, its indicators as a
// small table (baseline and target with their years, numbers the Norwegian way) and links to the
// measures that serve it.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

#include "render/document_parts.h"

namespace legeplan {

// One entry per goal, in the plan's order: anchor, title, text, has_indicators, indicators
// (title, unit, baseline, baseline_year, target, target_year), has_measures and measures
// (number, title, anchor, in number order).
kainjow::mustache::data goal_sections(const DocumentParts& parts);

}  // namespace legeplan
