#include "plan/plan_timestamp.h"

#include <algorithm>

namespace legeplan {

std::time_t plan_timestamp(const Plan& plan) {
    const Date& d = plan.meta.date;
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = std::max(0, d.month - 1);
    tm.tm_mday = std::max(1, d.day);
    return timegm(&tm);
}

}  // namespace legeplan
