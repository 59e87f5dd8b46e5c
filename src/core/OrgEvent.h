#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

// A dated change of an organization: re-affiliation (new parent), renaming or dissolution.
struct OrgEvent
{
    qint64 id = 0;
    qint64 orgId = 0;
    QDate date;
    OrgEventKind kind = OrgEventKind::Renamed;
    qint64 parentId = 0; // reaffiliated: the new parent (0 = becomes a root)
    QString name;        // renamed: the new name
};
