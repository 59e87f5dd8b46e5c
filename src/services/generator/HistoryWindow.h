#pragma once

#include "services/generator/Day.h"

#include <vector>

namespace Generation {

// The years of history generated before today. Moves, transfers, departures and the dated
// events of organizations fall inside it; admissions and probations may predate it.
struct HistoryWindow
{
    HistoryWindow(const QDate& reference, int yearsBack)
        : todayDate(reference)
        , today(dayOf(reference))
        , start(dayOf(reference.addYears(-yearsBack)))
        , years(yearsBack)
    {
        for (int k = 0; k <= years; ++k) {
            yearStarts.push_back(addYears(start, k));
        }
    }

    QDate todayDate;
    Day today = 0;
    Day start = 0;
    int years = 0;
    std::vector<Day> yearStarts; // start + k years, k = 0 .. years
};

} // namespace Generation
