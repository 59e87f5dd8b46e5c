#pragma once

#include "services/generator/GeneratorPlan.h"

#include <vector>

struct GeneratorOptions;

namespace Generation {

class RandomSource;
class WeightedChoice;

// Decides the shape of the organization tree: how many organizations of each type, under which
// parent, in which sector and of which flavour, which ones are temporary, permanent, keep a
// roll of their own or have party groups. Names and dates come later (OrgTreePlanner).
class OrgTreeShaper
{
public:
    OrgTreeShaper(RandomSource& rng, const GeneratorOptions& options);

    // The tree in depth-first order: parents before children, so ids and codes read like it.
    std::vector<OrgPlan> shape();

private:
    struct Counts
    {
        int higher = 0;
        int committees = 0;
        int generalBranches = 0;
        int branches = 0;
        int groups = 0;
    };

    Counts count() const;
    int add(OrgType type, int parent);
    // Each also fills the weights the next level chooses its parents by.
    void addHigherCommittees(int count, WeightedChoice& committeesPerHigher);
    std::vector<int> addCommittees(const Counts& counts, const WeightedChoice& committeesPerHigher,
                                   WeightedChoice& generalBranchesPer, WeightedChoice& branchesPer);
    std::vector<int> addGeneralBranches(int count, const std::vector<int>& committees,
                                        const WeightedChoice& generalBranchesPer);
    void addBranches(const Counts& counts, const std::vector<int>& committees, const std::vector<int>& generalBranches,
                     const WeightedChoice& branchesPer);
    void addGroups(int count);
    Flavor committeeFlavor(Sector sector);
    std::vector<OrgPlan> depthFirst(int higher);

    RandomSource& m_rng;
    const GeneratorOptions& m_options;
    std::vector<OrgPlan> m_orgs;
};

} // namespace Generation
