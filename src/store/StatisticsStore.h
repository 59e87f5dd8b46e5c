#pragma once

#include "core/Enums.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <limits>
#include <vector>

class Database;

// The reads behind the statistics (StatisticsService). Everything the engine needs comes out
// as plain rows; the engine decides what they mean. Hot reads use SqliteStatement:
//  - the whole database is one sequential pass over the membership events of the window, each
//    joined to its member by row id (no sort, no index walk);
//  - a subtree is read through the roll index, one range scan per organization, then the
//    events of each member found there, so the cost grows with the subtree, not the database.
// Dates are handed out as integers YYYYMMDD (Day): they compare like dates, the difference of
// two divided by 10000 is a whole-years age, and a million of them cost no allocation.
class StatisticsStore
{
public:
    using Day = int;
    static constexpr Day OpenStart = 10101;    // 0001-01-01: since always
    static constexpr Day OpenEnd = 99991231;   // 9999-12-31: still so
    static Day dayOf(const QDate& date);       // 0 for a null date
    static QDate dateOf(Day day);              // null for 0
    static Day dayOfText(QStringView isoText); // "YYYY-MM-DD"; 0 when empty or malformed

    struct OrgRecord
    {
        qint64 id = 0;
        QString code;
        OrgType type = OrgType::Branch;
        UnitCategory unitCategory = UnitCategory::Unknown;
        bool temporary = false;
    };

    // org_links: the parent an organization had from startsOn (inclusive) to endsOn (exclusive).
    struct OrgLink
    {
        qint64 orgId = 0;
        qint64 parentId = 0; // 0 = a root
        Day startsOn = OpenStart;
        Day endsOn = OpenEnd;
    };

    // The personal fields a figure depends on.
    struct MemberFacts
    {
        enum class Ethnic { Unknown, Han, Minority };
        qint64 id = 0;
        Gender gender = Gender::Unknown;
        Day birth = 0;
        Ethnic ethnic = Ethnic::Unknown;
        Education education = Education::Unknown;
        Occupation occupation = Occupation::Unknown;
        bool advanced = false; // non-empty honours
        PartyWorker partyWorker = PartyWorker::None;
        bool mobile = false;
        bool lostContact = false;
        Day lostContactSince = 0;
        Day admittedOn = 0; // the cache: the latest admission
    };

    // One step of a member's history with the state after it (see membership_events).
    struct EventRow
    {
        qint64 id = 0;
        Day date = 0;
        EventKind kind = EventKind::Admitted;
        qint64 rollOrgId = 0; // 0 = on no roll after the step
        MemberCategory category = MemberCategory::Unknown;
        Day endsOn = OpenEnd;
    };

    // A post held on a date, with what the figures need of its holder.
    struct PostHolding
    {
        qint64 orgId = 0;
        qint64 memberId = 0;
        PostKind kind = PostKind::Secretary;
        bool concurrentAdminHead = false;
        Day birth = 0;
        Education education = Education::Unknown;
    };

    // Two roll intervals of one member that overlap (a member on two rolls at once).
    struct RollOverlap
    {
        qint64 memberId = 0;
        QString idNumber;
        QString name;
        QString firstCode;
        QString secondCode;
        QDate date; // the first day of the overlap
    };

    // Called once per event row of the window with its member, in no particular order.
    using RowVisitor = std::function<void(const MemberFacts& member, const EventRow& row)>;

    explicit StatisticsStore(Database& db);

    Result<int> organizationCount();
    // Every organization (ids empty) or those given.
    Result<QList<OrgRecord>> organizations(const QList<qint64>& ids = {});
    // Every link (orgIds empty) or the links of the organizations given.
    Result<QList<OrgLink>> links(const QList<qint64>& orgIds = {});
    // The root and every organization linked under it, directly or not, by links valid on
    // some day in [lo, hi]: a superset of its subtree on any day of that window.
    Result<QList<qint64>> descendantsDuring(qint64 rootId, Day lo, Day hi);

    // Every event row whose state overlaps [lo, hi] (date <= hi and ends_on > lo), with its
    // member, among the rows with ids firstId..lastId (a share of the pass for one thread).
    // Without facts only the id of MemberFacts is filled.
    Status scanAll(Day lo, Day hi, bool withFacts, const RowVisitor& visit, qint64 firstId = 0,
                   qint64 lastId = std::numeric_limits<qint64>::max());
    // The highest membership event id (0 when there is none).
    Result<qint64> lastEventId();
    // The members on the roll of these organizations at some time in [lo, hi], ascending.
    Result<std::vector<qint64>> membersOnRollsDuring(const QList<qint64>& orgIds, Day lo, Day hi);
    // scanAll() for the members given.
    Status scanMembers(const std::vector<qint64>& memberIds, Day lo, Day hi, bool withFacts, const RowVisitor& visit);
    // The member's latest admission on or before the day (0 = none).
    Result<Day> latestAdmission(qint64 memberId, Day onOrBefore);

    // Posts held on the day (from_on <= day < to_on) in these organizations (empty = all).
    Result<QList<PostHolding>> postsHeldOn(const QList<qint64>& orgIds, Day day);

    // Members whose roll intervals overlap (first overlap of each member), for the check.
    Result<QList<RollOverlap>> rollOverlaps();

private:
    Database& m_db;
};
