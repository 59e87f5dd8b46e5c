#pragma once

#include <QDate>

// What the statistics are asked for (statistics.md, "Scope and time"): a subtree (its root
// organization, or the whole database), a period for the flow figures and an as-of date for
// the roster snapshot. The factories follow the stats command's options.
struct StatisticsRequest
{
    qint64 rootId = 0; // 0 = the whole database
    QDate from;
    QDate to;
    QDate asOf;

    // --year Y: Y-01-01 .. Y-12-31, as of Y-12-31.
    static StatisticsRequest forYear(int year, qint64 rootId = 0)
    {
        return StatisticsRequest{rootId, QDate(year, 1, 1), QDate(year, 12, 31), QDate(year, 12, 31)};
    }
    // --as-of D: (year of D)-01-01 .. D, as of D.
    static StatisticsRequest forAsOf(const QDate& asOf, qint64 rootId = 0)
    {
        return StatisticsRequest{rootId, QDate(asOf.year(), 1, 1), asOf, asOf};
    }
    // --from A --to B: A .. B, as of B.
    static StatisticsRequest forRange(const QDate& from, const QDate& to, qint64 rootId = 0)
    {
        return StatisticsRequest{rootId, from, to, to};
    }

    bool isValid() const { return from.isValid() && to.isValid() && asOf.isValid() && from <= to; }
};
