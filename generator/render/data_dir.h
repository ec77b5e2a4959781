// Where legeplan's own data (templates, labels, the schema) lies: beside an installed binary, or
// in the source tree it was built from.
#pragma once

#include <string>

namespace legeplan {

// The data root: <folder of the running binary>/../share/legeplan when that folder exists (an
// installed or moved legeplan), else the source tree compiled in (build/legeplan in a clone).
// Worked out once per process.
const std::string& data_root();

// The data root of a binary at exe_path, with source_root as the fall-back (what data_root()
// uses, apart for tests).
std::string data_root_for(const std::string& exe_path, const std::string& source_root);

// <data root>/templates: our templates, labels, CSS, reference.docx and html2pdf.py.
std::string standard_templates_dir();

// <data root>/schema/legeplan.schema.json.
std::string schema_path();

}  // namespace legeplan
