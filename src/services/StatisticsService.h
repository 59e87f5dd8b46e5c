#pragma once

#include "core/Result.h"
#include "core/Statistics.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "services/statistics/StatisticsEngine.h"
#include "services/statistics/StatisticsRequest.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The annual roster statistics (statistics.md) for any subtree, period and as-of date: the one
// computation behind `partyroll-cli stats`, the printed report, the XLSX export and the GUI's
// statistics window. Read-only. How each figure is counted: docs/statistics.md.
class StatisticsService
{
public:
    explicit StatisticsService(Database& db);

    // Every figure of the contract. request.rootId 0 = the whole database.
    Result<Statistics> compute(const UserContext& user, const StatisticsRequest& request);

    // The roll of each year from firstYear to the year of asOf (that one up to asOf): opening,
    // increase, decrease and closing, in one pass (check's audit, the GUI's ten-year chart).
    Result<QList<Statistics::RollBalance>> yearlyBalances(const UserContext& user, qint64 rootId, int firstYear,
                                                          const QDate& asOf);

    // The id of the organization with this code; a NotFound error (translated) when none.
    Result<qint64> organizationId(const UserContext& user, const QString& code);

private:
    Database& m_db;
    StatisticsEngine m_engine;
    AccessControl m_access;
};
