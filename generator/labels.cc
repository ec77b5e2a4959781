#include "labels.h"

#include <filesystem>

#include "load.h"
#include "output.h"

namespace legeplan {

const std::string& Labels::get(const std::string& key) const {
    auto it = words_.find(key);
    if (it == words_.end()) {
        throw MissingLabel("label '" + key + "' is missing from " + source);
    }
    return it->second;
}

std::string labels_folder(const std::string& custom_templates) {
    if (!custom_templates.empty() && exists_quietly(custom_templates + "/labels")) {
        return custom_templates;
    }
    return LEGEPLAN_TEMPLATES_DIR;
}

std::string language_code(Language language) { return language == Language::nn ? "nn" : "nb"; }

bool load_labels(const std::string& templates_dir, Language language, Labels& out,
                 SourceFiles& files, Diagnostics& diags) {
    std::string path = templates_dir + "/labels/" + language_code(language) + ".yaml";
    LoadedFile file = load_yaml_file(path, files, diags);
    if (!file.root) return false;
    if (file.root->kind != YamlNode::Kind::map) {
        diags.error("E011", file.root->pos, "a label file must be a map of key: text");
        return false;
    }
    std::map<std::string, std::string> words;
    for (const auto& [key, value] : file.root->entries) {
        if (value->kind != YamlNode::Kind::scalar) {
            diags.error("E011", value->pos, "label '" + key->value + "' must be text");
            continue;
        }
        words[key->value] = value->value;
    }
    out = Labels(std::move(words));
    out.source = path;
    return !diags.has_errors();
}

}  // namespace legeplan
