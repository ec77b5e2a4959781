#include "plan/plan_index.h"

#include <algorithm>

namespace legeplan {

PlanIndex::PlanIndex(const Plan& plan) {
    // First definition wins; validate reports the duplicates.
    for (const Unit& u : plan.units) units.emplace(u.id, &u);
    for (const Service& s : plan.services) services.emplace(s.id, &s);
    for (const Rate& r : plan.rates) rates.emplace(r.id, &r);
    for (const Doctor& d : plan.doctors) doctors.emplace(d.id, &d);
    for (const Goal& g : plan.goals) {
        goals.emplace(g.id, &g);
        for (const Indicator& i : g.indicators) indicators.emplace(i.id, &i);
    }
    for (const Measure& m : plan.measures) {
        measures.emplace(m.id, &m);
        measures_at[m.section.id].push_back(&m);
    }
    for (auto& [place, placed] : measures_at) {
        std::stable_sort(placed.begin(), placed.end(),
                         [](const Measure* a, const Measure* b) { return a->number < b->number; });
    }
    for (const Chapter& c : plan.chapters) {
        chapters.emplace(c.id, &c);
        chapter_of.emplace(c.id, &c);
        for (const Section& s : c.sections) {
            sections.emplace(s.id, &s);
            chapter_of.emplace(s.id, &c);
        }
    }
}

const Chapter* PlanIndex::chapter_of_measure(const Measure& m) const {
    auto it = chapter_of.find(m.section.id);
    return it == chapter_of.end() ? nullptr : it->second;
}

std::vector<std::string> PlanIndex::place_ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, chapter] : chapter_of) ids.push_back(id);
    return ids;
}

std::vector<const Measure*> measures_in_reading_order(const Plan& plan, const PlanIndex& index) {
    std::vector<const Measure*> order;
    auto add = [&](const std::string& place) {
        auto it = index.measures_at.find(place);
        if (it != index.measures_at.end()) order.insert(order.end(), it->second.begin(), it->second.end());
    };
    for (const Chapter& c : plan.chapters) {
        add(c.id);
        for (const Section& s : c.sections) add(s.id);
    }
    return order;
}

std::string responsible_names(const PlanIndex& index, const Measure& measure) {
    std::string out;
    for (const Ref& r : measure.responsible) {
        auto it = index.units.find(r.id);
        out += (out.empty() ? "" : ", ") + (it != index.units.end() ? it->second->name : r.id);
    }
    return out;
}

std::string goal_titles(const PlanIndex& index, const Measure& measure) {
    std::string titles;
    for (const Ref& g : measure.goals) {
        auto found = index.goals.find(g.id);
        if (found == index.goals.end()) continue;
        titles += (titles.empty() ? "" : "; ") + found->second->title;
    }
    return titles;
}

std::string place_name(const Plan& plan, const std::string& id) {
    for (const Chapter& c : plan.chapters) {
        std::string prefix = c.numbered ? std::to_string(c.number) + " " : "";
        if (c.id == id) return prefix + c.title;
        int n = 1;
        for (const Section& s : c.sections) {
            std::string number = c.numbered ? std::to_string(c.number) + "." + std::to_string(n) + " " : "";
            ++n;
            if (s.id == id) return number + s.title;
        }
    }
    return id;
}

}  // namespace legeplan
