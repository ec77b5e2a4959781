// The time stamped on every output of a plan.
#pragma once

#include <ctime>

#include "plan/model.h"

namespace legeplan {

// The plan's date at 00:00 UTC, so that the same plan gives the same bytes on every build.
std::time_t plan_timestamp(const Plan& plan);

}  // namespace legeplan
