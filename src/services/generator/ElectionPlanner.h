#pragma once

#include "core/Election.h"
#include "core/ElectionRules.h"
#include "core/Post.h"
#include "core/Result.h"
#include "services/generator/GeneratorPlan.h"

#include <QList>

#include <functional>
#include <vector>

namespace Generation {

class RandomSource;
class RollIndex;
struct HistoryWindow;

// The term elections (换届选举) of every organization with an elected term, over the window and
// from the one that started the term running when it opens, and the posts they give: an
// election when the organization first has full members, then one around each due date (a few
// weeks early or late); a few organizations are left overdue today. Each election is valid by
// ElectionRules: its voters are the full members on the roll of the organization's subtree
// that day, its candidates among them. The posts come from the elected: secretary, deputy and
// committee from the election to the next one (re-elected: the post continues), or until the
// holder leaves the roll; a secretary who leaves mid-term is replaced by a by-election (补选),
// and a branch grown to 7 full members elects its committee in one. Organizations without any
// election (temporary ones, or never a full member) are left to PostPlanner.
class ElectionPlanner
{
public:
    using Sink = std::function<Status(Election&)>;

    ElectionPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                    const HistoryWindow& window);

    // Plans, writes every election through `write` (ids known: organizations and members are
    // written) and appends the posts to `posts`.
    Status plan(const Sink& write, QList<Post>& posts);

    // Whether the posts of `org` came from its elections.
    bool holdsElections(int org) const { return m_handled[std::size_t(org)]; }
    int elections() const { return m_elections; }

private:
    struct Seat
    {
        const Stint* holder = nullptr;
        PostKind kind = PostKind::CommitteeMember;
    };

    void scheduleAll();
    void schedule(std::size_t o, int termYears);
    void leaveSomeOverdue();
    int fullOnRoll(int org, Day day);
    Status planOrganization(std::size_t o, const Sink& write, QList<Post>& posts);
    // Each returns the first day without a secretary in the term (Never: still held).
    Result<Day> termElection(std::size_t o, Day day, Day next, int termYears, const Sink& write, QList<Post>& posts);
    // Replaces a secretary who left before `next` by by-elections.
    Result<Day> replaceSecretary(std::size_t o, const Stint* secretary, Day next, const Sink& write,
                                 QList<Post>& posts);
    Status completeCommittee(std::size_t o, Day since, const Sink& write, QList<Post>& posts);
    Status finish(Election& election, const Sink& write);
    // A voter not yet picked; prefers members qualified for a year who stay until `stayUntil`.
    const Stint* pick(Day day, Day stayUntil);
    void fillVotes(Election& election, const std::vector<int>& elected, const std::vector<int>& losers);
    void addPost(std::size_t o, const Stint* s, PostKind kind, Day from, Day to, bool adminHead, QList<Post>& posts);
    bool isPicked(const Stint* s) const;

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    const RollIndex& m_rolls;
    const HistoryWindow& m_window;
    const ElectionSettings m_settings;     // the defaults: what a new database counts with
    std::vector<std::vector<Day>> m_dates; // term elections of each organization, by date
    std::vector<bool> m_handled;
    int m_elections = 0;
    Day m_lastHeld = 0; // the date of the last election written (one a day per organization)
    // Scratch space, reused from election to election.
    std::vector<const Stint*> m_voters;
    std::vector<const Stint*> m_picked;
    std::vector<qsizetype> m_termPosts; // the posts of the organization's current term
};

} // namespace Generation
