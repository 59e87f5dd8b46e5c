#pragma once

#include "services/generator/GeneratorPlan.h"

#include <array>
#include <vector>

namespace Generation {

class RandomSource;
struct HistoryWindow;

// Plans the dated history of the organizations inside the window: renamings (a village
// becoming a community, a 乡 becoming a 镇, a company turned joint-stock), re-affiliations to
// another parent and dissolutions. Statistics for a past date must see the tree as it was.
class OrgEventPlanner
{
public:
    OrgEventPlanner(RandomSource& rng, std::vector<OrgPlan>& orgs, const HistoryWindow& window);

    // In this order: a re-affiliation or dissolution follows the events planned before it.
    void planRenamings();
    void planReaffiliations();
    void planDissolutions();

private:
    QString renamed(const OrgPlan& p);
    // The new parent of p on `date`, or -1 when no candidate fits.
    int newParent(const OrgPlan& p, Day date, const std::array<std::vector<int>, 6>& byType);

    RandomSource& m_rng;
    std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
};

} // namespace Generation
