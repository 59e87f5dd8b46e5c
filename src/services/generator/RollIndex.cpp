#include "services/generator/RollIndex.h"

#include <algorithm>

namespace Generation {

RollIndex::RollIndex(const std::vector<OrgPlan>& orgs, std::vector<Stint> stints)
    : m_orgs(orgs)
{
    // Counting sort: keeps the member order inside a group.
    const std::size_t n = m_orgs.size();
    m_begin.assign(n + 1, 0);
    for (const Stint& s : stints) {
        ++m_begin[std::size_t(s.org) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        m_begin[i + 1] += m_begin[i];
    }
    m_stints.assign(stints.size(), Stint());
    std::vector<std::size_t> fill(m_begin.begin(), m_begin.end() - 1);
    for (const Stint& s : stints) {
        m_stints[fill[std::size_t(s.org)]++] = s;
    }
    std::vector<Stint>().swap(stints);

    m_everUnder.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) {
        const OrgPlan& p = m_orgs[i];
        if (p.parent >= 0) {
            m_everUnder[std::size_t(p.parent)].push_back(int(i));
        }
        for (const PlannedEvent& e : p.events) {
            if (e.kind == OrgEventKind::Reaffiliated && e.parent >= 0) {
                std::vector<int>& under = m_everUnder[std::size_t(e.parent)];
                if (std::find(under.begin(), under.end(), int(i)) == under.end()) {
                    under.push_back(int(i));
                }
            }
        }
    }
}

int RollIndex::parentOn(int org, Day day) const
{
    const OrgPlan& p = m_orgs[std::size_t(org)];
    int parent = p.parent;
    Day latest = 0;
    for (const PlannedEvent& e : p.events) {
        if (e.kind == OrgEventKind::Reaffiliated && e.date <= day && e.date >= latest) {
            parent = e.parent;
            latest = e.date;
        }
    }
    return parent;
}

void RollIndex::subtreeOn(int org, Day day, std::vector<int>& out) const
{
    out.clear();
    out.push_back(org);
    for (std::size_t k = 0; k < out.size(); ++k) {
        const int node = out[k];
        for (const int child : m_everUnder[std::size_t(node)]) {
            if (exists(child, day) && parentOn(child, day) == node) {
                out.push_back(child);
            }
        }
    }
}

bool RollIndex::hasChildrenOn(int org, Day day) const
{
    return std::any_of(m_everUnder[std::size_t(org)].begin(), m_everUnder[std::size_t(org)].end(),
                       [&](int child) { return exists(child, day) && parentOn(child, day) == org; });
}

void RollIndex::onRollOn(int org, Day day, std::vector<const Stint*>& out) const
{
    out.clear();
    subtreeOn(org, day, m_subtree);
    for (const int o : m_subtree) {
        for (const Stint* s = begin(std::size_t(o)); s != end(std::size_t(o)); ++s) {
            if (s->from <= day && day < s->to) {
                out.push_back(s);
            }
        }
    }
}

} // namespace Generation
