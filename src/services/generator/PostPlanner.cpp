#include "services/generator/PostPlanner.h"

#include "services/generator/ElectionPlanner.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"
#include "services/generator/RollIndex.h"

#include <algorithm>

namespace Generation {

PostPlanner::PostPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                         const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_window(window)
    , m_rolls(rolls)
{
}

void PostPlanner::plan(const ElectionPlanner& elections, QList<Post>& posts)
{
    buildCurrentTree();
    m_posts = &posts;
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        const OrgPlan& p = m_orgs[o];
        if (!isGrassroots(p.type) || p.est > m_window.today || elections.holdsElections(int(o))) {
            continue;
        }
        m_used.clear();
        const int termYears =
            p.type == OrgType::Committee || p.category == UnitCategory::Village || p.category == UnitCategory::Community
                ? 5
                : 3;
        if (p.dissolved != Never) {
            planLastSecretary(o, termYears);
        } else {
            planCurrentTerm(o, termYears);
        }
    }
    m_posts = nullptr;
}

void PostPlanner::buildCurrentTree()
{
    m_children.assign(m_orgs.size(), {});
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan& p = m_orgs[i];
        if (p.dissolved == Never && p.currentParent >= 0) {
            m_children[std::size_t(p.currentParent)].push_back(int(i));
        }
    }
}

// The last secretary served until the members were moved out.
void PostPlanner::planLastSecretary(std::size_t o, int termYears)
{
    const OrgPlan& p = m_orgs[o];
    m_all.clear();
    for (const Stint* s = m_rolls.begin(o); s != m_rolls.end(o); ++s) {
        if (s->to <= p.dissolved && s->to >= p.dissolved - 60) {
            m_all.push_back(s);
        }
    }
    if (m_all.empty()) {
        return;
    }
    if (const Stint* s = pickFrom(m_all, p.dissolved - 365)) {
        const Day from = std::max({s->from, p.est, addYears(s->to, -termYears)});
        if (from < s->to) {
            addPost(o, s, PostKind::Secretary, from, s->to);
        }
    }
}

// Elected at some point of the current term: secretary, maybe a deputy, and a committee for a
// branch of 7 full members or more (a larger organization of 5 members or more).
void PostPlanner::planCurrentTerm(std::size_t o, int termYears)
{
    const OrgPlan& p = m_orgs[o];
    const int fullMembers = gatherCandidates(o);
    if (m_current.empty()) {
        return;
    }
    const Day termStart = std::max(m_window.today - m_rng.day(0, termYears * 365 - 1), p.est);
    const Stint* secretary = pickFrom(m_current, termStart);
    addPost(o, secretary, PostKind::Secretary, std::max(termStart, secretary->from), Never);
    if (m_rng.chance(0.4)) {
        if (const Stint* s = pickFrom(m_current, termStart)) {
            addPost(o, s, PostKind::DeputySecretary, std::max(termStart, s->from), Never);
        }
    }
    if (p.type == OrgType::Branch ? fullMembers >= 7 : m_current.size() >= 5) {
        const PostKind kinds[] = {PostKind::OrganizationMember, PostKind::PublicityMember, PostKind::DisciplineMember,
                                  PostKind::CommitteeMember, PostKind::CommitteeMember};
        const int count = p.type == OrgType::Branch ? 3 : 3 + int(m_rng.between(0, 2));
        for (int k = 0; k < count; ++k) {
            if (const Stint* s = pickFrom(m_current, termStart)) {
                addPost(o, s, kinds[k], std::max(termStart, s->from), Never);
            }
        }
    }
    planPreviousSecretary(o, secretary, termStart, termYears);
}

int PostPlanner::gatherCandidates(std::size_t o)
{
    m_current.clear();
    m_all.clear();
    int fullMembers = 0;
    for (const Stint* s = m_rolls.begin(o); s != m_rolls.end(o); ++s) {
        m_all.push_back(s);
        if (s->to == Never) {
            m_current.push_back(s);
            fullMembers += s->fullOn <= m_window.today ? 1 : 0;
        }
    }
    if (!m_current.empty() || m_orgs[o].type == OrgType::Branch) {
        return fullMembers;
    }
    // A committee or general branch without its own roll: its posts go to members of its
    // subtree.
    m_all.clear();
    m_stack.assign(m_children[o].begin(), m_children[o].end());
    while (!m_stack.empty()) {
        const std::size_t d = std::size_t(m_stack.back());
        m_stack.pop_back();
        for (const Stint* s = m_rolls.begin(d); s != m_rolls.end(d); ++s) {
            m_all.push_back(s);
            if (s->to == Never) {
                m_current.push_back(s);
            }
        }
        m_stack.insert(m_stack.end(), m_children[d].begin(), m_children[d].end());
    }
    return int(m_current.size());
}

// The previous term's secretary, replaced at the last election.
void PostPlanner::planPreviousSecretary(std::size_t o, const Stint* secretary, Day termStart, int termYears)
{
    const OrgPlan& p = m_orgs[o];
    const Day previousStart = addYears(termStart, -termYears);
    if (previousStart < std::max(m_window.start, p.est)) {
        return;
    }
    for (int attempt = 0; attempt < 24; ++attempt) {
        const Stint* s = m_rng.pick(m_all);
        if (s->member != secretary->member && s->from <= previousStart && s->to >= termStart &&
            s->fullOn <= previousStart - 365) {
            addPost(o, s, PostKind::Secretary, previousStart, termStart);
            break;
        }
    }
}

const Stint* PostPlanner::pickFrom(const std::vector<const Stint*>& pool, Day qualifiedBy)
{
    for (int attempt = 0; attempt < 24; ++attempt) {
        const Stint* s = m_rng.pick(pool);
        if (isUsed(s->member)) {
            continue;
        }
        if (attempt < 16 && (s->fullOn == Never || s->fullOn > qualifiedBy - 365)) {
            continue;
        }
        if (attempt < 20 && s->fullOn > m_window.today) {
            continue;
        }
        return s;
    }
    for (const Stint* s : pool) {
        if (!isUsed(s->member)) {
            return s;
        }
    }
    return nullptr;
}

bool PostPlanner::isUsed(qint64 member) const
{
    return std::find(m_used.begin(), m_used.end(), member) != m_used.end();
}

void PostPlanner::addPost(std::size_t org, const Stint* s, PostKind kind, Day from, Day to)
{
    Post post;
    post.orgId = m_orgs[org].id;
    post.memberId = s->member;
    post.kind = kind;
    post.from = dateOf(from);
    post.to = to == Never ? QDate() : dateOf(to);
    post.concurrentAdminHead = kind == PostKind::Secretary && m_rng.chance(0.3);
    m_posts->append(post);
    m_used.push_back(s->member);
}

} // namespace Generation
