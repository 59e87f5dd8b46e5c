#pragma once

#include "core/Statistics.h"

#include <QString>

// Statistics as a readable listing in the current language (`partyroll-cli stats --format
// text`): one figure per line, indented under its section, with shares to one decimal and
// rates to two decimals (statistics.md).
class StatisticsText
{
public:
    static QString render(const Statistics& statistics);
};
