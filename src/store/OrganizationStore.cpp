#include "OrganizationStore.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

using SqlValues::dateOrNull;
using SqlValues::idOrNull;

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, code, name, type, unit_category, temporary, established_on, staff_count, parent_id, current_name,"
    " current_parent_id, dissolved_on FROM organizations");

QString textOf(const QDate& date, const QString& ifNull)
{
    return date.isValid() ? Dates::toText(date) : ifNull;
}

} // namespace

OrganizationStore::OrganizationStore(Database& db)
    : m_db(db)
{
}

Organization OrganizationStore::fromQuery(const QSqlQuery& q) const
{
    Organization org;
    org.id = q.value(0).toLongLong();
    org.code = q.value(1).toString();
    org.name = q.value(2).toString();
    org.type = static_cast<OrgType>(q.value(3).toInt());
    org.unitCategory = static_cast<UnitCategory>(q.value(4).toInt());
    org.temporary = q.value(5).toBool();
    org.establishedOn = Dates::fromText(q.value(6).toString());
    if (!q.value(7).isNull()) {
        org.staffCount = q.value(7).toInt();
    }
    org.parentId = q.value(8).toLongLong();
    org.dissolvedOn = Dates::fromText(q.value(11).toString());
    return org;
}

Result<qint64> OrganizationStore::insert(const Organization& org)
{
    QList<Organization> one{org};
    if (auto done = insertMany(one); !done.ok()) {
        return done.error();
    }
    return one.constFirst().id;
}

Status OrganizationStore::update(const Organization& org)
{
    auto q = m_db.exec(QStringLiteral("UPDATE organizations SET code=?, name=?, type=?, unit_category=?, temporary=?,"
                                      " established_on=?, staff_count=?, parent_id=? WHERE id=?"),
                       {org.code, org.name, int(org.type), int(org.unitCategory), org.temporary ? 1 : 0,
                        dateOrNull(org.establishedOn),
                        org.staffCount ? QVariant(*org.staffCount) : QVariant(QMetaType::fromType<int>()),
                        idOrNull(org.parentId), org.id});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Result<std::optional<Organization>> OrganizationStore::findByCode(const QString& code)
{
    auto q = m_db.exec(SelectColumns + QStringLiteral(" WHERE code=?"), {code});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Organization>();
    }
    return std::optional<Organization>(fromQuery(*q));
}

