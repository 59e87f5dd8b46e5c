#include "services/generator/ElectionPlanner.h"

#include "core/Dates.h"
#include "core/TermRules.h"
#include "services/generator/GeneratorErrors.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"
#include "services/generator/RollIndex.h"

#include <algorithm>
#include <utility>

namespace Generation {

namespace {

// Share of the organizations whose last term election is left out: overdue today.
constexpr int OverduePercent = 4;
// How far from its due date a term election is held (days).
constexpr Day EarliestBeforeDue = 50;
constexpr Day LatestAfterDue = 40;
// An organization without a full member tries again a month later.
constexpr Day RetryDays = 30;

} // namespace

ElectionPlanner::ElectionPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                                 const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_rolls(rolls)
    , m_window(window)
    , m_dates(orgs.size())
    , m_handled(orgs.size(), false)
{
}

Status ElectionPlanner::plan(const Sink& write, QList<Post>& posts)
{
    scheduleAll();
    leaveSomeOverdue();
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        if (auto done = planOrganization(o, write, posts); !done.ok()) {
            return done;
        }
    }
    return {};
}

void ElectionPlanner::scheduleAll()
{
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        const OrgPlan& p = m_orgs[o];
        const auto years = TermRules::termYears(p.type, p.category, p.temporary, m_settings);
        if (years && p.est <= m_window.today) {
            schedule(o, *years);
        }
    }
}

// The first election when the organization is set up (or first has a full member), then one
// around each due date. An organization older than the window starts with the election of the
// term running when the window opens: its voters are the members on the roll then (the roll
// as generated: it is what the records show), and today's term status needs it.
void ElectionPlanner::schedule(std::size_t o, int termYears)
{
    const OrgPlan& p = m_orgs[o];
    const Day end = std::min(p.dissolved, m_window.today + 1);
    std::vector<Day>& dates = m_dates[o];
    Day last = p.est;
    while (addYears(last, termYears) < m_window.start) {
        last = addYears(last, termYears);
    }
    Day next = last == p.est ? p.est + m_rng.day(0, 20)
                             : std::max(p.est, last + m_rng.day(-EarliestBeforeDue, LatestAfterDue));
    while (true) {
        while (next < end && fullOnRoll(int(o), next) == 0) {
            next += RetryDays;
        }
        if (next >= end) {
            return;
        }
        dates.push_back(next);
        last = next;
        next = addYears(last, termYears) + m_rng.day(-EarliestBeforeDue, LatestAfterDue);
    }
}

int ElectionPlanner::fullOnRoll(int org, Day day)
{
    m_rolls.onRollOn(org, day, m_voters);
    return int(std::count_if(m_voters.begin(), m_voters.end(), [day](const Stint* s) { return s->fullOn <= day; }));
}

// A few organizations alive today skip their last election (held within the past year, its
// term having expired): overdue by up to a year. Some more are naturally a few weeks late.
void ElectionPlanner::leaveSomeOverdue()
{
    int alive = 0;
    std::vector<std::size_t> candidates;
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        const OrgPlan& p = m_orgs[o];
        const std::vector<Day>& dates = m_dates[o];
        if (dates.empty() || p.dissolved != Never) {
            continue;
        }
        ++alive;
        const int years = *TermRules::termYears(p.type, p.category, p.temporary, m_settings);
        if (dates.size() >= 2 && dates.back() >= m_window.today - 365 &&
            addYears(dates[dates.size() - 2], years) <= m_window.today - 7) {
            candidates.push_back(o);
        }
    }
    const std::size_t target = std::min(candidates.size(), std::size_t((alive * OverduePercent + 50) / 100));
    for (std::size_t k = 0; k < target; ++k) {
        std::swap(candidates[k], candidates[k + std::size_t(m_rng.below(qsizetype(candidates.size() - k)))]);
        m_dates[candidates[k]].pop_back();
    }
}

