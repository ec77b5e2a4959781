// `build` given several plans, or folders of plans: every plan built into one output folder,
// several at once, each plan's messages printed whole, and how far the batch has come on
// standard error.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "commands/build.h"

namespace legeplan {

struct BatchOptions : BuildOptions {
    // Plan files, or folders standing for their own plan.yaml and every plan.yaml one level
    // below (plans/ → plans/bergen/plan.yaml, plans/oslo/plan.yaml). BuildOptions::plan_path is
    // not used.
    std::vector<std::string> plans;
    bool terminal = false;  // standard error is a terminal: progress in one line, updated in place
};

// One plan file: exactly build_outputs. Otherwise every plan is built with the same options,
// and the result is the worst of theirs (output_failed, then unreadable_plan, then
// invalid_plan). unreadable_plan also stands for arguments that name no plan, or two plans
// that would write the same output names; then nothing is built.
BuildStatus build_plans(const BatchOptions& options, std::ostream& out, std::ostream& err);

}  // namespace legeplan
