#pragma once

#include "core/OrgEvent.h"
#include "core/OrgHistory.h"
#include "core/Organization.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// SQL for organizations, their dated events and the derived parent links (org_links).
class OrganizationStore
{
public:
    explicit OrganizationStore(Database& db);

    Result<qint64> insert(const Organization& org);
    Status update(const Organization& org);
    Result<std::optional<Organization>> findByCode(const QString& code);
    Result<std::optional<Organization>> findById(qint64 id);
    Result<QList<Organization>> all();
    Result<QHash<QString, qint64>> idsByCode();
    Result<int> count();
    // Every organization's id and current parent (0 for roots), including dissolved ones.
    Result<QHash<qint64, qint64>> currentParents();

    Result<qint64> insertEvent(const OrgEvent& event);
    Result<QList<OrgEvent>> eventsOf(qint64 orgId);
    Result<QList<OrgEvent>> allEvents();

    // Replaces the derived links and caches (current name, parent, dissolution) of one
    // organization; called inside the write transaction that changed its history.
    Status saveDerived(qint64 orgId, const OrgHistory& history);

    // Bulk writes for whole trees (generation, large imports): one prepared SQLite statement
    // per kind of row instead of one Qt SQL query per row. Ids are written back.
    Status insertMany(QList<Organization>& orgs);
    Status insertEvents(QList<OrgEvent>& events);
    // saveDerived() for organizations inserted in the current transaction: they have no
    // links yet, so nothing is deleted. histories[i] belongs to orgIds[i].
    Status saveDerivedOfNew(const QList<qint64>& orgIds, const QList<OrgHistory>& histories);

    // The organization and its descendants as the tree stood on `date` (0 = every
    // organization that existed then). Only organizations that existed on that date.
    Result<QList<qint64>> subtreeOn(qint64 rootId, const QDate& date);
    // Parent on a date; nullopt when the organization did not exist then.
    Result<std::optional<qint64>> parentOn(qint64 orgId, const QDate& date);
    Result<QString> nameOn(qint64 orgId, const QDate& date);
    // How many organizations hang directly under this one on a date.
    Result<int> childrenOn(qint64 orgId, const QDate& date);

    // One organization as it stood on a date.
    struct Node
    {
        qint64 id = 0;
        QString code;
        QString name;
        OrgType type = OrgType::Branch;
        qint64 parentId = 0;
    };
    // Every organization that existed on the date, with its parent and name of that date.
    Result<QList<Node>> treeOn(const QDate& date);

    // How many members are on the roll of each organization on a date (organization id ->
    // count), in one query over membership_events; organizations without members are absent.
    Result<QHash<qint64, qint64>> rollCountsOn(const QDate& date);

private:
    Organization fromQuery(const class QSqlQuery& q) const;
    Database& m_db;
};
