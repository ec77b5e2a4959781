// The name a plan's outputs are written under when the command line gives none: the
// municipality and the period as a file name, "Bergen" 2027–2030 → "bergen-2027-2030", whatever
// the plan's file or folder is called, so that a draft in utkast1/plan.yaml writes the same
// bergen-2027-2030.pdf as the final plan.
#pragma once

#include <string>

#include "plan/model.h"

namespace legeplan {

// text/slug.h of "<municipality> <from>-<to>"; "plan" and the period when the municipality's
// name leaves no letter or digit.
std::string output_stem(const Metadata& meta);

}  // namespace legeplan
