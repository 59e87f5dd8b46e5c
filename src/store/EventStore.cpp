#include "EventStore.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

#include <algorithm>

EventStore::EventStore(Database& db)
    : m_db(db)
{
}

EventStore::~EventStore() = default;

Result<QList<MembershipEvent>> EventStore::eventsOf(qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, date, kind, org_id, note FROM membership_events WHERE member_id=?"
                                      " ORDER BY date, CASE kind WHEN 1 THEN 0 ELSE 1 END, id"),
                       {memberId});
    if (!q.ok()) {
        return q.error();
    }
    QList<MembershipEvent> result;
    while (q->next()) {
        MembershipEvent e;
        e.id = q->value(0).toLongLong();
        e.memberId = memberId;
        e.date = Dates::fromText(q->value(1).toString());
        e.kind = static_cast<EventKind>(q->value(2).toInt());
        e.orgId = q->value(3).toLongLong();
        e.note = q->value(4).toString();
        result.append(e);
    }
    return result;
}

Status EventStore::replaceHistory(qint64 memberId, const MemberTimeline& timeline, bool memberIsNew)
{
    if (!memberIsNew) {
        // Only the events that are gone are deleted; the kept ones are updated in place, so the
        // audit trail records what changed, not the whole history again.
        QStringList kept;
        for (const MemberTimeline::Step& step : timeline.steps()) {
            if (step.event.id != 0) {
                kept.append(QString::number(step.event.id));
            }
        }
        const QString sql = kept.isEmpty() ? QStringLiteral("DELETE FROM membership_events WHERE member_id=?")
                                           : QStringLiteral("DELETE FROM membership_events WHERE member_id=?"
                                                            " AND id NOT IN (%1)")
                                                 .arg(kept.join(u','));
        if (auto done = m_db.exec(sql, {memberId}); !done.ok()) {
            return done.error();
        }
    }
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO membership_events (id, member_id, date, kind, org_id, note, roll_org_id, category, ends_on)"
            " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)"
            " ON CONFLICT(id) DO UPDATE SET member_id=excluded.member_id, date=excluded.date, kind=excluded.kind,"
            " org_id=excluded.org_id, note=excluded.note, roll_org_id=excluded.roll_org_id,"
            " category=excluded.category, ends_on=excluded.ends_on");
    }
    for (const MemberTimeline::Step& step : timeline.steps()) {
        bindStep(*m_insert, memberId, step);
        if (auto done = m_insert->run(); !done.ok()) {
            return done;
        }
    }
    return {};
}

void EventStore::bindStep(SqliteStatement& statement, qint64 memberId, const MemberTimeline::Step& step)
{
    static const QString openEnd = SqlDialect::openEnd();
    statement.bindId(1, step.event.id);
    statement.bind(2, memberId);
    statement.bind(3, step.event.date);
    statement.bind(4, int(step.event.kind));
    statement.bindId(5, step.event.orgId);
    statement.bind(6, step.event.note);
    statement.bindId(7, step.rollOrgId);
    statement.bind(8, int(step.category));
    if (step.endsOn.isValid()) {
        statement.bind(9, step.endsOn);
    } else {
        statement.bind(9, openEnd);
    }
}

Status EventStore::forEach(const std::function<bool(const MembershipEvent&)>& visit)
{
    SqliteStatement q(m_db, "SELECT id, member_id, date, kind, org_id, note FROM membership_events"
                            " ORDER BY member_id, date, CASE kind WHEN 1 THEN 0 ELSE 1 END, id");
    while (q.next()) {
        MembershipEvent e;
        e.id = q.integer(0);
        e.memberId = q.integer(1);
        e.date = Dates::fromText(q.text(2));
        e.kind = static_cast<EventKind>(q.integer(3));
        e.orgId = q.integer(4);
        e.note = q.text(5);
        if (!visit(e)) {
            break;
        }
    }
    return q.status();
}

Result<qint64> EventStore::onRollCount(const QList<qint64>& orgIds, const QDate& date)
{
    SqliteStatement q(m_db,
                      "SELECT count(*) FROM membership_events WHERE roll_org_id=?1 AND date <= ?2 AND ends_on > ?2");
    qint64 total = 0;
    for (const qint64 org : orgIds) {
        q.bind(1, org);
        q.bind(2, date);
        if (q.next()) {
            total += q.integer(0);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    return total;
}

Result<QList<qint64>> EventStore::onRollOf(qint64 orgId, const QDate& date)
{
    SqliteStatement q(m_db,
                      "SELECT member_id FROM membership_events WHERE roll_org_id=?1 AND date <= ?2 AND ends_on > ?2");
    q.bind(1, orgId);
    q.bind(2, date);
    QList<qint64> result;
    while (q.next()) {
        result.append(q.integer(0));
    }
    if (!q.status().ok()) {
        return q.status().error();
    }
    return result;
}

Result<QHash<qint64, qint64>> EventStore::firstOrganizations()
{
    SqliteStatement q(m_db, "SELECT member_id, org_id FROM membership_events WHERE org_id IS NOT NULL"
                            " ORDER BY member_id, date, CASE kind WHEN 1 THEN 0 ELSE 1 END, id");
    QHash<qint64, qint64> result;
    qint64 last = 0;
    while (q.next()) {
        const qint64 member = q.integer(0);
        if (member != last) {
            result.insert(member, q.integer(1));
            last = member;
        }
    }
    if (!q.status().ok()) {
        return q.status().error();
    }
    return result;
}

Result<qint64> EventStore::newestEventId(qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("SELECT max(id) FROM membership_events WHERE member_id=?"), {memberId});
    if (!q.ok()) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

Result<QList<RollMember>> EventStore::onRollOn(const QList<qint64>& orgIds, const QDate& date)
{
    SqliteStatement q(m_db, "SELECT e.member_id, m.name, m.id_number, e.roll_org_id, e.category"
                            " FROM membership_events e JOIN members m ON m.id = e.member_id"
                            " WHERE e.roll_org_id=?1 AND e.date <= ?2 AND e.ends_on > ?2");
    QList<RollMember> result;
    for (const qint64 org : orgIds) {
        q.bind(1, org);
        q.bind(2, date);
        while (q.next()) {
            result.append(RollMember{q.integer(0), q.text(1), q.text(2), q.integer(3),
                                     static_cast<MemberCategory>(q.integer(4))});
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    std::sort(result.begin(), result.end(), [](const RollMember& a, const RollMember& b) {
        return a.name != b.name ? a.name < b.name : a.memberId < b.memberId;
    });
    return result;
}