Status ElectionPlanner::planOrganization(std::size_t o, const Sink& write, QList<Post>& posts)
{
    const std::vector<Day>& dates = m_dates[o];
    if (dates.empty()) {
        return {};
    }
    m_handled[o] = true;
    m_termPosts.clear();
    const OrgPlan& p = m_orgs[o];
    const int years = *TermRules::termYears(p.type, p.category, p.temporary, m_settings);
    Day vacancy = Never;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const Day next = i + 1 < dates.size() ? dates[i + 1] : Never;
        auto done = termElection(o, dates[i], next, years, write, posts);
        if (!done.ok()) {
            return done.error();
        }
        vacancy = *done;
    }
    // Today's secretary left and no by-election could be held yet: an acting secretary.
    if (p.dissolved == Never && vacancy <= m_window.today) {
        m_rolls.onRollOn(int(o), m_window.today, m_voters);
        if (const Stint* s = pick(m_window.today, Never)) {
            addPost(o, s, PostKind::Secretary, std::max(vacancy, s->from), Never, false, posts);
        }
    }
    return completeCommittee(o, m_lastHeld, write, posts); // after the last by-election too
}

// A branch grown to 7 full members or more since its last term election, without a committee
// today, elects one in a by-election (补选) a few months ago, or today.
Status ElectionPlanner::completeCommittee(std::size_t o, Day since, const Sink& write, QList<Post>& posts)
{
    const OrgPlan& p = m_orgs[o];
    constexpr int Seats = 3;
    if (p.type != OrgType::Branch || p.dissolved != Never || fullOnRoll(int(o), m_window.today) < 7) {
        return {};
    }
    for (const qsizetype i : m_termPosts) {
        if (ElectionRules::isCommitteeSeat(posts.at(i).kind) && !posts.at(i).to.isValid()) {
            return {};
        }
    }
    for (const Day day : {std::max(since + 1, m_window.today - m_rng.day(10, 120)), m_window.today}) {
        m_rolls.onRollOn(int(o), day, m_voters);
        std::erase_if(m_voters, [day](const Stint* s) { return s->fullOn > day; });
        const int n = int(m_voters.size());
        if (n < ElectionRules::requiredCandidates(Seats) || day <= since) {
            continue;
        }
        // Those holding a post today do not stand.
        m_picked.clear();
        for (const Stint* s : m_voters) {
            for (const qsizetype i : m_termPosts) {
                if (posts.at(i).memberId == s->member && !posts.at(i).to.isValid()) {
                    m_picked.push_back(s);
                }
            }
        }
        if (n - int(m_picked.size()) < ElectionRules::requiredCandidates(Seats)) {
            continue;
        }
        Election e;
        e.orgId = p.id;
        e.heldOn = dateOf(day);
        e.kind = ElectionKind::ByElection;
        e.seats = Seats;
        e.eligible = n;
        e.present = n - int(m_rng.between(0, (n - ElectionRules::quorumNeeded(n)) / 2));
        e.ballotsIssued = e.present;
        e.ballotsReturned = e.present;
        const PostKind kinds[Seats] = {PostKind::OrganizationMember, PostKind::PublicityMember,
                                       PostKind::DisciplineMember};
        std::vector<const Stint*> standing;
        for (int k = 0; k < ElectionRules::requiredCandidates(Seats); ++k) {
            const Stint* s = pick(day, Never);
            standing.push_back(s);
            ElectionCandidate c;
            c.memberId = s->member;
            c.position = k < Seats ? kinds[k] : PostKind::CommitteeMember;
            e.candidates.append(c);
        }
        fillVotes(e, {0, 1, 2}, {3});
        if (auto done = finish(e, write); !done.ok()) {
            return done;
        }
        for (int k = 0; k < Seats; ++k) {
            addPost(o, standing[std::size_t(k)], kinds[k], day, standing[std::size_t(k)]->to, false, posts);
        }
        return {};
    }
    return {};
}

