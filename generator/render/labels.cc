#include "render/labels.h"

#include <filesystem>

#include "plan/load.h"
#include "plan/node_reader.h"

namespace legeplan {

const std::string& Labels::get(const std::string& key) const {
    auto it = words_.find(key);
    if (it == words_.end()) {
        throw MissingLabel("label '" + key + "' is missing from " + source);
    }
    return it->second;
}

std::string label_key(Funding value) {
    switch (value) {
        case Funding::existing_budget: return "funding_existing_budget";
        case Funding::new_money: return "funding_new_money";
        case Funding::state_grant: return "funding_state_grant";
        case Funding::external: return "funding_external";
        case Funding::other: return "funding_other";
        case Funding::none: break;
    }
    return "";
}

std::string label_key(Priority value) {
    switch (value) {
        case Priority::high: return "priority_high";
        case Priority::medium: return "priority_medium";
        case Priority::low: return "priority_low";
        case Priority::none: break;
    }
    return "";
}

std::string label_key(MeasureStatus value) {
    switch (value) {
        case MeasureStatus::proposed: return "measure_status_proposed";
        case MeasureStatus::planned: return "measure_status_planned";
        case MeasureStatus::in_progress: return "measure_status_in_progress";
        case MeasureStatus::done: return "measure_status_done";
        case MeasureStatus::postponed: return "measure_status_postponed";
        case MeasureStatus::dropped: return "measure_status_dropped";
        case MeasureStatus::none: break;
    }
    return "";
}

std::string label_key(PlanStatus value) {
    switch (value) {
        case PlanStatus::draft: return "status_draft";
        case PlanStatus::sent_to_lsu: return "status_sent_to_lsu";
        case PlanStatus::lsu_statement: return "status_lsu_statement";
        case PlanStatus::sent_to_council: return "status_sent_to_council";
        case PlanStatus::adopted: return "status_adopted";
    }
    return "";
}

std::string label_key(LsuPosition value) {
    switch (value) {
        case LsuPosition::supports: return "lsu_position_supports";
        case LsuPosition::supports_with_changes: return "lsu_position_supports_with_changes";
        case LsuPosition::does_not_support: return "lsu_position_does_not_support";
    }
    return "";
}

std::string language_code(Language language) { return language == Language::nn ? "nn" : "nb"; }

bool load_labels(const std::string& templates_dir, Language language, Labels& out,
                 SourceFiles& files, Diagnostics& diags) {
    std::string path = templates_dir + "/labels/" + language_code(language) + ".yaml";
    LoadedFile file = load_yaml_file(path, files, diags);
    if (!file.root) return false;
    // Read like a plan, so that a wrong type in a label file is worded as in a plan.
    NodeReader read(diags);
    if (!read.is_map(file.root, "a label file")) return false;
    std::map<std::string, std::string> words;
    for (const auto& [key, value] : file.root->entries) {
        if (auto text = read.text(value, "label '" + key->value + "'")) words[key->value] = *text;
    }
    out = Labels(std::move(words));
    out.source = path;
    return !diags.has_errors();
}

}  // namespace legeplan
