#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

// One dated step of a member's history. For admission, transfer in, move and restoration
// orgId is the organization after the event; for a leaving event, the one left; 0 when the
// step happened outside this database.
struct MembershipEvent
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDate date;
    EventKind kind = EventKind::Admitted;
    qint64 orgId = 0;
    QString note;
};
