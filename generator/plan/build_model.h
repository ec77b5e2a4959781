// YAML node trees → the plan model, reporting every shape and type error (unknown keys, wrong
// types, missing keys, malformed amounts, ids and dates). Cross-references are validate's job.
#pragma once

#include "plan/diag.h"
#include "plan/load.h"
#include "plan/model.h"

namespace legeplan {

// Builds what it can even when there are errors, so that validate can report more of them.
Plan build_model(const PlanSources& sources, SourceFiles& files, Diagnostics& diags,
                 const LoadLimits& limits = {});

}  // namespace legeplan
