#pragma once

#include "StatisticsRequest.h"
#include "store/StatisticsStore.h"

#include <QHash>
#include <QList>

#include <vector>

// Which organizations a statistics request covers, for one or more periods at once.
//
// For each period two sets:
//  - on the tree: the root and its descendants as the tree stood on the as-of date
//    (statistics.md). Roster figures and organization counts use it.
//  - inside: the organizations on the tree, plus those dissolved during the period that were
//    under the root on their last day. Flow figures (changes, development) and the opening
//    roll use it, so a move between two organizations of the subtree is never a change even
//    when one of them was dissolved before the as-of date, and
//    opening + increase - decrease = closing holds for consistent records.
// In general: an organization is inside when it was under the root on the last day of
// [min(from - 1, as-of), max(to, as-of)] on which it existed (the as-of date if it exists then).
// With root 0 (the whole database) every organization that existed then is inside.
class OrgScope
{
public:
    using Day = StatisticsStore::Day;

    struct Period
    {
        Day from = 0;
        Day to = 0;
        Day asOf = 0;
        Day before = 0; // the day before `from`: the opening roll
        Day low() const { return before < asOf ? before : asOf; }
        Day high() const { return to > asOf ? to : asOf; }
        static Period of(const StatisticsRequest& request);
    };

    static constexpr int MaxPeriods = 32;

    // orgs and links: at least every organization that can be inside (all of them, or the
    // root's descendantsDuring() the union of the periods).
    OrgScope(qint64 rootId, const QList<StatisticsStore::OrgRecord>& orgs, const QList<StatisticsStore::OrgLink>& links,
             const std::vector<Period>& periods);

    const std::vector<Period>& periods() const { return m_periods; }
    bool inside(qint64 orgId, int period) const { return (masksOf(orgId).inside >> period) & 1U; }
    bool onTree(qint64 orgId, int period) const { return (masksOf(orgId).onTree >> period) & 1U; }
    // Inside in at least one period: the organizations whose rolls are read.
    QList<qint64> insideAnyPeriod() const;
    // The organizations on the tree of a period.
    QList<StatisticsStore::OrgRecord> onTreeOf(int period) const;

private:
    struct Masks
    {
        quint32 inside = 0;
        quint32 onTree = 0;
    };
    const Masks& masksOf(qint64 orgId) const;
    bool existsOn(int index, Day day) const;
    qint64 parentOn(int index, Day day, bool& exists) const;
    bool underRoot(int index, Day day) const;
    Day lastDayWithin(int index, Day low, Day high) const;

    qint64 m_rootId = 0;
    std::vector<Period> m_periods;
    QList<StatisticsStore::OrgRecord> m_orgs;
    std::vector<std::vector<StatisticsStore::OrgLink>> m_links; // per m_orgs index
    QHash<qint64, int> m_index;                                 // org id -> m_orgs index
    std::vector<Masks> m_masks;                                 // per m_orgs index
    std::vector<Masks> m_masksById;                             // dense by id, for the hot path
    Masks m_none;
};
