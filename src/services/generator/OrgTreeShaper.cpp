#include "services/generator/OrgTreeShaper.h"

#include "services/DataGenerator.h"
#include "services/generator/RandomSource.h"
#include "services/generator/WeightedChoice.h"

#include <algorithm>

namespace Generation {

namespace {

double generalBranchWeight(Flavor f)
{
    switch (f) {
    case Flavor::University:
        return 4.0;
    case Flavor::Hospital:
    case Flavor::StateCo:
    case Flavor::Town:
        return 3.0;
    case Flavor::Community:
    case Flavor::StreetOffice:
    case Flavor::Cluster:
        return 1.5;
    case Flavor::Institute:
    case Flavor::Association:
        return 0.5;
    default:
        return 1.0;
    }
}

double branchWeight(Flavor f)
{
    switch (f) {
    case Flavor::Bureau:
    case Flavor::Town:
    case Flavor::Cluster:
        return 2.0;
    case Flavor::Association:
        return 1.5;
    default:
        return 1.0;
    }
}

} // namespace

OrgTreeShaper::OrgTreeShaper(RandomSource& rng, const GeneratorOptions& options)
    : m_rng(rng)
    , m_options(options)
{
}

std::vector<OrgPlan> OrgTreeShaper::shape()
{
    const Counts counts = count();
    m_orgs.clear();
    m_orgs.reserve(
        std::size_t(counts.higher + counts.committees + counts.generalBranches + counts.branches + counts.groups));
    WeightedChoice committeesPerHigher;
    WeightedChoice generalBranchesPer;
    WeightedChoice branchesPer;
    addHigherCommittees(counts.higher, committeesPerHigher);
    const std::vector<int> committees = addCommittees(counts, committeesPerHigher, generalBranchesPer, branchesPer);
    const std::vector<int> generalBranches = addGeneralBranches(counts.generalBranches, committees, generalBranchesPer);
    for (const int c : committees) {
        m_orgs[std::size_t(c)].directRoll = !m_orgs[std::size_t(c)].permanent && m_rng.chance(0.03);
    }
    addBranches(counts, committees, generalBranches, branchesPer);
    addGroups(counts.groups);
    return depthFirst(counts.higher);
}

OrgTreeShaper::Counts OrgTreeShaper::count() const
{
    const qint64 requested = m_options.orgs > 0 ? m_options.orgs : m_options.members / 20;
    const int total = int(std::clamp<qint64>(requested, 12, 1'000'000));
    Counts c;
    c.higher = std::clamp(total / 800, 3, 40);
    c.committees = std::max(c.higher, int(total * 0.055 + 0.5));
    c.generalBranches = std::max(1, int(total * 0.08 + 0.5));
    c.groups = std::max(1, int(total * 0.03 + 0.5));
    c.branches = total - c.higher - c.committees - c.generalBranches - c.groups;
    // Every general branch and committee needs a branch, and the first committee two.
    while (c.branches < c.committees + c.generalBranches + 1 && c.generalBranches > 1) {
        --c.generalBranches;
        ++c.branches;
    }
    while (c.branches < c.committees + c.generalBranches + 1 && c.committees > c.higher) {
        --c.committees;
        ++c.branches;
    }
    return c;
}

int OrgTreeShaper::add(OrgType type, int parent)
{
    OrgPlan p;
    p.type = type;
    p.parent = parent;
    m_orgs.push_back(std::move(p));
    const int index = int(m_orgs.size()) - 1;
    if (parent >= 0) {
        m_orgs[std::size_t(parent)].children.push_back(index);
    }
    return index;
}

void OrgTreeShaper::addHigherCommittees(int count, WeightedChoice& committeesPerHigher)
{
    static const WeightedChoice sectorWeights{3, 1, 2, 3, 3, 1, 1, 1};
    static const double committeesPerSector[] = {4, 2, 2, 1.5, 3, 1.5, 1, 1.5};
    // The first higher committees cover the sectors with the widest mix of unit categories,
    // so that even a small database has villages, communities, organs and enterprises.
    static const Sector firstSectors[] = {Sector::Rural,       Sector::Street,    Sector::Organs, Sector::TwoNew,
                                          Sector::StateAssets, Sector::Education, Sector::Health, Sector::Park};
    for (int i = 0; i < count; ++i) {
        const int index = add(OrgType::HigherCommittee, -1);
        const Sector sector = i < int(Sector::Count) ? firstSectors[i] : Sector(sectorWeights.pick(m_rng));
        m_orgs[std::size_t(index)].sector = sector;
        m_orgs[std::size_t(index)].flavor = Flavor::Higher;
        committeesPerHigher.add(committeesPerSector[int(sector)]);
    }
}

std::vector<int> OrgTreeShaper::addCommittees(const Counts& counts, const WeightedChoice& committeesPerHigher,
                                              WeightedChoice& generalBranchesPer, WeightedChoice& branchesPer)
{
    std::vector<int> committees;
    for (int i = 0; i < counts.committees; ++i) {
        const int parent = i < counts.higher ? i : committeesPerHigher.pick(m_rng);
        const int index = add(OrgType::Committee, parent);
        OrgPlan& c = m_orgs[std::size_t(index)];
        c.sector = m_orgs[std::size_t(parent)].sector;
        c.flavor = committeeFlavor(c.sector);
        // The first committee anchors the fallback organizations: it must predate the window.
        c.permanent = i == 0;
        committees.push_back(index);
        generalBranchesPer.add(generalBranchWeight(c.flavor));
        branchesPer.add(branchWeight(c.flavor));
    }
    return committees;
}

Flavor OrgTreeShaper::committeeFlavor(Sector sector)
{
    const double u = m_rng.real();
    switch (sector) {
    case Sector::Organs:
        return u < 0.75 ? Flavor::Bureau : Flavor::Institute;
    case Sector::StateAssets:
        return Flavor::StateCo;
    case Sector::TwoNew:
        return u < 0.5 ? Flavor::PrivateCo : (u < 0.75 ? Flavor::Association : Flavor::Cluster);
    case Sector::Street:
        return u < 0.75 ? Flavor::Community : Flavor::StreetOffice;
    case Sector::Rural:
        // A county: towns, the county's bureaus, hospitals, schools and a few companies.
        return u < 0.65   ? Flavor::Town
               : u < 0.8  ? Flavor::Bureau
               : u < 0.9  ? Flavor::Hospital
               : u < 0.95 ? Flavor::School
                          : Flavor::PrivateCo;
    case Sector::Education:
        return u < 0.5 ? Flavor::University : Flavor::School;
    case Sector::Health:
        return u < 0.8 ? Flavor::Hospital : Flavor::Institute;
    case Sector::Park:
    case Sector::Count:
        break;
    }
    return u < 0.6 ? Flavor::PrivateCo : (u < 0.8 ? Flavor::StateCo : Flavor::Cluster);
}

std::vector<int> OrgTreeShaper::addGeneralBranches(int count, const std::vector<int>& committees,
                                                   const WeightedChoice& generalBranchesPer)
{
    std::vector<int> generalBranches;
    for (int i = 0; i < count; ++i) {
        const int parent = committees[std::size_t(generalBranchesPer.pick(m_rng))];
        const int index = add(OrgType::GeneralBranch, parent);
        OrgPlan& g = m_orgs[std::size_t(index)];
        g.sector = m_orgs[std::size_t(parent)].sector;
        g.directRoll = m_rng.chance(0.03);
        generalBranches.push_back(index);
    }
    return generalBranches;
}

void OrgTreeShaper::addBranches(const Counts& counts, const std::vector<int>& committees,
                                const std::vector<int>& generalBranches, const WeightedChoice& branchesPer)
{
    const bool temporaryAllowed = m_options.years >= 2;
    for (int i = 0; i < counts.branches; ++i) {
        // Two for the first committee (the fallback of every move), one for each general branch
        // and for each other committee; the rest spread by weight.
        int parent = 0;
        bool anchor = false;
        if (i < 2) {
            parent = committees.front();
            anchor = true;
        } else if (i < 2 + counts.generalBranches) {
            parent = generalBranches[std::size_t(i - 2)];
        } else if (i < 1 + counts.generalBranches + counts.committees) {
            parent = committees[std::size_t(i - 1 - counts.generalBranches)];
        } else if (m_rng.chance(0.45)) {
            parent = generalBranches[std::size_t(m_rng.below(qsizetype(generalBranches.size())))];
        } else {
            parent = committees[std::size_t(branchesPer.pick(m_rng))];
        }
        const int index = add(OrgType::Branch, parent);
        OrgPlan& b = m_orgs[std::size_t(index)];
        b.sector = m_orgs[std::size_t(parent)].sector;
        b.permanent = anchor;
        b.temporary = !anchor && temporaryAllowed && m_rng.chance(0.02);
    }
}

void OrgTreeShaper::addGroups(int count)
{
    // Party groups only under branches that sit directly under a committee, so the tree stays
    // four levels deep: 党工委 > 党委 > 党总支 > 党支部, or 党工委 > 党委 > 党支部 > 党小组.
    std::vector<int> hosts;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan& b = m_orgs[i];
        if (b.type == OrgType::Branch && !b.temporary && m_orgs[std::size_t(b.parent)].type == OrgType::Committee) {
            hosts.push_back(int(i));
        }
    }
    int remaining = count;
    while (remaining > 0 && !hosts.empty()) {
        const int host = hosts[std::size_t(m_rng.below(qsizetype(hosts.size())))];
        const int groups = std::min(remaining, int(m_rng.between(2, 4)));
        for (int k = 0; k < groups; ++k) {
            add(OrgType::Group, host);
        }
        m_orgs[std::size_t(host)].hasGroups = true;
        remaining -= groups;
    }
}

