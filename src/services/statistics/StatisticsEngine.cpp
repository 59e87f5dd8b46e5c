#include "StatisticsEngine.h"

#include "ChangesCounter.h"
#include "DevelopmentCounter.h"
#include "FlowSteps.h"
#include "OrganizationCounter.h"
#include "RosterAccumulator.h"
#include "services/DevelopmentService.h"
#include "services/ElectionService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace {

using EventRow = StatisticsStore::EventRow;

bool covers(const EventRow& row, StatisticsStore::Day day)
{
    return row.date <= day && day < row.endsOn;
}

// A subtree with more than this share of all organizations is read by one sequential pass over
// every event rather than member by member through the roll index (random reads).
constexpr int WholeScanDivisor = 8;
constexpr int MaxThreads = 4;
// Up to this many organizations, elections and terms are read organization by organization.
constexpr qsizetype ElectionsOneByOne = 16;

// What one share of the pass counts in compute(), added up afterwards.
struct Share
{
    Statistics::Members members;
    Statistics::Development development;
    qint64 opening = 0;
    FlowSteps flows;
    Status failure;
};

// What one share counts in balances(), per period.
struct BalanceShare
{
    std::vector<qint64> opening;
    std::vector<qint64> closing;
    FlowSteps flows;
};

} // namespace

StatisticsEngine::StatisticsEngine(Database& db)
    : m_db(db)
    , m_store(db)
{
    m_threads = std::clamp(QThread::idealThreadCount(), 1, MaxThreads);
}

void StatisticsEngine::setThreads(int threads)
{
    m_threads = std::clamp(threads, 1, MaxThreads);
    m_threadsSet = true;
}

Result<OrgScope> StatisticsEngine::scopeFor(qint64 rootId, const std::vector<OrgScope::Period>& periods)
{
    Day low = StatisticsStore::OpenEnd;
    Day high = 0;
    for (const OrgScope::Period& p : periods) {
        low = std::min(low, p.low());
        high = std::max(high, p.high());
    }
    QList<qint64> ids;
    if (rootId != 0) {
        auto descendants = m_store.descendantsDuring(rootId, low, high);
        if (!descendants.ok()) {
            return descendants.error();
        }
        // A large subtree reads every organization in one pass rather than one by one;
        // OrgScope keeps those under the root either way.
        auto all = onePass(rootId, descendants->size());
        if (!all.ok()) {
            return all.error();
        }
        if (!*all) {
            ids = *descendants;
        }
    }
    auto orgs = m_store.organizations(ids);
    if (!orgs.ok()) {
        return orgs.error();
    }
    auto links = m_store.links(ids);
    if (!links.ok()) {
        return links.error();
    }
    return OrgScope(rootId, *orgs, *links, periods);
}

Result<bool> StatisticsEngine::onePass(qint64 rootId, qsizetype organizations)
{
    if (rootId == 0 || m_reading == Reading::OnePass) {
        return true;
    }
    if (m_reading == Reading::ByRollIndex) {
        return false;
    }
    auto total = m_store.organizationCount();
    if (!total.ok()) {
        return total.error();
    }
    return qint64(organizations) * WholeScanDivisor > *total;
}

Status StatisticsEngine::visitRows(const OrgScope& scope, qint64 rootId, bool withFacts, const VisitorOf& visitorOf)
{
    Day low = StatisticsStore::OpenEnd;
    Day high = 0;
    for (const OrgScope::Period& p : scope.periods()) {
        low = std::min(low, p.low());
        high = std::max(high, p.high());
    }
    const QList<qint64> orgs = scope.insideAnyPeriod();
    if (orgs.isEmpty()) {
        return {};
    }
    auto wholeScan = onePass(rootId, orgs.size());
    if (!wholeScan.ok()) {
        return wholeScan.error();
    }
    if (!*wholeScan) {
        auto members = m_store.membersOnRollsDuring(orgs, low, high);
        if (!members.ok()) {
            return members.error();
        }
        return m_store.scanMembers(*members, low, high, withFacts, visitorOf(0, m_store));
    }
    auto last = m_store.lastEventId();
    if (!last.ok()) {
        return last.error();
    }
    // Shares of equal row id ranges; ids grow with insertion, so the shares are about equal.
    // A thread and its connection cost about a millisecond: not worth it for a small database.
    const int shares = *last < 10000 && !m_threadsSet ? 1 : m_threads;
    const qint64 size = *last / shares + 1;
    std::vector<Status> results(static_cast<size_t>(shares));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int k = 1; k < shares; ++k) {
        threads.emplace_back(QThread::create([this, &results, &visitorOf, k, size, low, high, withFacts] {
            {
                StatisticsStore store(m_db); // this thread's own connection
                results[size_t(k)] =
                    store.scanAll(low, high, withFacts, visitorOf(k, store), k * size + 1, (k + 1) * size);
            }
            m_db.releaseThreadConnection();
        }));
        threads.back()->start();
    }
    results[0] = m_store.scanAll(low, high, withFacts, visitorOf(0, m_store), 0, size);
    for (const auto& thread : threads) {
        thread->wait();
    }
    for (const Status& result : results) {
        if (!result.ok()) {
            return result;
        }
    }
    return {};
}