Result<std::optional<Organization>> OrganizationStore::findById(qint64 id)
{
    auto q = m_db.exec(SelectColumns + QStringLiteral(" WHERE id=?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Organization>();
    }
    return std::optional<Organization>(fromQuery(*q));
}

Result<QList<Organization>> OrganizationStore::all()
{
    auto q = m_db.exec(SelectColumns + QStringLiteral(" ORDER BY id"));
    if (!q.ok()) {
        return q.error();
    }
    QList<Organization> result;
    while (q->next()) {
        result.append(fromQuery(*q));
    }
    return result;
}

Result<QHash<QString, qint64>> OrganizationStore::idsByCode()
{
    auto q = m_db.exec(QStringLiteral("SELECT code, id FROM organizations"));
    if (!q.ok()) {
        return q.error();
    }
    QHash<QString, qint64> result;
    while (q->next()) {
        result.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    return result;
}

Result<int> OrganizationStore::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM organizations"));
    if (!q.ok()) {
        return q.error();
    }
    q->next();
    return q->value(0).toInt();
}

Result<QHash<qint64, qint64>> OrganizationStore::currentParents()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, current_parent_id FROM organizations"));
    if (!q.ok()) {
        return q.error();
    }
    QHash<qint64, qint64> result;
    while (q->next()) {
        result.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    return result;
}

Result<qint64> OrganizationStore::insertEvent(const OrgEvent& event)
{
    QList<OrgEvent> one{event};
    if (auto done = insertEvents(one); !done.ok()) {
        return done.error();
    }
    return one.constFirst().id;
}

namespace {

Result<QList<OrgEvent>> readEvents(Database& db, const QString& where, const QVariantList& values)
{
    auto q = db.exec(QStringLiteral("SELECT id, org_id, date, kind, parent_id, name FROM org_events ") + where +
                         QStringLiteral(" ORDER BY org_id, date, id"),
                     values);
    if (!q.ok()) {
        return q.error();
    }
    QList<OrgEvent> result;
    while (q->next()) {
        OrgEvent e;
        e.id = q->value(0).toLongLong();
        e.orgId = q->value(1).toLongLong();
        e.date = Dates::fromText(q->value(2).toString());
        e.kind = static_cast<OrgEventKind>(q->value(3).toInt());
        e.parentId = q->value(4).toLongLong();
        e.name = q->value(5).toString();
        result.append(e);
    }
    return result;
}

} // namespace

Result<QList<OrgEvent>> OrganizationStore::eventsOf(qint64 orgId)
{
    return readEvents(m_db, QStringLiteral("WHERE org_id=?"), {orgId});
}

Result<QList<OrgEvent>> OrganizationStore::allEvents()
{
    return readEvents(m_db, QString(), {});
}

Status OrganizationStore::saveDerived(qint64 orgId, const OrgHistory& history)
{
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM org_links WHERE org_id=?"), {orgId}); !q.ok()) {
        return q.error();
    }
    for (const OrgHistory::Link& link : history.links()) {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO org_links (org_id, parent_id, starts_on, ends_on) VALUES (?,?,?,?)"),
                      {orgId, idOrNull(link.parentId), textOf(link.startsOn, SqlDialect::openStart()),
                       textOf(link.endsOn, SqlDialect::openEnd())});
        if (!q.ok()) {
            return q.error();
        }
    }
    auto q = m_db.exec(
        QStringLiteral("UPDATE organizations SET current_name=?, current_parent_id=?, dissolved_on=?"
                       " WHERE id=?"),
        {history.currentName(), idOrNull(history.currentParentId()), dateOrNull(history.dissolvedOn()), orgId});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Status OrganizationStore::insertMany(QList<Organization>& orgs)
{
    SqliteStatement insert(m_db, "INSERT INTO organizations (code, name, type, unit_category, temporary,"
                                 " established_on, staff_count, parent_id, current_name, current_parent_id)"
                                 " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?2,?8)");
    for (Organization& org : orgs) {
        insert.bind(1, org.code);
        insert.bind(2, org.name);
        insert.bind(3, int(org.type));
        insert.bind(4, int(org.unitCategory));
        insert.bind(5, org.temporary);
        insert.bind(6, org.establishedOn);
        if (org.staffCount) {
            insert.bind(7, *org.staffCount);
        } else {
            insert.bindNull(7);
        }
        insert.bindId(8, org.parentId);
        if (auto done = insert.run(); !done.ok()) {
            return done;
        }
        org.id = insert.lastInsertId();
    }
    return {};
}

Status OrganizationStore::insertEvents(QList<OrgEvent>& events)
{
    SqliteStatement insert(m_db, "INSERT INTO org_events (org_id, date, kind, parent_id, name)"
                                 " VALUES (?1,?2,?3,?4,?5)");
    for (OrgEvent& event : events) {
        insert.bind(1, event.orgId);
        insert.bind(2, event.date);
        insert.bind(3, int(event.kind));
        insert.bindId(4, event.parentId);
        insert.bind(5, event.name);
        if (auto done = insert.run(); !done.ok()) {
            return done;
        }
        event.id = insert.lastInsertId();
    }
    return {};
}

Status OrganizationStore::saveDerivedOfNew(const QList<qint64>& orgIds, const QList<OrgHistory>& histories)
{
    SqliteStatement link(m_db, "INSERT INTO org_links (org_id, parent_id, starts_on, ends_on) VALUES (?1,?2,?3,?4)");
    SqliteStatement caches(m_db, "UPDATE organizations SET current_name=?1, current_parent_id=?2, dissolved_on=?3"
                                 " WHERE id=?4");
    const QString openStart = SqlDialect::openStart();
    const QString openEnd = SqlDialect::openEnd();
    for (qsizetype i = 0; i < orgIds.size() && i < histories.size(); ++i) {
        const qint64 orgId = orgIds.at(i);
        const OrgHistory& history = histories.at(i);
        for (const OrgHistory::Link& l : history.links()) {
            link.bind(1, orgId);
            link.bindId(2, l.parentId);
            if (l.startsOn.isValid()) {
                link.bind(3, l.startsOn);
            } else {
                link.bind(3, openStart);
            }
            if (l.endsOn.isValid()) {
                link.bind(4, l.endsOn);
            } else {
                link.bind(4, openEnd);
            }
            if (auto done = link.run(); !done.ok()) {
                return done;
            }
        }
        caches.bind(1, history.currentName());
        caches.bindId(2, history.currentParentId());
        caches.bind(3, history.dissolvedOn());
        caches.bind(4, orgId);
        if (auto done = caches.run(); !done.ok()) {
            return done;
        }
    }
    return {};
}

