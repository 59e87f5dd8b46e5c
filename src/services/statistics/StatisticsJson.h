#pragma once

#include "core/Statistics.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Statistics in the JSON contract of statistics.md (`partyroll-cli stats --format json`):
// counts as integers, averages as unrounded numbers, org.code null for the whole database.
// The CSV layout is the same figures flattened: one (key path, value) pair per figure.
class StatisticsJson
{
public:
    static QJsonObject toJson(const Statistics& statistics);
    // ("org.code", "COM1"), ("as_of", "2024-12-31") ... ("review.handled", "0"), in contract order.
    static QList<QPair<QString, QString>> toKeyValues(const Statistics& statistics);
};
