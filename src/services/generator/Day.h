#pragma once

#include <QDate>

#include <limits>

namespace Generation {

// Dates as Julian day numbers: the generator compares and shifts millions of them.
using Day = int;
constexpr Day Never = std::numeric_limits<int>::max();

inline Day dayOf(const QDate& date)
{
    return static_cast<Day>(date.toJulianDay());
}

inline QDate dateOf(Day day)
{
    return QDate::fromJulianDay(day);
}

inline Day addYears(Day day, int years)
{
    return dayOf(dateOf(day).addYears(years));
}

inline Day addMonths(Day day, int months)
{
    return dayOf(dateOf(day).addMonths(months));
}

} // namespace Generation