Result<Statistics> StatisticsEngine::compute(const UserContext& user, const StatisticsRequest& request)
{
    const std::vector<OrgScope::Period> periods{OrgScope::Period::of(request)};
    const OrgScope::Period& p = periods.front();
    auto scoped = scopeFor(request.rootId, periods);
    if (!scoped.ok()) {
        return scoped.error();
    }
    const OrgScope& scope = *scoped;

    Statistics s;
    s.from = request.from;
    s.to = request.to;
    s.asOf = request.asOf;

    // Organizations and posts on the as-of date.
    OrganizationCounter organizations(s.organizations, p.asOf);
    QList<qint64> grassroots;
    for (const StatisticsStore::OrgRecord& org : scope.onTreeOf(0)) {
        organizations.addOrganization(org);
        if (isGrassroots(org.type)) {
            grassroots.append(org.id);
        }
    }
    // Posts and elections. The whole database reads every post and every term once, on a thread
    // of its own while the event rows are read; a subtree reads its organizations' posts.
    Result<QList<StatisticsStore::PostHolding>> posts = QList<StatisticsStore::PostHolding>();
    Status electionsCounted;
    std::unique_ptr<QThread> sideThread;
    if (request.rootId == 0) {
        sideThread.reset(QThread::create([this, &posts, &electionsCounted, &p, &grassroots, &user, &scope, &s] {
            {
                StatisticsStore store(m_db);
                if (!grassroots.isEmpty()) {
                    posts = store.postsHeldOn({}, p.asOf);
                }
                electionsCounted = countElections(user, scope, s.elections);
            }
            m_db.releaseThreadConnection();
        }));
        sideThread->start();
    } else {
        if (!grassroots.isEmpty()) {
            posts = m_store.postsHeldOn(grassroots, p.asOf);
        }
        electionsCounted = countElections(user, scope, s.elections);
    }

    // One pass over the event rows: the roll on the as-of date, the opening roll, admissions,
    // conversions and extensions; the period's steps are kept for the changes.
    std::vector<Share> shares(static_cast<size_t>(m_threads));
    auto visitorOf = [&](int k, StatisticsStore& store) -> RowVisitor {
        Share& share = shares[size_t(k)];
        return [&share, &store, &scope, &p, roster = RosterAccumulator(share.members, p.asOf),
                development = DevelopmentCounter(share.development)](const StatisticsStore::MemberFacts& member,
                                                                     const EventRow& row) mutable {
            if (covers(row, p.before) && scope.inside(row.rollOrgId, 0)) {
                ++share.opening;
            }
            if (covers(row, p.asOf) && scope.onTree(row.rollOrgId, 0)) {
                Day admitted = member.admittedOn;
                if (admitted == 0 || admitted > p.asOf) {
                    // Re-admitted after the as-of date: the admission of that time is an older one.
                    auto earlier = store.latestAdmission(member.id, p.asOf);
                    if (earlier.ok()) {
                        admitted = *earlier;
                    } else if (share.failure.ok()) {
                        share.failure = earlier.error();
                    }
                }
                roster.add(member, row.category, admitted);
            }
            if (row.date >= p.from && row.date <= p.to) {
                development.add(member, row, scope.inside(row.rollOrgId, 0));
            }
            if (FlowSteps::needed(row, p.from, p.to)) {
                share.flows.add(member.id, row);
            }
        };
    };
    const Status visited = visitRows(scope, request.rootId, true, visitorOf);
    if (sideThread) {
        sideThread->wait();
    }
    if (!visited.ok()) {
        return visited.error();
    }
    if (!posts.ok()) {
        return posts.error();
    }
    if (!electionsCounted.ok()) {
        return electionsCounted.error();
    }
    organizations.addPosts(*posts);
    FlowSteps flows;
    for (Share& share : shares) {
        if (!share.failure.ok()) {
            return share.failure.error();
        }
        RosterAccumulator::merge(s.members, share.members);
        DevelopmentCounter::merge(s.development, share.development);
        s.changes.openingTotal += share.opening;
        flows.append(std::move(share.flows));
    }
    ChangesCounter changes(s.changes);
    flows.forEachInPeriod(p.from, p.to, [&](const FlowSteps::Step& step, qint64 rollBefore) {
        changes.add(step.kind, scope.inside(rollBefore, 0), scope.inside(step.rollOrgId, 0));
    });

    for (const Status& section : {countDevelopmentPipeline(scope, s.development), countReview(scope, s.review)}) {
        if (!section.ok()) {
            return section.error();
        }
    }
    return s;
}

