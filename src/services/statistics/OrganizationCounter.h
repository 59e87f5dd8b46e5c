#pragma once

#include "core/Statistics.h"
#include "store/StatisticsStore.h"

#include <QHash>
#include <QList>

// statistics.md "organizations": the organizations of the subtree on the as-of date by type,
// temporary flag and unit category, and the people holding posts in its grassroots
// organizations on that date.
class OrganizationCounter
{
public:
    using Day = StatisticsStore::Day;

    OrganizationCounter(Statistics::Organizations& organizations, Day asOf);

    // One organization on the tree of the as-of date.
    void addOrganization(const StatisticsStore::OrgRecord& org);
    // The posts held on the as-of date; those outside the grassroots organizations added so far
    // are ignored. Call once, after the organizations.
    void addPosts(const QList<StatisticsStore::PostHolding>& holdings);

private:
    Statistics::Organizations& m_organizations;
    Day m_asOf;
    QHash<qint64, OrgType> m_grassroots; // id -> type
};
