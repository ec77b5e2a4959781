// What the parts of the plan document's data share: the plan with its figures and labels, the
// measures in number order, and the ids that link the parts to each other — each measure's
// block, the cost chapter's sections. Every id is unique in the document: an id the plan gives a
// chapter, section or appendix is never handed out again.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

struct ChartSet;

class DocumentParts {
public:
    DocumentParts(const Plan& plan, const Figures& figures, const Labels& labels);

    const Plan& plan;
    const Figures& figures;
    const Labels& labels;
    const PlanIndex index;
    ChartSet* charts = nullptr;  // where the cost chapter's charts go (render/charts/charts.h); null: none

    const std::vector<const Measure*>& measures() const { return sorted_; }  // by number
    const MeasureFigures& figures_of(const Measure& m) const { return figures.of(plan, m); }
    const std::string& label(const std::string& key) const { return labels.get(key); }

    // The id of the measure's block: "tiltak-12".
    const std::string& measure_id(const Measure& m) const { return measure_ids_.at(&m); }
    // The id of the goal's section in the document: "mal-tilgang".
    const std::string& goal_id(const Goal& g) const { return goal_ids_.at(&g); }
    // wanted, or wanted-2, wanted-3 … when it is taken; from then on taken itself.
    std::string claim_id(const std::string& wanted);

    // The measure's responsible units, lead first; "–" for none.
    std::string unit_names(const Measure& m) const;
    // A unit's name; the label for "no unit" for the group of measures without one ("").
    std::string unit_name(const std::string& id) const;
    // "2 Fastlegeordningen"; the title alone for an unnumbered chapter.
    std::string chapter_name(const Chapter& c) const;
    // The number of the chapter's section at index (from 0): "2.1"; "" in an unnumbered chapter.
    static std::string section_number(const Chapter& c, std::size_t index);

private:
    std::vector<const Measure*> sorted_;
    std::set<std::string> used_ids_;
    std::map<const Measure*, std::string> measure_ids_;
    std::map<const Goal*, std::string> goal_ids_;
};

}  // namespace legeplan
