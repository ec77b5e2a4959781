// Where templates, labels, the CSS and the reference document come from: a municipality's own
// folder first, then ours; ours lie beside an installed binary, or in the source tree it was
// built from.
#pragma once

#include <filesystem>
#include <string>

#include "plan/open_inside.h"

namespace legeplan {

// The data root: <folder of the running binary>/../share/legeplan when that folder exists (an
// installed or moved legeplan), else the source tree compiled in (build/legeplan in a clone).
// Worked out once per process.
const std::string& data_root();

// The data root of a binary at exe_path, with source_root as the fall-back (what data_root()
// uses, apart for tests).
std::string data_root_for(const std::string& exe_path, const std::string& source_root);

// <data root>/templates: our templates, labels, CSS and reference.docx.
std::string standard_templates_dir();

// <data root>/schema/legeplan.schema.json.
std::string schema_path();

// Where the message catalogs are (<dir>/nb/LC_MESSAGES/legeplan.mo): share/locale beside an
// installed legeplan, else the build folder's locale/ (built from po/ by msgfmt).
std::string message_catalogs_dir();

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
