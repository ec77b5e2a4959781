#include "render/labels.h"

#include <filesystem>

#include "plan/load.h"
#include "plan/node_reader.h"
#include "render/template_dirs.h"
#include "text/translate.h"

namespace legeplan {

std::string Labels::with_year(const std::string& key, int year) const {
    std::string text = get(key);
    for (std::size_t at = text.find("{year}"); at != std::string::npos; at = text.find("{year}")) {
        text.replace(at, 6, std::to_string(year));
    }
    return text;
}

const std::string& Labels::get(const std::string& key) const {
    auto it = words_.find(key);
    if (it == words_.end()) {
        throw MissingLabel(fill(tr("label '{key}' is missing from {file}"), {{"key", key}, {"file", source}}));
    }
    return it->second;
}

std::string date_text(const Date& date, const Labels& labels) {
    if (date.month == 0) return std::to_string(date.year);
    return std::to_string(date.day) + ". " + labels.get("month_" + std::to_string(date.month)) +
           " " + std::to_string(date.year);
}

std::string version_and_date(const Metadata& meta, const Labels& labels) {
    return meta.version + ", " + date_text(meta.date, labels);
}

std::string period_text(const Period& period) {
    return std::to_string(period.from) + "–" + std::to_string(period.to);
}

std::string language_code(Language language) { return language == Language::nn ? "nn" : "nb"; }

namespace {

// Reads one label file's words into words, over any already there. The file is read inside its
// templates folder: a link there that leads elsewhere is refused, not read into the document.
bool read_label_file(const std::string& folder, const std::string& name, std::map<std::string, std::string>& words,
                     SourceFiles& files, Diagnostics& diags) {
    std::string resolved;
    LoadedFile file = load_yaml_file_inside(folder, name, resolved, files, diags, {}, {}, filesystem_reader(),
                                            nullptr, "label file");
    if (!file.root) return false;
    // Read like a plan, so that a wrong type in a label file is worded as in a plan.
    NodeReader read(diags);
    if (!read.is_map(file.root, tr("a label file"))) return false;
    for (const auto& [key, value] : file.root->entries) {
        if (auto text = read.text(value, fill(tr("label '{key}'"), {{"key", key->value}}))) words[key->value] = *text;
    }
    return true;
}

}  // namespace

bool load_labels(const std::string& templates_dir, Language language, Labels& out,
                 SourceFiles& files, Diagnostics& diags) {
    std::string file = "labels/" + language_code(language) + ".yaml";
    std::string path = templates_dir + "/" + file;
    std::map<std::string, std::string> words;
    // A municipality's own file need hold only the words it changes (and need not be redone when
    // legeplan gets new ones): ours come first, its own over them.
    std::error_code ec;
    bool own = !std::filesystem::equivalent(templates_dir, standard_templates_dir(), ec);
    if (own && !read_label_file(standard_templates_dir(), file, words, files, diags)) return false;
    if (!read_label_file(templates_dir, file, words, files, diags)) return false;
    out = Labels(std::move(words));
    out.source = path;
    return !diags.has_errors();
}

}  // namespace legeplan
