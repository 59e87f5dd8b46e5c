#pragma once

#include "core/Enums.h"

#include <QString>

// A member on an organization's roll on a date, with what the lists of elections and reviews
// show.
struct RollMember
{
    qint64 memberId = 0;
    QString name;
    QString idNumber;
    qint64 orgId = 0;
    MemberCategory category = MemberCategory::Unknown;
};
