// `legeplan build`: one plan built (plan_build.h), or several plans or folders of plans, every
// plan built into the one output folder -o names, or into the folder beside its own plan,
// several at once, each plan's messages printed whole, and how
// far the batch has come on standard error.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "commands/plan_build.h"

namespace legeplan {

// Plan files, or folders standing for their own plan.yaml and every plan.yaml one level below
// (plans/ → plans/bergen/plan.yaml, plans/oslo/plan.yaml), each built with each's options (its
// plan_path aside). One plan file: exactly build_outputs. Otherwise the outcome is the worst of
// theirs; bad_usage also stands for arguments that name no plan, or two plans that would write
// the same files (their names come from their municipality and period), and then nothing is built. terminal: standard error is a terminal, so
// progress is one line, updated in place.
Outcome build_plans(const std::vector<std::string>& arguments, const BuildOptions& each, bool terminal,
                    std::ostream& out, std::ostream& err);

// The command: the arguments' plans built with their output options.
Outcome run_build(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
