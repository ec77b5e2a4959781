#include "plan/dates.h"

#include <cstdio>

namespace legeplan {

bool is_calendar_day(int year, int month, int day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = days[month - 1] + ((month == 2 && leap) ? 1 : 0);
    return day <= last;
}

std::string iso_date(const Date& d) {
    if (d.month == 0) return std::to_string(d.year);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

}  // namespace legeplan
