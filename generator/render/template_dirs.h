// Where templates, labels, the CSS and the reference document come from: a municipality's own
// folder first, then ours.
#pragma once

#include <filesystem>
#include <string>

#include "plan/open_inside.h"
#include "render/data_dir.h"

namespace legeplan {

struct TemplateDirs {
    std::string custom;  // may be empty
    std::string standard = standard_templates_dir();

    // The path of a template file: custom/name when it exists, else standard/name.
    std::string find(const std::string& name) const;
    // The same file, to be read inside its folder (so a link there cannot lead elsewhere).
    InputFile locate(const std::string& name) const;
};

// True when path exists; false also when it cannot be checked (too long, no access).
bool exists_quietly(const std::filesystem::path& path);

// The folder whose labels/ to read: the custom templates folder when it has one, else ours.
std::string labels_folder(const std::string& custom_templates);

}  // namespace legeplan