// Depth-first order, siblings by type (general branches before branches); indexes renumbered,
// and each organization told the committee it was set up in.
std::vector<OrgPlan> OrgTreeShaper::depthFirst(int higher)
{
    std::vector<int> order;
    order.reserve(m_orgs.size());
    std::vector<int> stack;
    for (int i = higher - 1; i >= 0; --i) {
        stack.push_back(i);
    }
    while (!stack.empty()) {
        const int index = stack.back();
        stack.pop_back();
        order.push_back(index);
        std::vector<int> kids = m_orgs[std::size_t(index)].children;
        std::stable_sort(kids.begin(), kids.end(), [&](int a, int b) {
            return int(m_orgs[std::size_t(a)].type) < int(m_orgs[std::size_t(b)].type);
        });
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            stack.push_back(*it);
        }
    }
    std::vector<int> newIndex(m_orgs.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[std::size_t(order[i])] = int(i);
    }
    std::vector<OrgPlan> sorted;
    sorted.reserve(m_orgs.size());
    for (const int old : order) {
        OrgPlan p = std::move(m_orgs[std::size_t(old)]);
        if (p.parent >= 0) {
            p.parent = newIndex[std::size_t(p.parent)];
        }
        for (int& child : p.children) {
            child = newIndex[std::size_t(child)];
        }
        std::stable_sort(p.children.begin(), p.children.end());
        p.currentParent = p.parent;
        if (p.type == OrgType::Committee) {
            p.committee = int(sorted.size());
        } else if (p.parent >= 0) {
            p.committee = sorted[std::size_t(p.parent)].committee;
        }
        sorted.push_back(std::move(p));
    }
    m_orgs.clear();
    return sorted;
}

} // namespace Generation