Result<QList<Statistics::RollBalance>> StatisticsEngine::balances(qint64 rootId,
                                                                  const QList<StatisticsRequest>& requests)
{
    QList<Statistics::RollBalance> result;
    for (qsizetype start = 0; start < requests.size(); start += OrgScope::MaxPeriods) {
        // At most 32 periods share one pass (one bit each in OrgScope).
        const QList<StatisticsRequest> chunk = requests.mid(start, OrgScope::MaxPeriods);
        std::vector<OrgScope::Period> periods;
        for (const StatisticsRequest& r : chunk) {
            periods.push_back(OrgScope::Period::of(r));
        }
        auto scoped = scopeFor(rootId, periods);
        if (!scoped.ok()) {
            return scoped.error();
        }
        const OrgScope& scope = *scoped;
        std::vector<BalanceShare> shares(static_cast<size_t>(m_threads));
        auto visitorOf = [&](int k, StatisticsStore&) -> RowVisitor {
            BalanceShare& share = shares[size_t(k)];
            share.opening.assign(periods.size(), 0);
            share.closing.assign(periods.size(), 0);
            return [&share, &scope, &periods](const StatisticsStore::MemberFacts& member, const EventRow& row) {
                bool keep = false;
                for (size_t i = 0; i < periods.size(); ++i) {
                    const OrgScope::Period& p = periods[i];
                    if (covers(row, p.before) && scope.inside(row.rollOrgId, int(i))) {
                        ++share.opening[i];
                    }
                    if (covers(row, p.asOf) && scope.onTree(row.rollOrgId, int(i))) {
                        ++share.closing[i];
                    }
                    keep = keep || FlowSteps::neededForAudit(row, p.before, p.from, p.to);
                }
                if (keep) {
                    share.flows.add(member.id, row);
                }
            };
        };
        if (auto visited = visitRows(scope, rootId, false, visitorOf); !visited.ok()) {
            return visited.error();
        }
        std::vector<Statistics::Changes> changes(periods.size());
        std::vector<qint64> closing(periods.size(), 0);
        FlowSteps flows;
        for (BalanceShare& share : shares) {
            for (size_t i = 0; i < share.opening.size(); ++i) {
                changes[i].openingTotal += share.opening[i];
                closing[i] += share.closing[i];
            }
            flows.append(std::move(share.flows));
        }
        for (size_t i = 0; i < periods.size(); ++i) {
            const int period = int(i);
            ChangesCounter counter(changes[i]);
            flows.forEachInPeriod(periods[i].from, periods[i].to, [&](const FlowSteps::Step& step, qint64 rollBefore) {
                counter.add(step.kind, scope.inside(rollBefore, period), scope.inside(step.rollOrgId, period));
            });
            const StatisticsRequest& r = chunk.at(qsizetype(i));
            result.append(Statistics::RollBalance{r.from, r.to, changes[i].openingTotal, changes[i].increaseTotal(),
                                                  changes[i].decreaseTotal(), closing[i]});
        }
    }
    return result;
}

