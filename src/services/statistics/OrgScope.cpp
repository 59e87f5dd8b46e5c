#include "OrgScope.h"

#include <algorithm>

namespace {

using Day = StatisticsStore::Day;

Day previousDay(Day day)
{
    return StatisticsStore::dayOf(StatisticsStore::dateOf(day).addDays(-1));
}

// Organization ids are row ids; beyond this a hash is kinder than a dense table.
constexpr qint64 MaxDenseId = 1 << 24;

} // namespace

OrgScope::Period OrgScope::Period::of(const StatisticsRequest& request)
{
    Period p;
    p.from = StatisticsStore::dayOf(request.from);
    p.to = StatisticsStore::dayOf(request.to);
    p.asOf = StatisticsStore::dayOf(request.asOf);
    p.before = StatisticsStore::dayOf(request.from.addDays(-1));
    return p;
}

OrgScope::OrgScope(qint64 rootId, const QList<StatisticsStore::OrgRecord>& orgs,
                   const QList<StatisticsStore::OrgLink>& links, const std::vector<Period>& periods)
    : m_rootId(rootId)
    , m_periods(periods)
    , m_orgs(orgs)
{
    Q_ASSERT(periods.size() <= size_t(MaxPeriods));
    m_index.reserve(orgs.size());
    qint64 maxId = 0;
    for (int i = 0; i < m_orgs.size(); ++i) {
        m_index.insert(m_orgs.at(i).id, i);
        maxId = std::max(maxId, m_orgs.at(i).id);
    }
    m_links.resize(size_t(m_orgs.size()));
    for (const StatisticsStore::OrgLink& link : links) {
        if (const auto it = m_index.constFind(link.orgId); it != m_index.cend()) {
            m_links[size_t(*it)].push_back(link);
        }
    }
    m_masks.resize(size_t(m_orgs.size()));
    for (int i = 0; i < m_orgs.size(); ++i) {
        Masks& masks = m_masks[size_t(i)];
        for (size_t k = 0; k < m_periods.size(); ++k) {
            const Period& p = m_periods[k];
            const bool existsAtAsOf = existsOn(i, p.asOf);
            const Day reference = existsAtAsOf ? p.asOf : lastDayWithin(i, p.low(), p.high());
            if (reference == 0 || !underRoot(i, reference)) {
                continue;
            }
            masks.inside |= 1U << k;
            if (existsAtAsOf) {
                masks.onTree |= 1U << k;
            }
        }
    }
    if (maxId <= MaxDenseId) {
        m_masksById.resize(size_t(maxId) + 1);
        for (int i = 0; i < m_orgs.size(); ++i) {
            m_masksById[size_t(m_orgs.at(i).id)] = m_masks[size_t(i)];
        }
    }
}

const OrgScope::Masks& OrgScope::masksOf(qint64 orgId) const
{
    if (orgId <= 0) {
        return m_none;
    }
    if (!m_masksById.empty()) {
        return size_t(orgId) < m_masksById.size() ? m_masksById[size_t(orgId)] : m_none;
    }
    const auto it = m_index.constFind(orgId);
    return it == m_index.cend() ? m_none : m_masks[size_t(*it)];
}

bool OrgScope::existsOn(int index, Day day) const
{
    bool exists = false;
    parentOn(index, day, exists);
    return exists;
}

qint64 OrgScope::parentOn(int index, Day day, bool& exists) const
{
    for (const StatisticsStore::OrgLink& link : m_links[size_t(index)]) {
        if (link.startsOn <= day && day < link.endsOn) {
            exists = true;
            return link.parentId;
        }
    }
    exists = false;
    return 0;
}

bool OrgScope::underRoot(int index, Day day) const
{
    if (m_rootId == 0) {
        return true; // the whole database: existing is enough
    }
    // Up the tree of that day; the depth guard only protects against corrupt links.
    for (int depth = 0; depth < 64; ++depth) {
        if (m_orgs.at(index).id == m_rootId) {
            return true;
        }
        bool exists = false;
        const qint64 parent = parentOn(index, day, exists);
        if (!exists || parent == 0) {
            return false;
        }
        const auto it = m_index.constFind(parent);
        if (it == m_index.cend()) {
            return false; // not among the root's descendants
        }
        index = *it;
    }
    return false;
}

OrgScope::Day OrgScope::lastDayWithin(int index, Day low, Day high) const
{
    Day last = 0;
    for (const StatisticsStore::OrgLink& link : m_links[size_t(index)]) {
        if (link.startsOn > high || link.endsOn <= low) {
            continue;
        }
        last = std::max(last, std::min(high, previousDay(link.endsOn)));
    }
    return last;
}

QList<qint64> OrgScope::insideAnyPeriod() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_orgs.size(); ++i) {
        if (m_masks[size_t(i)].inside != 0) {
            ids.append(m_orgs.at(i).id);
        }
    }
    return ids;
}

QList<StatisticsStore::OrgRecord> OrgScope::onTreeOf(int period) const
{
    QList<StatisticsStore::OrgRecord> result;
    for (int i = 0; i < m_orgs.size(); ++i) {
        if ((m_masks[size_t(i)].onTree >> period) & 1U) {
            result.append(m_orgs.at(i));
        }
    }
    return result;
}
