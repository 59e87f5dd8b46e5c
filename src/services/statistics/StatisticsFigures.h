#pragma once

#include "core/Statistics.h"

#include <QList>
#include <QString>

// Statistics as an ordered list of figures: the key path of the JSON contract, a translated
// label, the value, and the natural base of its share or rate. Every layout (JSON, CSV, the
// text listing, later the printed report and the GUI tables) walks this one list, so a figure
// and its base are named in one place.
class StatisticsFigures
{
public:
    enum class Ratio {
        None,
        Share, // 占比: one decimal
        Rate,  // 率: two decimals
    };

    struct Figure
    {
        QString key;   // "members.age_bands.30_or_under"; a heading's key is its object
        QString label; // translated
        int depth = 0; // 0 = section heading, 1 = figure of the section, 2 = nested ...
        bool heading = false;
        bool average = false; // value = sum / count, unrounded in JSON
        qint64 value = 0;     // the count, or the sum of an average
        qint64 count = 0;     // an average's number of values
        Ratio ratio = Ratio::None;
        qint64 base = 0;      // of the share or rate
        QString baseKey;      // the figure that holds the base
        bool contract = true; // a key of the statistics.md JSON contract (false: listings only)

        double averageValue() const { return count == 0 ? 0.0 : double(value) / double(count); }
        // "30.4%" / "98.18%" / "" without a ratio.
        QString ratioText() const;
        // The value as printed: an integer, or an average with one decimal.
        QString valueText() const;
    };

    static QList<Figure> of(const Statistics& statistics);
};
