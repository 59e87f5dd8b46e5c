#pragma once

#include "TableImporter.h"
#include "core/MembershipEvent.h"
#include "core/Organization.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"

#include <QHash>
#include <QList>

// import events: adds dated history to recorded members. Rows are grouped by member and each
// member's whole history is replayed with the new events before anything is written; an
// `admitted` row replaces the admission that import members created, and a row that repeats
// a recorded event changes nothing.
class EventImporter : public TableImporter
{
public:
    EventImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;
    Status finish() override;

private:
    struct PendingEvent
    {
        int row = 0;
        MembershipEvent event;
    };

    Status applyMember(qint64 memberId, const QList<PendingEvent>& pending);

    MemberStore m_members;
    EventStore m_events;
    QHash<QString, Organization> m_orgs;
    QHash<qint64, Organization> m_orgsById;
    QHash<qint64, QList<PendingEvent>> m_byMember;
    QList<qint64> m_memberOrder;
};
