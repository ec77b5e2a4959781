// Lookups from ids to the things a plan defines; built once over a model.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "plan/model.h"

namespace legeplan {

struct PlanIndex {
    explicit PlanIndex(const Plan& plan);

    std::map<std::string, const Unit*> units;
    std::map<std::string, const Service*> services;
    std::map<std::string, const Rate*> rates;
    std::map<std::string, const Chapter*> chapters;
    std::map<std::string, const Section*> sections;
    std::map<std::string, const Goal*> goals;
    std::map<std::string, const Indicator*> indicators;
    std::map<std::string, const Measure*> measures;
    std::map<std::string, const Doctor*> doctors;
    // A chapter or section id → the chapter it is (or is in).
    std::map<std::string, const Chapter*> chapter_of;
    // A chapter or section id → the measures placed there, by number: the order the document
    // shows them in under that heading.
    std::map<std::string, std::vector<const Measure*>> measures_at;

    // The chapter a measure belongs to, or null when its section is unknown.
    const Chapter* chapter_of_measure(const Measure& m) const;
    std::vector<std::string> place_ids() const;  // every chapter and section id
};

// The measures in the order the plan document shows them: chapter by chapter as the plan lists
// them, a chapter's own measures before its sections', each place's by number. A measure placed
// in a chapter or section the plan does not have is left out, as the document leaves it out.
std::vector<const Measure*> measures_in_reading_order(const Plan& plan, const PlanIndex& index);

// A chapter or section by its number and title: "2.1 Tilgjengelighet og prioritering" (the title
// alone in an unnumbered chapter); the id itself when the plan has no such place.
std::string place_name(const Plan& plan, const std::string& id);

// The names of a measure's responsible units, lead first, joined by ", "; "" when none.
std::string responsible_names(const PlanIndex& index, const Measure& measure);

// The titles of the goals a measure serves, in the order it names them, joined by "; " (a
// title may hold a comma); an unknown goal is left out.
std::string goal_titles(const PlanIndex& index, const Measure& measure);

}  // namespace legeplan
