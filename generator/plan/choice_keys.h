// The key of each value of the plan's choices ("funding_new_money"): the word outputs look up in
// the label files, and what the diff records when a choice changes. "" for a choice left out.
#pragma once

#include <string>

#include "plan/model.h"

namespace legeplan {

std::string label_key(Funding value);
std::string label_key(Priority value);
std::string label_key(MeasureStatus value);
std::string label_key(PlanStatus value);
std::string label_key(LsuPosition value);
std::string label_key(PublicTask value);

}  // namespace legeplan
