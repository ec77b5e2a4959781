// Calendar dates: whether a day is in the calendar, and a date as the plan writes it.
#pragma once

#include <string>

#include "plan/model.h"

namespace legeplan {

// Whether year-month-day is a day of the Gregorian calendar (29 February only in a leap year).
bool is_calendar_day(int year, int month, int day);

// "2027-11-30"; "2027" for a year alone.
std::string iso_date(const Date& d);

}  // namespace legeplan
