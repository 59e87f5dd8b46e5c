#pragma once

#include "core/Result.h"
#include "core/UserContext.h"
#include "store/RosterStore.h"

#include <QList>

class Database;

// The member roster of the main window: pages of the members on the roll of some
// organizations, searched and sorted in SQL. Read-only. Access control (which subtrees a user
// may see) will be enforced here; today every user sees everything.
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
    RosterStore m_store;
};
