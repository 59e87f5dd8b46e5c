#pragma once

#include "core/Post.h"
#include "services/generator/GeneratorPlan.h"

#include <QList>

#include <vector>

namespace Generation {

class ElectionPlanner;
class RandomSource;
class RollIndex;
struct HistoryWindow;

// The posts of the grassroots organizations that held no election (ElectionPlanner gives the
// others theirs), drawn from the members on its roll: the secretary of the current term (preferably a full member for a
// year), maybe a deputy, a committee where the organization is large enough, the secretary of the previous term, and
// for a dissolved organization its last secretary. A committee or general branch without a
// roll of its own draws from its subtree.
class PostPlanner
{
public:
    PostPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                const HistoryWindow& window);

    // Appends the posts of the organizations without elections to `posts`.
    void plan(const ElectionPlanner& elections, QList<Post>& posts);

private:
    void buildCurrentTree();
    void planLastSecretary(std::size_t o, int termYears);
    void planCurrentTerm(std::size_t o, int termYears);
    // Fills m_current and m_all with the stints posts of `o` may go to; returns the number of
    // full members on its roll.
    int gatherCandidates(std::size_t o);
    void planPreviousSecretary(std::size_t o, const Stint* secretary, Day termStart, int termYears);
    // A member of the pool not yet holding a post here; qualified = full member for a year.
    const Stint* pickFrom(const std::vector<const Stint*>& pool, Day qualifiedBy);
    bool isUsed(qint64 member) const;
    void addPost(std::size_t org, const Stint* s, PostKind kind, Day from, Day to);

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
    const RollIndex& m_rolls;
    std::vector<std::vector<int>> m_children; // the tree as it stands today
    QList<Post>* m_posts = nullptr;
    // Scratch space, reused from organization to organization.
    std::vector<const Stint*> m_current; // on the roll today
    std::vector<const Stint*> m_all;     // on the roll inside the window
    std::vector<qint64> m_used;          // members holding a post in the organization
    std::vector<int> m_stack;
};

} // namespace Generation
