#include "RosterService.h"

RosterService::RosterService(Database& db)
    : m_store(db)
{
}

Result<QList<RosterRow>> RosterService::page(const UserContext&, const RosterQuery& query, const RosterRow* after,
                                             int limit)
{
    return m_store.page(query, after, limit);
}

Result<qint64> RosterService::count(const UserContext&, const RosterQuery& query)
{
    return m_store.count(query);
}

Result<QList<qint64>> RosterService::orderedIds(const UserContext&, const RosterQuery& query)
{
    return m_store.orderedIds(query);
}

Result<QList<RosterRow>> RosterService::rowsByIds(const UserContext&, const QList<qint64>& ids)
{
    return m_store.rowsByIds(ids);
}
