#include "render/starter_plan.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <kainjow/mustache.hpp>

namespace legeplan {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

// The data a starter template may name.
const std::set<std::string> kKnownNames = {"municipality", "from", "to", "yearly_from", "baseline_year", "date"};

// The first tag naming data we do not provide ("{{municipalty}}"), or empty. Comments ({{! }})
// and section ends are not names.
std::string unknown_name(const std::string& text) {
    static const std::regex tag(R"(\{\{\{?\s*([#^&]?)\s*([^}!/\s][^}\s]*)\s*\}?\}\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it) {
        std::string name = (*it)[2].str();
        if (!kKnownNames.count(name)) return name;
    }
    return {};
}

}  // namespace

std::string starter_template_name(Language language) {
    return std::string("init/") + (language == Language::nn ? "nn" : "nb") + "/plan.yaml";
}

std::string yaml_double_quoted_content(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '"') out += '\\';
        out += c;
    }
    return out;
}

bool render_starter_plan(const StarterPlan& starter, const TemplateDirs& dirs, std::string& out,
                         std::string& error) {
    std::string path = dirs.find(starter_template_name(starter.language));
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        error = "cannot read the starter plan's template " + path;
        return false;
    }
    std::string text = buffer.str();
    mustache tmpl(text);
    if (!tmpl.is_valid()) {
        error = "the starter plan's template " + path + " has an error: " + tmpl.error_message();
        return false;
    }
    if (std::string name = unknown_name(text); !name.empty()) {
        error = "the starter plan's template " + path + " uses '" + name + "', which init does not provide";
        return false;
    }
    // A yearly example cost starts in the period's second year, so the phasing shows it begin.
    int yearly_from = starter.period.from < starter.period.to ? starter.period.from + 1 : starter.period.from;
    data d;
    d.set("municipality", starter.municipality);
    d.set("from", std::to_string(starter.period.from));
    d.set("to", std::to_string(starter.period.to));
    d.set("yearly_from", std::to_string(yearly_from));
    d.set("baseline_year", std::to_string(starter.period.from - 1));
    d.set("date", starter.date);
    // Every value goes inside double quotes in the template, or is digits and dashes.
    tmpl.set_custom_escape([](const std::string& s) { return yaml_double_quoted_content(s); });
    out = tmpl.render(d);
    if (!tmpl.is_valid()) {
        error = "the starter plan's template " + path + " failed: " + tmpl.error_message();
        return false;
    }
    return true;
}

}  // namespace legeplan