Status StatisticsEngine::countDevelopmentPipeline(const OrgScope& scope, Statistics::Development& development)
{
    // Applications and activist designations dated in the period in the organizations inside
    // the subtree; activists and development targets on the as-of date on the as-of tree.
    const OrgScope::Period& p = scope.periods().front();
    QSet<qint64> inside;
    for (const qint64 org : scope.insideAnyPeriod()) {
        if (scope.inside(org, 0)) {
            inside.insert(org);
        }
    }
    QSet<qint64> onTree;
    for (const StatisticsStore::OrgRecord& org : scope.onTreeOf(0)) {
        onTree.insert(org.id);
    }
    auto figures = DevelopmentService(m_db).figures(inside, onTree, StatisticsStore::dateOf(p.from),
                                                    StatisticsStore::dateOf(p.to), StatisticsStore::dateOf(p.asOf));
    if (!figures.ok()) {
        return figures.error();
    }
    development.applicantsReceived = figures->applicantsReceived;
    development.activistsDesignated = figures->activistsDesignated;
    development.activistsAtEnd = figures->activistsAtEnd;
    development.targetsAtEnd = figures->targetsAtEnd;
    return {};
}

Status StatisticsEngine::countElections(const UserContext& user, const OrgScope& scope,
                                        Statistics::Elections& elections)
{
    // Term elections dated in the period in the organizations inside the subtree, and the
    // organizations of the as-of tree whose term had expired: ElectionService decides (terms,
    // postponements, verdicts, settings). A few organizations are asked one by one; ask for
    // figures() of many at once, which reads every organization's term.
    const OrgScope::Period& p = scope.periods().front();
    const QDate from = StatisticsStore::dateOf(p.from);
    const QDate to = StatisticsStore::dateOf(p.to);
    const QDate asOf = StatisticsStore::dateOf(p.asOf);
    const QList<qint64> orgs = scope.insideAnyPeriod();
    ElectionService service(m_db);
    const bool oneByOne =
        m_reading == Reading::ByRollIndex || (m_reading == Reading::Automatic && orgs.size() <= ElectionsOneByOne);
    if (!oneByOne) {
        auto figures = service.figures(orgs, from, to, asOf);
        if (!figures.ok()) {
            return figures.error();
        }
        elections.held = figures->held;
        elections.organizationsElected = figures->organizationsElected;
        elections.invalid = figures->invalid;
        elections.dueNotHeld = figures->dueNotHeld;
        return {};
    }
    for (const qint64 org : orgs) {
        auto held = service.electionsOf(user, org);
        if (!held.ok()) {
            return held.error();
        }
        bool elected = false;
        for (const Election& e : std::as_const(*held)) {
            if (e.kind == ElectionKind::Term && e.heldOn >= from && e.heldOn <= to) {
                ++elections.held;
                elections.invalid += e.valid() ? 0 : 1;
                elected = true;
            }
        }
        elections.organizationsElected += elected ? 1 : 0;
        auto term = service.termStatus(user, org, asOf);
        if (!term.ok()) {
            return term.error();
        }
        if (term.value() && term.value()->expired()) {
            ++elections.dueNotHeld;
        }
    }
    return {};
}

Status StatisticsEngine::countReview(const OrgScope& scope, Statistics::Review& review)
{
    // The campaigns of the organizations inside the subtree held in the period; ReviewService
    // counts a member covered by two campaigns once (the latest).
    const OrgScope::Period& p = scope.periods().front();
    auto figures = ReviewService(m_db).figures(scope.insideAnyPeriod(), StatisticsStore::dateOf(p.from),
                                               StatisticsStore::dateOf(p.to), StatisticsStore::dateOf(p.asOf));
    if (!figures.ok()) {
        return figures.error();
    }
    review.eligible = figures->eligible;
    review.exempt = figures->exempt;
    review.participated = figures->participated;
    review.excellent = figures->excellent;
    review.qualified = figures->qualified;
    review.basicallyQualified = figures->basicallyQualified;
    review.unqualified = figures->unqualified;
    review.handled = figures->handled;
    return {};
}
