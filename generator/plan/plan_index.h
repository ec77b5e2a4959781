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
    // A chapter or section id → the chapter it is (or is in).
    std::map<std::string, const Chapter*> chapter_of;

    // The chapter a measure belongs to, or null when its section is unknown.
    const Chapter* chapter_of_measure(const Measure& m) const;
    std::vector<std::string> place_ids() const;  // every chapter and section id
};

// The names of a measure's responsible units, lead first, joined by ", "; "" when none.
std::string responsible_names(const PlanIndex& index, const Measure& measure);

// The titles of the goals a measure serves, in the order it names them, joined by "; " (a
// title may hold a comma); an unknown goal is left out.
std::string goal_titles(const PlanIndex& index, const Measure& measure);

}  // namespace legeplan
