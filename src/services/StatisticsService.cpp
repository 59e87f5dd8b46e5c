#include "StatisticsService.h"

#include "store/OrganizationStore.h"

#include <QCoreApplication>

namespace {

Status checkRequest(const StatisticsRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || !request.asOf.isValid()) {
        return Error(Error::Kind::Invalid, QCoreApplication::translate(
                                               "StatisticsService", "the statistics need a period and an as-of date"));
    }
    if (request.from > request.to) {
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("StatisticsService", "the period starts after it ends"));
    }
    return {};
}

} // namespace

StatisticsService::StatisticsService(Database& db)
    : m_db(db)
    , m_engine(db)
    , m_access(db)
{
}

Result<qint64> StatisticsService::organizationId(const UserContext& user, const QString& code)
{
    OrganizationStore orgs(m_db);
    auto found = orgs.findByCode(code.trimmed());
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("StatisticsService", "there is no organization with the code %1").arg(code),
            QStringLiteral("org"));
    }
    if (auto allowed = m_access.canRead(user, found.value()->id); !allowed.ok()) {
        return allowed.error();
    }
    return found.value()->id;
}

Result<Statistics> StatisticsService::compute(const UserContext& user, const StatisticsRequest& request)
{
    if (auto checked = checkRequest(request); !checked.ok()) {
        return checked.error();
    }
    if (auto allowed = request.rootId != 0 ? m_access.canRead(user, request.rootId) : m_access.canReadAll(user);
        !allowed.ok()) {
        return allowed.error();
    }
    QString code;
    QString name;
    if (request.rootId != 0) {
        OrganizationStore orgs(m_db);
        auto root = orgs.findById(request.rootId);
        if (!root.ok()) {
            return root.error();
        }
        if (!root.value()) {
            return Error(Error::Kind::NotFound,
                         QCoreApplication::translate("StatisticsService", "the organization does not exist"),
                         QStringLiteral("org"));
        }
        code = root.value()->code;
        auto named = orgs.nameOn(request.rootId, request.asOf);
        if (!named.ok()) {
            return named.error();
        }
        name = *named;
    }
    auto statistics = m_engine.compute(user, request);
    if (!statistics.ok()) {
        return statistics.error();
    }
    statistics->orgCode = code;
    statistics->orgName = name;
    return statistics;
}

Result<QList<Statistics::RollBalance>> StatisticsService::yearlyBalances(const UserContext& user, qint64 rootId,
                                                                         int firstYear, const QDate& asOf)
{
    if (auto allowed = rootId != 0 ? m_access.canRead(user, rootId) : m_access.canReadAll(user); !allowed.ok()) {
        return allowed.error();
    }
    if (!asOf.isValid() || firstYear > asOf.year()) {
        return Error(Error::Kind::Invalid, QCoreApplication::translate(
                                               "StatisticsService", "the statistics need a period and an as-of date"));
    }
    QList<StatisticsRequest> years;
    for (int year = firstYear; year < asOf.year(); ++year) {
        years.append(StatisticsRequest::forYear(year, rootId));
    }
    years.append(StatisticsRequest::forAsOf(asOf, rootId));
    return m_engine.balances(rootId, years);
}
