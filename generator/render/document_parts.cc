#include "render/document_parts.h"

#include <algorithm>

namespace legeplan {

DocumentParts::DocumentParts(const Plan& p, const Figures& f, const Labels& l)
    : plan(p), figures(f), labels(l), index(p) {
    for (const Measure& m : plan.measures) sorted_.push_back(&m);
    std::stable_sort(sorted_.begin(), sorted_.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    for (const std::string& id : index.place_ids()) used_ids_.insert(id);
    for (const Appendix& a : plan.appendices) used_ids_.insert(a.id);
    for (const Measure* m : sorted_) measure_ids_[m] = claim_id("tiltak-" + std::to_string(m->number));
    for (const Goal& g : plan.goals) goal_ids_[&g] = claim_id("mal-" + g.id);
}

std::string DocumentParts::claim_id(const std::string& wanted) {
    std::string id = wanted;
    for (int n = 2; used_ids_.count(id); ++n) id = wanted + "-" + std::to_string(n);
    used_ids_.insert(id);
    return id;
}

std::string DocumentParts::unit_names(const Measure& m) const {
    std::string names = responsible_names(index, m);
    return names.empty() ? label("none") : names;
}

std::string DocumentParts::unit_name(const std::string& id) const {
    auto unit = index.units.find(id);
    return unit == index.units.end() ? label("no_unit") : unit->second->name;
}

std::string DocumentParts::chapter_name(const Chapter& c) const {
    return c.numbered ? std::to_string(c.number) + " " + c.title : c.title;
}

std::string DocumentParts::section_number(const Chapter& c, std::size_t index) {
    return c.numbered ? std::to_string(c.number) + "." + std::to_string(index + 1) : "";
}

}  // namespace legeplan
