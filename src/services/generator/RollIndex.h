#pragma once

#include "services/generator/GeneratorPlan.h"

#include <vector>

namespace Generation {

// The members' stays grouped by organization, and the tree as it stood on any date: what the
// elections, the posts and the reviews are drawn from. Built once from every member's stints
// (they are large: grouped, then freed).
class RollIndex
{
public:
    RollIndex(const std::vector<OrgPlan>& orgs, std::vector<Stint> stints);

    // The stays on the roll of `org` (in member order).
    const Stint* begin(std::size_t org) const { return m_stints.data() + m_begin[org]; }
    const Stint* end(std::size_t org) const { return m_stints.data() + m_begin[org + 1]; }

    bool exists(int org, Day day) const
    {
        const OrgPlan& p = m_orgs[std::size_t(org)];
        return p.est <= day && day < p.dissolved;
    }
    // The parent of `org` on `day` (its parent at establishment, moved by its re-affiliations).
    int parentOn(int org, Day day) const;
    // `org` and the organizations under it on `day` (replaces `out`).
    void subtreeOn(int org, Day day, std::vector<int>& out) const;
    // Whether an organization existing on `day` sat under `org` then.
    bool hasChildrenOn(int org, Day day) const;
    // The stays covering `day` in the subtree of `org` on that day (replaces `out`).
    void onRollOn(int org, Day day, std::vector<const Stint*>& out) const;

private:
    const std::vector<OrgPlan>& m_orgs;
    std::vector<Stint> m_stints;               // grouped by organization
    std::vector<std::size_t> m_begin;          // m_stints[m_begin[o], m_begin[o + 1]) are those of o
    std::vector<std::vector<int>> m_everUnder; // every organization that sat under o at some time
    mutable std::vector<int> m_subtree;        // scratch space
};

} // namespace Generation
