#pragma once

#include "Enums.h"

#include <QDate>

// A post held by a member in an organization from one date to another (null = still held).
struct Post
{
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 memberId = 0;
    PostKind kind = PostKind::Secretary;
    QDate from;
    QDate to;
    bool concurrentAdminHead = false; // 一肩挑: the secretary also heads the unit
};
