// The one-line summary `validate` prints, for checking a plan against its paper version.
#pragma once

#include <string>

#include "figures/figures.h"

namespace legeplan {

// "37 measures · recurring 17 100 000 kr/yr · one-time 1 300 000 kr · total 18 400 000 kr",
// and a second line with the estimates kept outside the total, when there are any.
std::string summary_text(const Figures& figures);

}  // namespace legeplan
