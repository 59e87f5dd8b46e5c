#pragma once

#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/RosterStore.h"

#include <QList>
#include <QSet>

class Database;

// The member roster of the main window: pages of the members on the roll of some
// organizations, searched and sorted in SQL. Read-only. A scoped user (branch secretary,
// viewer of an organization) sees only the rolls of their subtree: "every organization" means
// their subtree, and naming an organization outside it is refused. Viewers get ID numbers and
// phones masked.
class RosterService
{
public:
    explicit RosterService(Database& db);

    // Up to `limit` rows after `after` (nullptr = the first page), see RosterStore.
    Result<QList<RosterRow>> page(const UserContext& user, const RosterQuery& query, const RosterRow* after, int limit);
    // How many rows the query has in all (for the status bar).
    Result<qint64> count(const UserContext& user, const RosterQuery& query);
    // Every member id of the query in its order, and the rows of some of them (RosterStore).
    Result<QList<qint64>> orderedIds(const UserContext& user, const RosterQuery& query);
    Result<QList<RosterRow>> rowsByIds(const UserContext& user, const QList<qint64>& ids);

private:
    // The query limited to what the user may see; Permission for an organization outside it.
    Result<RosterQuery> scoped(const UserContext& user, const RosterQuery& query);
    Result<QList<RosterRow>> visibleRows(const UserContext& user, Result<QList<RosterRow>> rows);

    Database& m_db;
    RosterStore m_store;
    AccessControl m_access;
};
