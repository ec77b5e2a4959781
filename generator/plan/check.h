// The front half of the pipeline: load → build_model → validate, for every command.
#pragma once

#include <string>

#include "plan/diag.h"
#include "plan/load.h"
#include "plan/model.h"

namespace legeplan {

struct CheckedPlan {
    Plan plan;
    SourceFiles files;
    Diagnostics diags;

    // True when the plan may be rendered: no errors, and no warnings if strict.
    bool usable(bool strict) const {
        return !diags.has_errors() && !(strict && diags.warning_count() > 0);
    }
};

CheckedPlan check_plan(const std::string& path, const LoadLimits& limits = {},
                       const FileReader& reader = filesystem_reader());

}  // namespace legeplan
