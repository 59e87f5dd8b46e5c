#pragma once

#include "OrgScope.h"
#include "StatisticsRequest.h"
#include "core/Result.h"
#include "core/Statistics.h"
#include "core/UserContext.h"
#include "store/StatisticsStore.h"

#include <QList>

#include <functional>
#include <vector>

class Database;

// Computes Statistics from the records: one read of the organizations of the scope and their
// posts, then one pass over the membership event rows whose state overlaps the period (the
// whole database sequentially, split by row id between a few threads with their own
// connections, or a subtree's members through the roll index). Each row feeds
// the roster snapshot and the development figures at once; the steps of the period (and the
// steps they follow) are kept, ordered per member, to classify the changes against the state
// before each step. Counting itself is in RosterAccumulator, ChangesCounter,
// DevelopmentCounter and OrganizationCounter. The sections fed by other features' records have
// one method each below, called from compute(), so those features add their data to the same
// value instead of a second computation.
class StatisticsEngine
{
public:
    using Day = StatisticsStore::Day;

    // How the records of a subtree are read (the figures are the same; only speed differs).
    enum class Reading {
        Automatic,   // by the roll index, or in one pass when the subtree is large
        OnePass,     // every organization and every event row of the window (and every term)
        ByRollIndex, // the subtree's organizations, their rolls, then member by member (and
                     // the elections and term of each organization)
    };

    explicit StatisticsEngine(Database& db);
    // For tests and benchmarks.
    void setReading(Reading reading) { m_reading = reading; }
    // Threads sharing a one-pass read (default: the cores, at most 4, and one for a small
    // database); set, the pass is always split in that many shares.
    void setThreads(int threads);

    Result<Statistics> compute(const UserContext& user, const StatisticsRequest& request);
    // Opening, increase, decrease and closing of each period (same root), in one pass.
    Result<QList<Statistics::RollBalance>> balances(qint64 rootId, const QList<StatisticsRequest>& periods);

private:
    using RowVisitor = StatisticsStore::RowVisitor;
    // The visitor of one share of the pass, reading through that share's store (its thread's
    // connection) when it needs to look something up.
    using VisitorOf = std::function<RowVisitor(int share, StatisticsStore& store)>;

    Result<OrgScope> scopeFor(qint64 rootId, const std::vector<OrgScope::Period>& periods);
    // Visits every event row of the periods' window of the members that may touch the scope (all
    // members when the scope is large). Rows are split into at most m_threads shares, each
    // visited by visitorOf(share) on its own thread; share 0 runs on the calling thread.
    Status visitRows(const OrgScope& scope, qint64 rootId, bool withFacts, const VisitorOf& visitorOf);

    // Sections fed by other features' records (statistics.md). Each reads its records for the
    // scope and period and fills its part of the value; while the records do not exist yet (the
    // applicants, the review) they stay zero.
    // Applications, activists and development targets (the applicants records).
    Status countDevelopmentPipeline(const OrgScope& scope, Statistics::Development& development);
    // Elections held, invalid, due and not held (the elections records, ElectionService).
    Status countElections(const UserContext& user, const OrgScope& scope, Statistics::Elections& elections);
    // The democratic review campaigns (the review records).
    Status countReview(const OrgScope& scope, Statistics::Review& review);

    // Whether a subtree of this many organizations is read in one pass.
    Result<bool> onePass(qint64 rootId, qsizetype organizations);

    Database& m_db;
    StatisticsStore m_store;
    Reading m_reading = Reading::Automatic;
    int m_threads = 1;
    bool m_threadsSet = false;
};
