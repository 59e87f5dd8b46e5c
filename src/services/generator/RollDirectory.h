#pragma once

#include "services/generator/GeneratorPlan.h"
#include "services/generator/WeightedChoice.h"

#include <vector>

namespace Generation {

class RandomSource;
struct HistoryWindow;

// The organizations that keep a roll of members (branches, and committees or general branches
// with a roll of their own; not temporary branches), and where a member arrives or moves to:
// preferably near where they were, in proportion to the organizations' sizes.
class RollDirectory
{
public:
    RollDirectory(RandomSource& rng, const std::vector<OrgPlan>& orgs, const HistoryWindow& window);

    bool exists(int org, Day day) const
    {
        const OrgPlan& p = m_orgs[std::size_t(org)];
        return p.est <= day && day < p.dissolved;
    }
    // On the roll of `org` from `day`: the organization exists then, or (a member admitted long
    // ago into a branch set up later) it was established before the generated window.
    bool acceptsAt(int org, Day day) const;

    // Another organization existing on `day`, most often in the same committee.
    int pickMoveTarget(int current, Day day);
    // `preferred` when it accepts members on `day`, else one near `committee` that does.
    int pickArrival(int preferred, Day day, int committee);
    // Any roll, by size (where a member transferred out may come back to).
    int pickAny();

private:
    const std::vector<int>* rollsOf(int committee) const;

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
    std::vector<int> m_rolls;
    WeightedChoice m_rollWeights;
    std::vector<std::vector<int>> m_rollsByCommittee;
    std::vector<int> m_permanent; // exist through the whole window: the fallback of every move
};

} // namespace Generation
