#include "FlowSteps.h"

#include "core/MemberTimeline.h"

#include <algorithm>

bool FlowSteps::needed(const StatisticsStore::EventRow& row, Day from, Day to)
{
    return (row.date >= from && row.date <= to) || (row.endsOn >= from && row.endsOn <= to);
}

bool FlowSteps::neededForAudit(const StatisticsStore::EventRow& row, Day before, Day from, Day to)
{
    return needed(row, from, to) || (row.date <= before && before < row.endsOn);
}

void FlowSteps::add(qint64 memberId, const StatisticsStore::EventRow& row)
{
    m_steps.push_back(Step{memberId, row.id, row.rollOrgId, row.date, row.kind});
    m_sorted = false;
}

void FlowSteps::append(FlowSteps&& other)
{
    if (m_steps.empty()) {
        m_steps = std::move(other.m_steps);
    } else {
        m_steps.insert(m_steps.end(), other.m_steps.begin(), other.m_steps.end());
    }
    other.m_steps.clear();
    m_sorted = false;
}

void FlowSteps::forEachInPeriod(Day from, Day to, const std::function<void(const Step&, qint64)>& visit)
{
    if (!m_sorted) {
        std::sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) {
            if (a.memberId != b.memberId) {
                return a.memberId < b.memberId;
            }
            if (a.date != b.date) {
                return a.date < b.date;
            }
            const int rankA = MemberTimeline::dayRank(a.kind);
            const int rankB = MemberTimeline::dayRank(b.kind);
            return rankA != rankB ? rankA < rankB : a.id < b.id;
        });
        m_sorted = true;
    }
    for (size_t i = 0; i < m_steps.size(); ++i) {
        const Step& step = m_steps[i];
        if (step.date < from || step.date > to) {
            continue;
        }
        const bool follows = i > 0 && m_steps[i - 1].memberId == step.memberId;
        visit(step, follows ? m_steps[i - 1].rollOrgId : 0);
    }
}
