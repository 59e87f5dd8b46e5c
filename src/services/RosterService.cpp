#include "RosterService.h"

#include "store/OrganizationStore.h"

RosterService::RosterService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Result<RosterQuery> RosterService::scoped(const UserContext& user, const RosterQuery& query)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    if (!scope->has_value()) {
        return query;
    }
    RosterQuery limited = query;
    if (query.allOrganizations) {
        limited.allOrganizations = false;
        limited.orgIds = QList<qint64>((*scope)->cbegin(), (*scope)->cend());
        return limited;
    }
    for (const qint64 orgId : query.orgIds) {
        if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    return limited;
}

Result<QList<RosterRow>> RosterService::visibleRows(const UserContext& user, Result<QList<RosterRow>> rows)
{
    if (!rows.ok()) {
        return rows;
    }
    if (m_access.masked(user)) {
        for (RosterRow& row : rows.value()) {
            row.idNumber = AccessControl::maskIdNumber(row.idNumber);
            row.phone = AccessControl::maskPhone(row.phone);
        }
    }
    return rows;
}

Result<QList<RosterRow>> RosterService::page(const UserContext& user, const RosterQuery& query, const RosterRow* after,
                                             int limit)
{
    auto limited = scoped(user, query);
    if (!limited.ok()) {
        return limited.error();
    }
    return visibleRows(user, m_store.page(*limited, after, limit));
}

Result<qint64> RosterService::count(const UserContext& user, const RosterQuery& query)
{
    auto limited = scoped(user, query);
    if (!limited.ok()) {
        return limited.error();
    }
    return m_store.count(*limited);
}

Result<QList<qint64>> RosterService::orderedIds(const UserContext& user, const RosterQuery& query)
{
    auto limited = scoped(user, query);
    if (!limited.ok()) {
        return limited.error();
    }
    return m_store.orderedIds(*limited);
}

Result<QList<RosterRow>> RosterService::rowsByIds(const UserContext& user, const QList<qint64>& ids)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto rows = m_store.rowsByIds(ids);
    if (rows.ok() && scope->has_value()) {
        // Rows carry the organization's code: one look-up of the codes per page, not per row.
        auto codes = OrganizationStore(m_db).idsByCode();
        if (!codes.ok()) {
            return codes.error();
        }
        for (const RosterRow& row : std::as_const(*rows)) {
            if (!(*scope)->contains(codes->value(row.orgCode))) {
                if (auto refused = m_access.canReadMember(user, row.id); !refused.ok()) {
                    return refused.error();
                }
            }
        }
    }
    return visibleRows(user, std::move(rows));
}
