// One side of a comparison of two drafts (diff, review): a plan file, or REV:path read from
// git, checked.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "commands/check.h"
#include "plan/load.h"

namespace legeplan {

struct PlanSide {
    std::unique_ptr<FileReader> git;  // the reader of REV:path; null for a file
    std::string path;                 // the plan's path (in git's tree for REV:path)
    CheckedPlan checked;
};

// Reads and checks the side the argument names; its diagnostics go to err.
std::unique_ptr<PlanSide> load_plan_side(const std::string& argument, std::ostream& err);

}  // namespace legeplan