Result<Day> ElectionPlanner::termElection(std::size_t o, Day day, Day next, int termYears, const Sink& write,
                                          QList<Post>& posts)
{
    const OrgPlan& p = m_orgs[o];
    m_rolls.onRollOn(int(o), day, m_voters);
    std::erase_if(m_voters, [day](const Stint* s) { return s->fullOn > day; });
    m_picked.clear();
    const int n = int(m_voters.size());

    // A branch of 7 full members or more elects a committee of 3 (5 when large); a general
    // branch a committee of 5-7, a committee 5-9 (domain.md); smaller ones their secretary.
    int seats = 0;
    if (p.type == OrgType::Branch && n >= 7) {
        seats = n >= 25 && m_rng.chance(0.4) ? 5 : 3;
    } else if (p.type == OrgType::GeneralBranch && n >= 9) {
        seats = n >= 30 && m_rng.chance(0.5) ? 7 : 5;
    } else if (p.type == OrgType::Committee && n >= 12) {
        seats = n >= 150 && m_rng.chance(0.5) ? 9 : (n >= 40 && m_rng.chance(0.5) ? 7 : 5);
    }

    Election e;
    e.orgId = p.id;
    e.heldOn = dateOf(day);
    e.kind = ElectionKind::Term;
    e.termYears = termYears;
    e.eligible = n;
    e.present = n - int(m_rng.between(0, (n - ElectionRules::quorumNeeded(n)) / 2));
    e.ballotsIssued = e.present;
    e.ballotsReturned = e.present >= 6 && m_rng.chance(0.15) ? e.present - 1 : e.present;

    std::vector<Seat> elected;
    // Mostly someone who serves the whole term; now and then one who leaves (a by-election).
    const Stint* secretary = pick(day, m_rng.chance(0.85) ? next : day);
    elected.push_back({secretary, PostKind::Secretary});
    const bool deputy = seats > 0 ? m_rng.chance(0.5) : n >= 2 && m_rng.chance(0.3);
    if (const Stint* s = deputy ? pick(day, next) : nullptr) {
        elected.push_back({s, PostKind::DeputySecretary});
    }
    std::vector<const Stint*> losers;
    if (seats > 0) {
        const PostKind kinds[] = {PostKind::OrganizationMember, PostKind::PublicityMember, PostKind::DisciplineMember};
        for (int k = 0; int(elected.size()) < seats; ++k) {
            const Stint* s = pick(day, next);
            if (!s) {
                break;
            }
            elected.push_back({s, k < 3 ? kinds[k] : PostKind::CommitteeMember});
        }
        int extra = ElectionRules::requiredCandidates(seats) - seats + (m_rng.chance(0.3) ? 1 : 0);
        for (; extra > 0; --extra) {
            if (const Stint* s = pick(day, Never)) {
                losers.push_back(s);
            }
        }
    } else {
        seats = int(elected.size());
    }
    e.seats = seats;
    const bool adminHead = m_rng.chance(0.3);
    std::vector<int> electedRows;
    std::vector<int> loserRows;
    for (const Seat& seat : elected) {
        ElectionCandidate c;
        c.memberId = seat.holder->member;
        c.position = seat.kind;
        c.concurrentAdminHead = seat.kind == PostKind::Secretary && adminHead;
        electedRows.push_back(int(e.candidates.size()));
        e.candidates.append(c);
    }
    for (const Stint* s : losers) {
        ElectionCandidate c;
        c.memberId = s->member;
        loserRows.push_back(int(e.candidates.size()));
        e.candidates.append(c);
    }
    fillVotes(e, electedRows, loserRows);
    if (auto done = finish(e, write); !done.ok()) {
        return done.error();
    }
    const std::vector<qsizetype> previousTerm = std::exchange(m_termPosts, {});
    for (const Seat& seat : elected) {
        const Day to = std::min(next, seat.holder->to);
        const bool head = seat.kind == PostKind::Secretary && adminHead;
        const auto held = std::find_if(previousTerm.begin(), previousTerm.end(), [&](qsizetype i) {
            const Post& post = posts.at(i);
            return post.memberId == seat.holder->member && post.kind == seat.kind && post.concurrentAdminHead == head &&
                   post.to == e.heldOn;
        });
        if (held != previousTerm.end()) {
            posts[*held].to = to == Never ? QDate() : dateOf(to); // re-elected: the post continues
            m_termPosts.push_back(*held);
        } else {
            addPost(o, seat.holder, seat.kind, day, to, head, posts);
        }
    }
    return replaceSecretary(o, secretary, next, write, posts);
}

// The meeting elects a new secretary directly, a few weeks after the last one left.
Result<Day> ElectionPlanner::replaceSecretary(std::size_t o, const Stint* secretary, Day next, const Sink& write,
                                              QList<Post>& posts)
{
    Day vacancy = secretary->to;
    while (vacancy < next && vacancy <= m_window.today) {
        const Day day = vacancy + m_rng.day(15, 60);
        if (day >= next || day > m_window.today || !m_rolls.exists(int(o), day)) {
            break;
        }
        m_rolls.onRollOn(int(o), day, m_voters);
        std::erase_if(m_voters, [day](const Stint* s) { return s->fullOn > day; });
        const Stint* s = pick(day, next);
        if (!s) {
            break;
        }
        const int n = int(m_voters.size());
        Election e;
        e.orgId = m_orgs[o].id;
        e.heldOn = dateOf(day);
        e.kind = ElectionKind::ByElection;
        e.seats = 1;
        e.eligible = n;
        e.present = n - int(m_rng.between(0, (n - ElectionRules::quorumNeeded(n)) / 2));
        e.ballotsIssued = e.present;
        e.ballotsReturned = e.present;
        ElectionCandidate c;
        c.memberId = s->member;
        c.position = PostKind::Secretary;
        e.candidates.append(c);
        fillVotes(e, {0}, {});
        if (auto done = finish(e, write); !done.ok()) {
            return done.error();
        }
        addPost(o, s, PostKind::Secretary, day, std::min(next, s->to), false, posts);
        vacancy = s->to;
    }
    return vacancy;
}

