// What a draft's diagnostics allow a comparison to show: whether the plan loaded at all, whether
// its sums can be trusted, and its errors as lines the diff report lists first.
#pragma once

#include <string>
#include <vector>

#include "plan/diag.h"

namespace legeplan {

// False when a file of the plan could not be read or parsed (E001–E006, E008): the model then lacks
// whatever that file held, and a comparison would show it as removed.
bool plan_loaded(const Diagnostics& diags);

// True when every error is of a kind that leaves the figures as the plan's costs make them: a
// failing assertion (checked after the figures), a gap in the numbers, a key-figure row, a link,
// a picture or a character in a text. Any other error (an unknown rate, an overflow, a cost
// the model skipped) can make a sum wrong, and a wrong sum is worse than none.
bool sums_trustworthy(const Diagnostics& diags);

// One error of one version, as the report lists it.
struct DraftError {
    bool in_new_version = false;
    std::string where;    // "bergen/plan.yaml:445", or "" when it concerns no file; the path
                          // escaped as on the terminal (shown_path), for the summary's one line
    std::string code;     // "E030"
    std::string message;  // the diagnostic's message, as stderr shows it
};

// The errors (not the warnings) of one version, in the order of their position.
std::vector<DraftError> draft_errors(const Diagnostics& diags, const SourceFiles& files,
                                     bool in_new_version);

}  // namespace legeplan
