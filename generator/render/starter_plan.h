// A starter plan for `legeplan init`: the Mustache template templates/init/<language>/plan.yaml
// filled with the municipality, the period and the date, as YAML text.
#pragma once

#include <string>
#include <string_view>

#include "plan/model.h"
#include "render/template_dirs.h"

namespace legeplan {

struct StarterPlan {
    Language language = Language::nb;
    std::string municipality;  // valid UTF-8 without control characters
    Period period;
    std::string date;          // YYYY-MM-DD: the date of the first version
};

// The template's path relative to the templates folder ("init/nn/plan.yaml").
std::string starter_template_name(Language language);

// Renders the starter plan into out. False, with the reason in error, when the template cannot
// be read, has a syntax error or names data this function does not provide.
bool render_starter_plan(const StarterPlan& starter, const TemplateDirs& dirs, std::string& out,
                         std::string& error);

// text as the inside of a YAML double-quoted scalar: backslash and double quote escaped, so that
// any name loads back as written ("Ål", "Nord-Fron", "A: \"B\"").
std::string yaml_double_quoted_content(std::string_view text);

}  // namespace legeplan
