#pragma once

#include "RollMember.h"
#include "core/MemberTimeline.h"
#include "core/MembershipEvent.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class Database;
class SqliteStatement;

// SQL for membership events and the roll questions answered from their derived state columns.
class EventStore
{
public:
    explicit EventStore(Database& db);
    ~EventStore();

    Result<QList<MembershipEvent>> eventsOf(qint64 memberId);
    // Writes the steps of a member's timeline (its events with the derived state after each),
    // replacing whatever the member had. Existing event ids are kept.
    Status replaceHistory(qint64 memberId, const MemberTimeline& timeline, bool memberIsNew = false);

    // The id of the member's most recently inserted event (0 when none).
    Result<qint64> newestEventId(qint64 memberId);

    // Every event ordered by member and date, streamed (export).
    Status forEach(const std::function<bool(const MembershipEvent&)>& visit);

    // For each member, the organization their history in this database starts in (the first
    // event naming one).
    Result<QHash<qint64, qint64>> firstOrganizations();

    // How many members are on the roll of these organizations on a date.
    Result<qint64> onRollCount(const QList<qint64>& orgIds, const QDate& date);
    // The members on the roll of one organization on a date.
    Result<QList<qint64>> onRollOf(qint64 orgId, const QDate& date);
    // The members on the roll of these organizations on a date, with names, by name.
    Result<QList<RollMember>> onRollOn(const QList<qint64>& orgIds, const QDate& date);

private:
    static void bindStep(SqliteStatement& statement, qint64 memberId, const MemberTimeline::Step& step);

    Database& m_db;
    std::unique_ptr<SqliteStatement> m_insert;
};
