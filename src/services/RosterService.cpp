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