// Elected: more than half of those present; the others at most half. The committee's votes in
// all stay within what the ballots allow (each ballot marks at most `seats` names).
void ElectionPlanner::fillVotes(Election& e, const std::vector<int>& elected, const std::vector<int>& losers)
{
    const int present = e.present;
    const int returned = e.ballotsReturned;
    const int least = present / 2 + 1;
    qint64 total = 0;
    for (const int i : elected) {
        e.candidates[i].votes = int(m_rng.between(least, returned));
        total += e.candidates[i].votes;
    }
    for (const int i : losers) {
        e.candidates[i].votes = int(m_rng.between(present / 5, present / 2));
        total += e.candidates[i].votes;
    }
    qint64 excess = total - qint64(returned) * e.seats;
    for (std::size_t k = 0; excess > 0 && k < losers.size(); ++k) {
        int& votes = e.candidates[losers[k]].votes;
        const int cut = int(std::min<qint64>(excess, votes));
        votes -= cut;
        excess -= cut;
    }
    for (std::size_t k = 0; excess > 0 && k < elected.size(); ++k) {
        int& votes = e.candidates[elected[k]].votes;
        const int cut = int(std::min<qint64>(excess, votes - least));
        votes -= cut;
        excess -= cut;
    }
    const Day held = dayOf(e.heldOn);
    if (held + 5 <= m_window.today) {
        e.approvedOn = dateOf(std::min(m_window.today, held + m_rng.day(5, 40)));
        e.approvalDocument = QStringLiteral("组复〔%1〕%2号").arg(e.approvedOn.year()).arg(m_rng.between(1, 160));
    }
}

Status ElectionPlanner::finish(Election& e, const Sink& write)
{
    const ElectionVerdict verdict = ElectionRules::evaluate(e, m_settings);
    const ElectionIssues issues = ElectionRules::check(e, m_window.todayDate);
    if (!issues.isEmpty() || !verdict.valid()) {
        return generatorBug(QStringLiteral("election %1").arg(Dates::toText(e.heldOn)),
                            issues.isEmpty() ? verdict.summary() : issues.constFirst().message);
    }
    ElectionRules::applyVerdict(e, verdict);
    ++m_elections;
    m_lastHeld = dayOf(e.heldOn);
    return write(e);
}

const Stint* ElectionPlanner::pick(Day day, Day stayUntil)
{
    if (m_voters.empty()) {
        return nullptr;
    }
    for (int attempt = 0; attempt < 24; ++attempt) {
        const Stint* s = m_rng.pick(m_voters);
        if (isPicked(s) || (attempt < 12 && s->to < stayUntil) || (attempt < 18 && s->fullOn > day - 365)) {
            continue;
        }
        m_picked.push_back(s);
        return s;
    }
    // Few left: the first who qualifies and stays, else who qualifies, else anyone.
    for (int pass = 0; pass < 3; ++pass) {
        for (const Stint* s : m_voters) {
            if (!isPicked(s) && (pass > 0 || s->to >= stayUntil) && (pass > 1 || s->fullOn <= day - 365)) {
                m_picked.push_back(s);
                return s;
            }
        }
    }
    return nullptr;
}

bool ElectionPlanner::isPicked(const Stint* s) const
{
    return std::find(m_picked.begin(), m_picked.end(), s) != m_picked.end();
}

void ElectionPlanner::addPost(std::size_t o, const Stint* s, PostKind kind, Day from, Day to, bool adminHead,
                              QList<Post>& posts)
{
    Post post;
    post.orgId = m_orgs[o].id;
    post.memberId = s->member;
    post.kind = kind;
    post.from = dateOf(from);
    post.to = to == Never ? QDate() : dateOf(to);
    post.concurrentAdminHead = adminHead;
    m_termPosts.push_back(posts.size());
    posts.append(post);
}

} // namespace Generation
