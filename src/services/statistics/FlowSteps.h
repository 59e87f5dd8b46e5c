#pragma once

#include "store/StatisticsStore.h"

#include <functional>
#include <vector>

// The steps of a period together with the steps they follow, collected from an unordered pass
// over event rows, then put in each member's replay order (MemberTimeline: date, an admission
// first on its day, then as recorded) so that every step of the period meets the state before
// it: the previous step of the same member, or none.
class FlowSteps
{
public:
    using Day = StatisticsStore::Day;

    struct Step
    {
        qint64 memberId = 0;
        qint64 id = 0;
        qint64 rollOrgId = 0;
        Day date = 0;
        EventKind kind = EventKind::Admitted;
    };

    // Whether the row is needed: dated in [from, to], or its state ends in the period (it
    // precedes a step of the period).
    static bool needed(const StatisticsStore::EventRow& row, Day from, Day to);
    // needed(), or the state on the day before the period whatever its ends_on says. The audit
    // (balances) keeps those too, so that a damaged ends_on shows as an unbalanced roll instead
    // of hiding the step that follows it; compute() trusts ends_on and keeps far fewer rows.
    static bool neededForAudit(const StatisticsStore::EventRow& row, Day before, Day from, Day to);
    void add(qint64 memberId, const StatisticsStore::EventRow& row);
    // Takes over the steps another share of the pass collected.
    void append(FlowSteps&& other);

    // Orders the steps, then calls visit for each step dated in [from, to] with the organization
    // whose roll the member was on before it (0 = none).
    void forEachInPeriod(Day from, Day to, const std::function<void(const Step& step, qint64 rollBefore)>& visit);

private:
    std::vector<Step> m_steps;
    bool m_sorted = false;
};
