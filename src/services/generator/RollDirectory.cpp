#include "services/generator/RollDirectory.h"

#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

RollDirectory::RollDirectory(RandomSource& rng, const std::vector<OrgPlan>& orgs, const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_window(window)
{
    m_rollsByCommittee.assign(m_orgs.size(), {});
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan& p = m_orgs[i];
        const bool roll = p.type == OrgType::Branch || p.directRoll;
        if (!roll || p.temporary) {
            continue;
        }
        m_rolls.push_back(int(i));
        m_rollWeights.add(double(std::max(1, p.quota)));
        if (p.committee >= 0) {
            m_rollsByCommittee[std::size_t(p.committee)].push_back(int(i));
        }
        if (p.permanent) {
            m_permanent.push_back(int(i));
        }
    }
}

bool RollDirectory::acceptsAt(int org, Day day) const
{
    const OrgPlan& p = m_orgs[std::size_t(org)];
    if (day >= p.dissolved) {
        return false;
    }
    return day >= p.est || (p.est <= m_window.start && day < m_window.start);
}

const std::vector<int>* RollDirectory::rollsOf(int committee) const
{
    return committee >= 0 ? &m_rollsByCommittee[std::size_t(committee)] : nullptr;
}

int RollDirectory::pickMoveTarget(int current, Day day)
{
    const std::vector<int>* local = rollsOf(m_orgs[std::size_t(current)].committee);
    for (int attempt = 0; attempt < 8; ++attempt) {
        int candidate = 0;
        if (attempt < 6 && local && !local->empty() && m_rng.chance(0.75)) {
            candidate = m_rng.pick(*local);
        } else {
            candidate = pickAny();
        }
        if (candidate != current && exists(candidate, day)) {
            return candidate;
        }
    }
    const int at = m_rng.below(qsizetype(m_permanent.size()));
    const int candidate = m_permanent[std::size_t(at)];
    return candidate != current ? candidate : m_permanent[std::size_t(at + 1) % m_permanent.size()];
}

int RollDirectory::pickArrival(int preferred, Day day, int committee)
{
    if (preferred >= 0 && acceptsAt(preferred, day)) {
        return preferred;
    }
    const std::vector<int>* local = rollsOf(committee);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const bool nearby = attempt < 5 && local && !local->empty();
        const int candidate = nearby ? m_rng.pick(*local) : pickAny();
        if (acceptsAt(candidate, day)) {
            return candidate;
        }
    }
    return m_rng.pick(m_permanent);
}

int RollDirectory::pickAny()
{
    return m_rolls[std::size_t(m_rollWeights.pick(m_rng))];
}

} // namespace Generation