Result<QList<qint64>> OrganizationStore::subtreeOn(qint64 rootId, const QDate& date)
{
    const QString day = Dates::toText(date);
    Result<QSqlQuery> q =
        rootId == 0
            ? m_db.exec(QStringLiteral("SELECT org_id FROM org_links WHERE starts_on <= ? AND ends_on > ?"), {day, day})
            : m_db.exec(
                  QStringLiteral("WITH RECURSIVE sub(id) AS ("
                                 "  SELECT org_id FROM org_links WHERE org_id = ? AND starts_on <= ? AND ends_on > ?"
                                 "  UNION"
                                 "  SELECT l.org_id FROM org_links l JOIN sub ON l.parent_id = sub.id"
                                 "   WHERE l.starts_on <= ? AND l.ends_on > ?)"
                                 " SELECT id FROM sub"),
                  {rootId, day, day, day, day});
    if (!q.ok()) {
        return q.error();
    }
    QList<qint64> result;
    while (q->next()) {
        result.append(q->value(0).toLongLong());
    }
    return result;
}

Result<std::optional<qint64>> OrganizationStore::parentOn(qint64 orgId, const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q =
        m_db.exec(QStringLiteral("SELECT parent_id FROM org_links WHERE org_id=? AND starts_on <= ? AND ends_on > ?"),
                  {orgId, day, day});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QString> OrganizationStore::nameOn(qint64 orgId, const QDate& date)
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM org_events WHERE org_id=? AND kind=? AND date <= ?"
                                      " ORDER BY date DESC, id DESC LIMIT 1"),
                       {orgId, int(OrgEventKind::Renamed), Dates::toText(date)});
    if (!q.ok()) {
        return q.error();
    }
    if (q->next()) {
        return q->value(0).toString();
    }
    auto original = m_db.exec(QStringLiteral("SELECT name FROM organizations WHERE id=?"), {orgId});
    if (!original.ok()) {
        return original.error();
    }
    return original->next() ? original->value(0).toString() : QString();
}

Result<int> OrganizationStore::childrenOn(qint64 orgId, const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM org_links WHERE parent_id=? AND starts_on <= ? AND ends_on > ?"),
                  {orgId, day, day});
    if (!q.ok()) {
        return q.error();
    }
    q->next();
    return q->value(0).toInt();
}

Result<QList<OrganizationStore::Node>> OrganizationStore::treeOn(const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q = m_db.exec(
        QStringLiteral("SELECT o.id, o.code, COALESCE((SELECT e.name FROM org_events e WHERE e.org_id = o.id AND"
                       " e.kind = ? AND e.date <= ? ORDER BY e.date DESC, e.id DESC LIMIT 1), o.name), o.type,"
                       " l.parent_id FROM org_links l JOIN organizations o ON o.id = l.org_id"
                       " WHERE l.starts_on <= ? AND l.ends_on > ? ORDER BY o.code"),
        {int(OrgEventKind::Renamed), day, day, day});
    if (!q.ok()) {
        return q.error();
    }
    QList<Node> nodes;
    while (q->next()) {
        nodes.append(Node{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                          static_cast<OrgType>(q->value(3).toInt()), q->value(4).toLongLong()});
    }
    return nodes;
}

Result<QHash<qint64, qint64>> OrganizationStore::rollCountsOn(const QDate& date)
{
    const QString day = Dates::toText(date);
    // The condition on roll_org_id matches the partial index membership_events_roll.
    auto q = m_db.exec(QStringLiteral("SELECT roll_org_id, count(*) FROM membership_events"
                                      " WHERE roll_org_id IS NOT NULL AND date <= ? AND ends_on > ?"
                                      " GROUP BY roll_org_id"),
                       {day, day});
    if (!q.ok()) {
        return q.error();
    }
    QHash<qint64, qint64> counts;
    while (q->next()) {
        counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    return counts;
}
